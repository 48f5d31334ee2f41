/**
 * MCP014 — a server listening on every network interface: `--host 0.0.0.0`, `HOST=::`,
 * `docker -p 8080:8080` (published on all interfaces), a `url` pointing at `0.0.0.0`.
 */
import { rawWordText, splitFlag, valueSpanInWord, wordAssignment, type CommandLine, type Word } from '../analysis/words';
import type { Launch } from '../analysis/launchers';
import { serverCommands } from '../analysis/command-lines';
import type { McpServer } from '../dialects/dialect';
import { replaceInStringEdit } from '../json/edits';
import type { Fix } from '../model';
import type { JsonString } from '../json/syntax-tree';
import { findUrls, isAllInterfacesHost, loopbackFor } from '../analysis/urls';
import type { Rule, RuleContext } from './rule';

/** `0.0.0.0`, `::`, `[::]`, optionally with `:port`. */
const ALL_INTERFACES_VALUE = /^(0\.0\.0\.0|\[::\]|::)(?::\d{1,5})?$/;
/** Env names that are not a listen address even when they hold one. */
const NOT_A_BIND_NAME = /PROXY|ALLOWED|ORIGIN|CORS|TRUSTED/i;

/** The all-interfaces address at the start of `value` (`0.0.0.0:8080` -> `0.0.0.0`), if that is all it is. */
export function allInterfacesAddress(value: string): string | undefined {
  // Both addresses have a `0.0.0.0` or a `::` in them; most values have neither.
  if (!value.includes('0.0.0.0') && !value.includes('::')) return undefined;
  return ALL_INTERFACES_VALUE.exec(value.trim())?.[1];
}

export const bindAllInterfaces: Rule = {
  id: 'MCP014',
  name: 'bind-all-interfaces',
  category: 'bind-all-interfaces',
  defaultSeverity: 'warning',
  securitySeverity: 6.5,
  docs: {
    summary: 'A server listens on every network interface (`0.0.0.0`, `::`) or a container port is published on all of them.',
    why:
      'A local MCP server bound to `0.0.0.0` is reachable from the whole network, not just this machine: anyone on the same Wi-Fi can call its tools, usually without authentication. `docker run -p 8080:8080` publishes on all interfaces too (and bypasses host firewalls such as ufw). The MCP specification says local servers should bind to 127.0.0.1.',
    fix: 'Bind to loopback: `127.0.0.1` (or `::1`); publish container ports as `127.0.0.1:8080:8080`. The quick fix rewrites the address.',
    bad: '{ "servers": { "api": { "command": "uvx", "args": ["my-mcp==1.0.0", "--host", "0.0.0.0", "--port", "8080"] } } }',
    good: '{ "servers": { "api": { "command": "uvx", "args": ["my-mcp==1.0.0", "--host", "127.0.0.1", "--port", "8080"] } } }',
  },
  check(context) {
    for (const { server, lines, launches } of serverCommands(context.servers)) {
      if (server.url) checkUrls(context, server, server.url, 'url');
      checkEnv(context, server);
      lines.forEach((line, i) => checkLine(context, server, line, launches[i]));
    }
  },
};

// ---------- url and env ----------

function checkUrls(context: RuleContext, server: McpServer, node: JsonString, where: string): boolean {
  let found = false;
  for (const url of findUrls(node.value, ['http', 'https', 'ws', 'wss'])) {
    if (!isAllInterfacesHost(url.host)) continue;
    const address = node.value.slice(url.hostStart, url.hostEnd);
    context.report({
      node,
      message: `Server "${server.name}" ${where === 'url' ? 'is reached at' : 'is given'} ${address} (${where}), the all-interfaces address; use ${loopbackFor(address)} so only this machine can connect.`,
      fix: addressFix(context, node, url.hostStart, url.hostEnd, address),
    });
    found = true;
  }
  return found;
}

function checkEnv(context: RuleContext, server: McpServer): void {
  for (const entry of server.env) {
    const node = entry.node;
    if (node.type !== 'string' || NOT_A_BIND_NAME.test(entry.name)) continue;
    if (checkUrls(context, server, node, `env ${entry.name}`)) continue;
    const address = allInterfacesAddress(node.value);
    if (!address) continue;
    const start = node.value.indexOf(address);
    context.report({
      node,
      message: `Server "${server.name}" listens on all interfaces (${entry.name}=${address}): anyone on the network can reach it. Use ${loopbackFor(address)}.`,
      fix: addressFix(context, node, start, start + address.length, address),
    });
  }
}

// ---------- command lines ----------

function checkLine(context: RuleContext, server: McpServer, line: CommandLine, launch: Launch | undefined): void {
  if (launch?.ecosystem !== 'container') {
    // Every word of the line, prefix first, with the one before it.
    const words = line.prefix.length === 0 ? line.words : [...line.prefix, ...line.words];
    for (let i = 0; i < words.length; i++) checkWord(context, server, words[i] as Word, words[i - 1]);
    return;
  }
  const options = launch.containerOptions ?? [];
  for (const option of options) {
    const flag = line.words[option.flagIndex];
    const value = line.words[option.valueIndex];
    if (option.name === '--publish' && value && option.value !== undefined) checkPublish(context, server, value, option.value);
    if (option.name === '--publish-all' && flag) reportPublishAll(context, server, flag);
  }
  // Inside a container 0.0.0.0 is how a port gets published at all, unless the container
  // shares the host's network: then the server's own address is the host's.
  if (!options.some((option) => option.name === '--network' && option.value?.trim().toLowerCase() === 'host')) return;
  for (const option of options) {
    const value = line.words[option.valueIndex];
    if (option.name === '--env' && value) checkWord(context, server, value, line.words[option.flagIndex]);
  }
  line.words.slice(launch.argsStart).forEach((word, i) => checkWord(context, server, word, line.words[launch.argsStart + i - 1]));
}

/** `--host 0.0.0.0`, `--bind=[::]:8080`, `HOST=0.0.0.0`, `--url http://0.0.0.0:8000`. */
function checkWord(context: RuleContext, server: McpServer, word: Word, previous: Word | undefined): void {
  // An address or a URL must be in the word for anything below to find one.
  if (!word.value.includes('0.0.0.0') && !word.value.includes('::') && !word.value.includes('://')) return;
  const assignment = wordAssignment(word);
  if (assignment && NOT_A_BIND_NAME.test(assignment.name)) return;
  const flag = splitFlag(word.value);
  const value = assignment?.value ?? flag?.value ?? word.value;
  const address = allInterfacesAddress(value);
  if (!address) {
    if (word.whole && word.node.type === 'string' && !assignment) checkUrls(context, server, word.node, flag?.flag ?? 'args');
    return;
  }
  const shown = assignment ? `${assignment.name}=${address}` : flag ? `${flag.flag}=${address}` : previous && /^-/.test(previous.value) ? `${previous.value} ${address}` : address;
  const span = addressSpan(word, value, address);
  const fix = span && word.node.type === 'string' ? addressFix(context, word.node, span.start, span.end, address) : undefined;
  context.report({
    node: word.node,
    message: `Server "${server.name}" listens on all interfaces (${shown}): anyone on the network can reach it. Use ${loopbackFor(address)}.`,
    ...(fix ? { fix } : {}),
  });
}

/** Offsets of `address` inside the element, found in the word's value at the end of its raw text. */
function addressSpan(word: Word, value: string, address: string): { start: number; end: number } | undefined {
  const valueSpan = valueSpanInWord(word, value.trim());
  if (!valueSpan) return undefined;
  return { start: valueSpan.start, end: valueSpan.start + address.length };
}

/** `-p 8080:8080`, `-p 0.0.0.0:8080:80`, `-p 8080` publish on every interface; `-p 127.0.0.1:…` does not. */
function checkPublish(context: RuleContext, server: McpServer, word: Word, spec: string): void {
  const parsed = publishSpec(spec);
  if (!parsed || (parsed.ip !== undefined && !isAllInterfacesHost(parsed.ip))) return;
  const suggestion = parsed.ip === undefined ? `127.0.0.1:${parsed.hostPort ? spec : `:${spec}`}` : `${loopbackFor(parsed.ip)}${spec.slice(parsed.ip.length)}`;
  const fix = publishFix(context, word, spec, parsed.ip, suggestion);
  context.report({
    node: word.node,
    message: `Server "${server.name}" publishes container port ${spec} on all interfaces: anyone on the network can reach it. Publish on loopback: ${suggestion}.`,
    ...(fix ? { fix } : {}),
  });
}

function reportPublishAll(context: RuleContext, server: McpServer, word: Word): void {
  context.report({
    node: word.node,
    message: `Server "${server.name}" publishes every exposed container port on all interfaces (${rawWordText(word).trim() || '-P'}); publish the ports it needs on loopback instead (-p 127.0.0.1:PORT:PORT).`,
  });
}

/** `[ip:][hostPort:]containerPort[/proto]`; ip may be `[::]`. Undefined when it does not parse. */
function publishSpec(spec: string): { ip?: string; hostPort: boolean } | undefined {
  const match = /^(?:(\[[0-9A-Fa-f:.]*\]|\d{1,3}(?:\.\d{1,3}){3}|::)?:)?(?:([\d-]*):)?[\d-]+(?:\/[a-z]+)?$/.exec(spec.trim());
  if (!match) return undefined;
  const result: { ip?: string; hostPort: boolean } = { hostPort: match[2] !== undefined };
  if (match[1] !== undefined) result.ip = match[1];
  // `:8080:80` (empty ip) also publishes everywhere.
  return result;
}

function publishFix(context: RuleContext, word: Word, spec: string, ip: string | undefined, suggestion: string): Fix | undefined {
  if (word.node.type !== 'string') return undefined;
  const span = valueSpanInWord(word, spec);
  if (!span) return undefined;
  const end = ip === undefined ? span.start : span.start + ip.length;
  const replacement = ip === undefined ? suggestion.slice(0, suggestion.length - spec.length) : loopbackFor(ip);
  return {
    title: `Publish on loopback (${suggestion})`,
    edits: [replaceInStringEdit(context.document, word.node, span.start, end, replacement)],
    safe: true,
  };
}

function addressFix(context: RuleContext, node: JsonString, start: number, end: number, address: string): Fix {
  const loopback = loopbackFor(address);
  return { title: `Bind to ${loopback}`, edits: [replaceInStringEdit(context.document, node, start, end, loopback)], safe: true };
}
