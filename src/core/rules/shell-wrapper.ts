/**
 * MCP031 — a server started through a shell (`bash -c "<script>"`, `cmd /c …`,
 * `powershell -Command …`) or piping a download into one (`curl … | sh`, `iex (iwr …)`).
 */
import type { CommandLine } from '../analysis/words';
import { shellInvocation } from '../analysis/shell-scripts';
import { serverCommands } from '../analysis/command-lines';
import type { McpServer } from '../dialects/dialect';
import type { JsonNode } from '../json/syntax-tree';
import type { Rule } from './rule';

const SHELL = '(?:ba|z|da|k|fi|a|mk)?sh';
/**
 * Piping into a shell, or running what a download prints: `| sh`, `| sudo -E bash`, `| iex`,
 * `iex (iwr …)`, `sh <(curl …)`, `bash -c "$(curl …)"`. Linear: each part is a bounded class.
 */
const PIPE_TO_SHELL = new RegExp(
  [
    `\\|\\s*(?:sudo\\s+(?:-[A-Za-z]+\\s+){0,3})?(?:/usr)?(?:/local)?(?:/s?bin/)?${SHELL}(?![\\w.-])`,
    `\\|\\s*(?:iex|invoke-expression)(?![\\w-])`,
    `(?:^|[\\s;&|(])(?:iex|invoke-expression)\\s*\\(?\\s*\\(?\\s*(?:iwr|irm|curl|wget|invoke-webrequest|invoke-restmethod|new-object)(?![\\w-])`,
    `(?:^|[\\s;&|(])${SHELL}\\s+(?:-s\\s+)?<\\(\\s*(?:curl|wget)(?![\\w-])`,
    `(?:^|[\\s;&|(])${SHELL}\\s+-c\\s+["']?\\$\\(\\s*(?:curl|wget)(?![\\w-])`,
  ].join('|'),
  'i',
);

/** What every branch of `PIPE_TO_SHELL` needs somewhere: a quick test before the full pattern. */
const PIPE_PIECE = /\||<\(|\$\(|iex|invoke-expression/i;

export const shellWrapper: Rule = {
  id: 'MCP031',
  name: 'shell-wrapper',
  category: 'shell-wrapper',
  defaultSeverity: 'warning',
  securitySeverity: 5.5,
  docs: {
    summary: 'A server is started through a shell (`bash -c`, `sh -c`, `cmd /c`, `powershell -Command`) or pipes a download into one (`curl … | sh`).',
    why:
      'A shell script in a config hides what really runs from the client\'s consent prompt and from reviewers, expands variables and globs, and is one string concatenation away from command injection. Piping a download into a shell runs whatever that URL serves today, unreviewed and unpinned, with your tokens in the environment.',
    fix: 'Put the program in `command` and its arguments in `args` (set environment variables in `env`). Install tools ahead of time with a pinned version instead of piping a download into a shell.',
    bad: '{ "servers": { "db": { "command": "bash", "args": ["-c", "source ~/.env && npx -y @scope/db-mcp@1.0.0"] } } }',
    good: '{ "servers": { "db": { "command": "npx", "args": ["-y", "@scope/db-mcp@1.0.0"], "envFile": "${userHome}/.env" } } }',
  },
  check(context) {
    for (const { server, lines } of serverCommands(context.servers)) {
      const messages = new Map<JsonNode, string>();
      wrapperFindings(server, lines, messages);
      pipeFindings(server, messages);
      if (messages.size > 0) for (const [node, message] of messages) context.report({ node, message });
    }
  },
};

/** `bash -c S`, `cmd /c …`, `pwsh -Command …` at any depth: pointed at the script element. */
function wrapperFindings(server: McpServer, lines: readonly CommandLine[], messages: Map<JsonNode, string>): void {
  for (const line of lines) {
    const invocation = shellInvocation(line.words);
    if (!invocation || messages.has(invocation.script.node)) continue;
    const how = `${invocation.shell} ${invocation.flag.value === invocation.script.value ? '' : `${invocation.flag.value} `}`.trimEnd();
    messages.set(
      invocation.script.node,
      `Server "${server.name}" runs through a shell (${how}): the real command is hidden in a script. Put the program in "command" and its arguments in "args".`,
    );
  }
}

/** `curl … | sh`, `iex (iwr …)` in the command or any argument. A pipe wins over a plain wrapper message. */
function pipeFindings(server: McpServer, messages: Map<JsonNode, string>): void {
  if (server.command) pipeFinding(server, server.command, messages);
  for (const arg of server.args) pipeFinding(server, arg, messages);
}

function pipeFinding(server: McpServer, node: JsonNode, messages: Map<JsonNode, string>): void {
  if (node.type !== 'string' || !PIPE_PIECE.test(node.value) || !PIPE_TO_SHELL.test(node.value)) return;
  messages.set(
    node,
    `Server "${server.name}" pipes a download into a shell: it runs whatever that URL serves at each start. Install a pinned version and run it directly.`,
  );
}
