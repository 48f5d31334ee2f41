/**
 * MCP040 — a server granted the whole disk or a whole home directory: `/`, `C:\`, `~`, `$HOME`,
 * `${userHome}`, `%USERPROFILE%`, `/Users/<name>`: any argument of a filesystem-like server, a
 * root or a home given as a directory to any other.
 * A host root mounted into a container is MCP030; a home directory mounted is reported here.
 */
import { splitFlag, type CommandLine, type Word } from '../analysis/words';
import type { Launch } from '../analysis/launchers';
import { mountOf, type ContainerOption } from '../analysis/containers';
import { serverCommands } from '../analysis/command-lines';
import type { McpServer } from '../dialects/dialect';
import { asArray, asObject, getProperty, type JsonNode } from '../json/syntax-tree';
import type { Rule, RuleContext } from './rule';

/** The root of a disk: `/`, `\`, `C:`, `C:\`, `C:/`. */
const ROOT_PATH = /^(?:\/+|\\+|[A-Za-z]:[\\/]*)$/;
/** A home directory through a variable or `~`, with or without a trailing slash. */
const HOME_VARIABLE = /^(?:~|\$HOME|\$\{HOME\}|\$\{env:(?:HOME|USERPROFILE)\}|\$\{userHome\}|%USERPROFILE%|%HOMEDRIVE%%HOMEPATH%|\$env:(?:USERPROFILE|HOME))[\\/]*$/i;
/** `/Users`, `/Users/<name>`, `/home/<name>`, `C:\Users\<name>`, `/root`: every home, or one whole home. */
const HOME_PATH = /^(?:\/Users|\/home|[A-Za-z]:[\\/]Users)(?:[\\/][^\\/<>{}$%]+)?[\\/]*$|^\/(?:root|var\/root)[\\/]*$/i;
/** Not homes: the shared folder, and placeholders like `/Users/<you>`. */
const NOT_A_HOME = /^\/Users\/Shared[\\/]*$/i;

/** Package or program names of servers whose arguments are the directories they may touch. */
const FILESYSTEM_SERVER = /(?:^|[/@_.:-])(?:file-?system|filesystem|fs|files|git|desktop-commander)(?:$|[/@_.:-])/i;
/** Flags whose `/` is an HTTP path, not a directory (`--base-path /`, `--sse-path /`). */
const URL_PATH_FLAG = /(?:url|uri|route|endpoint|prefix|base-?path|mount-?path|sse-?path|http-?path|api-?path|message-?path)$|^--path$/i;
/** Env names that grant directories: ALLOWED_DIRECTORIES, FS_ROOT, WORKSPACE_ROOT, ROOT_DIR… */
const DIRECTORY_ENV = /ALLOWED|ROOTS?$|(?:^|_)ROOT_|WORKSPACE|DIRS?$|DIRECTOR(?:Y|IES)|FOLDERS?$|(?:^|_)PATHS$|MOUNT/i;
const NOT_DIRECTORY_ENV = /^(?:HOME|PATH|PWD|USERPROFILE)$|CACHE|LOG|TMP|TEMP|CONFIG|STATE|HOST|ORIGIN|URL/i;

export type Breadth = 'root' | 'home';

/** Whether `path` is a disk root or a whole home directory (after trimming). */
export function pathBreadth(path: string): Breadth | undefined {
  const trimmed = path.trim();
  if (trimmed === '' || !mayBeBroad(trimmed)) return undefined;
  if (ROOT_PATH.test(trimmed)) return 'root';
  if (HOME_VARIABLE.test(trimmed)) return 'home';
  if (HOME_PATH.test(trimmed) && !NOT_A_HOME.test(trimmed)) return 'home';
  return undefined;
}

/**
 * Every root and home pattern above starts with `/`, `\\`, `~`, `$`, `%` or a drive letter and
 * colon: a quick test before them, since every argument of every server is asked.
 */
function mayBeBroad(trimmed: string): boolean {
  const first = trimmed.charCodeAt(0);
  if (first === 47 || first === 92 || first === 126 || first === 36 || first === 37) return true;
  const letter = first | 32;
  return letter >= 97 && letter <= 122 && trimmed.charCodeAt(1) === 58;
}

export const broadFilesystem: Rule = {
  id: 'MCP040',
  name: 'broad-filesystem',
  category: 'broad-filesystem',
  defaultSeverity: 'warning',
  securitySeverity: 6.0,
  docs: {
    summary: 'A server is granted the whole disk (`/`, `C:\\`) or a whole home directory (`~`, `$HOME`, `${userHome}`, `/Users/<name>`).',
    why:
      'A filesystem server can read and write everything under the directories it is given. A home directory holds SSH keys, cloud credentials, browser profiles and every other project; one prompt injection in a document the model reads can make it exfiltrate or alter them.',
    fix: 'Grant only the project directories the server needs, e.g. `${workspaceFolder}` or `~/projects/app`.',
    bad: '{ "servers": { "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "~"] } } }',
    good: '{ "servers": { "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "${workspaceFolder}"] } } }',
  },
  check(context) {
    for (const { server, lines, launches } of serverCommands(context.servers)) {
      lines.forEach((line, i) => checkLine(context, server, line, launches[i]));
      checkEnv(context, server);
    }
    if (context.dialect.id === 'vscode') checkVscodeSandbox(context);
  },
};

function checkLine(context: RuleContext, server: McpServer, line: CommandLine, launch: Launch | undefined): void {
  if (launch?.ecosystem === 'container') {
    checkContainerMounts(context, server, line, launch.containerOptions ?? []);
    return;
  }
  const start = launch ? launch.argsStart : 1;
  const filesystemServer = isFilesystemServer(line, launch, start);
  for (let i = start; i < line.words.length; i++) {
    const word = line.words[i];
    if (word) checkArgument(context, server, word, line.words[i - 1], filesystemServer);
  }
}

/** Does the program, a package it runs or one of its arguments name a filesystem-like server? */
function isFilesystemServer(line: CommandLine, launch: Launch | undefined, start: number): boolean {
  const isFilesystemName = (name: string): boolean => FILESYSTEM_SERVER.test(name) && !pathBreadth(name);
  if (isFilesystemName(line.words[0]?.value ?? '')) return true;
  if (launch?.packages.some((pkg) => isFilesystemName(pkg.spec))) return true;
  for (let i = start; i < line.words.length; i++) if (isFilesystemName((line.words[i] as Word).value)) return true;
  return false;
}

/**
 * A filesystem server: any argument that is a root or a whole home. Any other server: a root
 * anywhere but an HTTP-path flag, and a whole home given positionally or to a directory flag
 * (`--root ~`, `--allowed-dir=$HOME`), not to `--config`, `--log-dir` and the like.
 */
function checkArgument(context: RuleContext, server: McpServer, word: Word, previous: Word | undefined, filesystemServer: boolean): void {
  const flag = splitFlag(word.value);
  const path = flag ? flag.value : word.value;
  if (path === undefined) return;
  const breadth = pathBreadth(path);
  if (!breadth) return;
  if (!filesystemServer) {
    const flagName = flag?.flag ?? (previous && /^-/.test(previous.value) ? previous.value : undefined);
    if (flagName !== undefined && URL_PATH_FLAG.test(flagName)) return;
    if (breadth === 'home' && flagName !== undefined && !isDirectoryFlag(flagName)) return;
  }
  report(context, server, word.node, path.trim(), breadth);
}

const DIRECTORY_WORDS = new Set(['root', 'roots', 'dir', 'dirs', 'directory', 'directories', 'allowed', 'allow', 'path', 'paths', 'workspace', 'workspaces', 'repo', 'repository', 'project', 'folder', 'folders', 'vault', 'mount', 'home', 'fs', 'files', 'scope', 'sandbox', 'base']);
const NOT_DIRECTORY_WORDS = new Set(['log', 'logs', 'cache', 'tmp', 'temp', 'config', 'output', 'out', 'db', 'database', 'env', 'url', 'uri', 'data', 'state', 'pid', 'socket', 'cert', 'key', 'file']);

/** `--root`, `--allowed-dirs`, `--vault-path`, `-d`… but not `--config`, `--log-dir`, `--db-path`. */
function isDirectoryFlag(flag: string): boolean {
  const words = flag.replace(/^-+/, '').toLowerCase().split(/[-_]/);
  if (words.some((word) => NOT_DIRECTORY_WORDS.has(word))) return false;
  return words.some((word) => DIRECTORY_WORDS.has(word)) || /^-[dr]$/.test(flag);
}

function checkContainerMounts(context: RuleContext, server: McpServer, line: CommandLine, options: readonly ContainerOption[]): void {
  for (const option of options) {
    if (option.value === undefined) continue;
    const source = mountOf(option)?.source;
    const word = line.words[option.valueIndex];
    // The host root is MCP030's (privileged container); a whole home is reported here.
    if (source !== undefined && word && pathBreadth(source) === 'home') report(context, server, word.node, source.trim(), 'home', 'mounts');
  }
}

function checkEnv(context: RuleContext, server: McpServer): void {
  for (const entry of server.env) {
    const node = entry.node;
    if (node.type !== 'string' || !DIRECTORY_ENV.test(entry.name) || NOT_DIRECTORY_ENV.test(entry.name)) continue;
    for (const part of node.value.split(/[,;]/)) {
      const breadth = pathBreadth(part);
      if (breadth) {
        report(context, server, node, part.trim(), breadth, `is given (${entry.name})`);
        break;
      }
    }
  }
}

/** VS Code `sandbox.filesystem.allowWrite: ["/"]` opens the sandbox to the whole disk or home. */
function checkVscodeSandbox(context: RuleContext): void {
  const filesystem = asObject(getProperty(asObject(getProperty(context.document.root, 'sandbox')), 'filesystem'));
  for (const item of asArray(getProperty(filesystem, 'allowWrite'))?.items ?? []) {
    if (item.type !== 'string') continue;
    const breadth = pathBreadth(item.value);
    if (!breadth) continue;
    context.report({
      node: item,
      message: `The sandbox lets servers write to ${item.value.trim()}, ${breadth === 'root' ? 'the whole disk' : 'a whole home directory'}; allow only the directories they need.`,
    });
  }
}

function report(context: RuleContext, server: McpServer, node: JsonNode, path: string, breadth: Breadth, how = 'is granted'): void {
  const scope = breadth === 'root' ? 'the whole disk' : 'a whole home directory (SSH keys, credentials, every project)';
  context.report({
    node,
    message: `Server "${server.name}" ${how} ${path}, ${scope}; grant only the directories it needs, e.g. \${workspaceFolder}.`,
  });
}
