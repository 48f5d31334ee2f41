/**
 * What a configured server is granted: the secrets it receives, the paths and endpoints it is
 * given, its container privileges, auto-approved tools, auth and package pin state. Derived from
 * the normalised server alone, so it works for every client, and from its command lines as the
 * rules read them (`command-lines.ts`), so a container or package started inside `sh -c "…"`
 * shows its scopes too. Never carries a secret value.
 */
import type { McpServer, NamedValue } from '../dialects/dialect';
import { lastSegment } from '../json/pointer';
import type { JsonNode, JsonString } from '../json/syntax-tree';
import type { Finding } from '../model';
import { classifyName } from '../detectors/key-names';
import { commandLines } from './command-lines';
import { mountOf, type ContainerOption } from './containers';
import { findLaunch, type Launch } from './launchers';
import { packageOf, pinStatus } from './package-pins';
import { ALL_SYNTAXES, containsReference, findReferences } from './references';
import { findUrls, hostOf } from './urls';
import type { CommandLine, Word } from './words';

export type ScopeGroup = 'secrets' | 'filesystem' | 'network' | 'container' | 'autoApprove' | 'auth' | 'package';

export const SCOPE_GROUP_LABELS: Record<ScopeGroup, string> = {
  secrets: 'Secrets',
  filesystem: 'Filesystem',
  network: 'Network',
  container: 'Container',
  autoApprove: 'Auto-approved tools',
  auth: 'Auth',
  package: 'Package',
};

/** Where a secret stands: pasted in the file, a reference, in the keychain, or referenced but absent. */
export type SecretState = 'inline' | 'reference' | 'keychain' | 'missing';

export interface ScopeItem {
  group: ScopeGroup;
  /** Short label, e.g. `GITHUB_TOKEN`, `/Users/me/projects`, `api.example.com`. */
  label: string;
  /** Second line, e.g. `inline · GitHub token (40 chars)`, `reference ${input:token}`. */
  detail: string;
  /** Where to reveal it in the file. */
  offset: number;
  length: number;
  pointer: string;
  secretState?: SecretState;
  /** True when a finding flags this very value. */
  flagged: boolean;
}

export interface ServerScopes {
  server: McpServer;
  /** `stdio · npx @modelcontextprotocol/server-github`, `http · api.example.com`. */
  summary: string;
  items: ScopeItem[];
  /** Findings inside this server's object. */
  findings: Finding[];
}


export function describeServer(server: McpServer, findings: readonly Finding[], keychainIds?: ReadonlySet<string>): ServerScopes {
  const inServer = findings.filter((f) => f.offset >= server.node.offset && f.offset < server.node.offset + server.node.length);
  const flagged = new Set(inServer.map((f) => f.pointer));
  const lines = linesOf(server);
  const items: ScopeItem[] = [
    ...secretItems(server, inServer, keychainIds),
    ...filesystemItems(server, lines),
    ...networkItems(server, lines),
    ...containerItems(lines),
    ...autoApproveItems(server),
    ...authItems(server),
    ...packageItems(lines),
  ].map((item) => ({ ...item, flagged: item.flagged || flagged.has(item.pointer) }));
  return { server, summary: serverSummary(server), items, findings: inServer };
}

export function serverSummary(server: McpServer): string {
  if (server.url) return `${server.transport} · ${hostOf(server.url.value) ?? server.url.value}`;
  const words = [server.command?.value ?? '', ...server.args.filter(isString).map((a) => a.value)].filter(Boolean);
  const pkg = packageOf(words);
  const shown = pkg ? `${words[0] ?? ''} ${pkg.spec}` : words.slice(0, 3).join(' ');
  return `${server.transport} · ${shown}`.trim();
}

function isString(node: JsonNode): node is JsonString {
  return node.type === 'string';
}

function item(group: ScopeGroup, label: string, detail: string, node: JsonNode, extra: Partial<ScopeItem> = {}): ScopeItem {
  return { group, label, detail, offset: node.offset, length: node.length, pointer: node.pointer, flagged: false, ...extra };
}

/** An item about a word of a command line: its element, or the word itself inside a script written without escapes. */
function wordItem(group: ScopeGroup, label: string, detail: string, word: Word): ScopeItem {
  const node = word.node;
  const exact = !word.whole && node.type === 'string' && node.length - 2 === node.value.length;
  const offset = exact ? node.offset + 1 + word.start : node.offset;
  const length = exact ? word.end - word.start : node.length;
  return { group, label, detail, offset, length, pointer: node.pointer, flagged: false };
}

// ---------- command lines ----------

/** A command line of the server and what it launches. */
interface Line {
  line: CommandLine;
  launch: Launch | undefined;
}

function linesOf(server: McpServer): Line[] {
  return commandLines(server).map((line) => ({ line, launch: findLaunch(line.words.map((word) => word.value)) }));
}

/** The words a line gives its program: every word but the first (the program, or the first of `env A=1 …`). */
function argumentWords({ line }: Line): Word[] {
  return [...line.prefix, ...line.words].slice(1);
}

/** The options of a container run (`docker run … image`); none for other lines. */
function containerOptions({ launch }: Line): readonly ContainerOption[] {
  return launch?.ecosystem === 'container' ? (launch.containerOptions ?? []) : [];
}

/** The word holding an option's value (the flag's own when attached), if the option has a value. */
function valueWord({ line }: Line, option: ContainerOption): Word | undefined {
  return option.value === undefined ? undefined : line.words[option.valueIndex];
}

// ---------- secrets ----------

function secretItems(server: McpServer, findings: readonly Finding[], keychainIds?: ReadonlySet<string>): ScopeItem[] {
  const secretFindings = new Map(findings.filter((f) => f.category === 'secret').map((f) => [f.pointer, f]));
  const items: ScopeItem[] = [];
  const consider = (entry: NamedValue, where: 'env' | 'header') => {
    if (entry.node.type !== 'string') return;
    const finding = secretFindings.get(entry.node.pointer);
    const references = findReferences(entry.node.value, ALL_SYNTAXES);
    // Whole words, not substrings: NODE_TLS_REJECT_UNAUTHORIZED is no AUTH, PYTHONPATH no PAT.
    const named = classifyName(entry.name) !== undefined;
    if (!finding && references.length === 0 && !named) return;
    if (!finding && !named && references.every((r) => r.kind === 'predefined')) return;
    const label = where === 'header' ? `${entry.name} (header)` : entry.name;
    if (finding) {
      items.push(item('secrets', label, `inline · ${finding.secret ? `${finding.secret.kind} (${finding.secret.length} chars)` : 'secret value'}`, entry.node, { secretState: 'inline', flagged: true }));
      return;
    }
    const keychain = references.find((r) => r.kind === 'keychain');
    if (keychain?.name) {
      const present = keychainIds ? keychainIds.has(keychain.name) : undefined;
      const state: SecretState = present === false ? 'missing' : 'keychain';
      items.push(item('secrets', label, `${state === 'missing' ? 'missing from keychain' : 'keychain'} · ${keychain.name}`, entry.node, { secretState: state }));
      return;
    }
    const first = references[0];
    if (first) {
      items.push(item('secrets', label, `reference · ${entry.node.value.substr(first.offset, first.length)}`, entry.node, { secretState: 'reference' }));
    } else if (entry.node.value.trim() !== '' && !containsReference(entry.node.value)) {
      // A secret-named value that no detector flags (a placeholder, or empty): still a granted secret slot.
      items.push(item('secrets', label, 'placeholder or empty value', entry.node, { secretState: 'inline' }));
    }
  };
  for (const entry of server.env) consider(entry, 'env');
  for (const entry of server.headers) consider(entry, 'header');
  for (const byName of server.secretsByName ?? []) {
    items.push(item('secrets', byName.label, `reference · ${byName.variable} (${byName.from})`, byName.node, { secretState: 'reference' }));
  }
  for (const [pointer, finding] of secretFindings) {
    if (items.some((i) => i.pointer === pointer)) continue;
    const label = lastSegment(pointer);
    items.push({
      group: 'secrets',
      label: /^\d+$/.test(label) ? `argument ${label}` : label,
      detail: `inline · ${finding.secret ? `${finding.secret.kind} (${finding.secret.length} chars)` : 'secret value'}`,
      offset: finding.offset,
      length: finding.length,
      pointer,
      secretState: 'inline',
      flagged: true,
    });
  }
  return items;
}

// ---------- filesystem ----------

const PATH_LIKE = /^(?:\/|~(?:\/|$)|[A-Za-z]:[\\/]|\\\\|\$\{(?:workspaceFolder|userHome|HOME|env:HOME)\}|\$HOME\b|%USERPROFILE%|\.{1,2}(?:\/|$))/;

function filesystemItems(server: McpServer, lines: readonly Line[]): ScopeItem[] {
  const items: ScopeItem[] = [];
  for (const line of lines) {
    const mounts = new Map(containerOptions(line).filter((option) => mountOf(option)).map((option) => [valueWord(line, option), option] as const));
    for (const word of argumentWords(line)) {
      const option = mounts.get(word);
      const mount = option && mountOf(option);
      if (option && mount) {
        items.push(wordItem('filesystem', mount.source ?? option.value ?? word.value, `mounted into the container${mount.readOnly ? ' (read-only)' : ''}`, word));
        continue;
      }
      const value = word.value.replace(/^--[\w-]+=/, '');
      if (PATH_LIKE.test(value) && !/^\/\//.test(value) && !/^[a-z]+:\/\//i.test(value)) items.push(wordItem('filesystem', value, 'path given to the server', word));
    }
  }
  if (server.cwd) items.push(item('filesystem', server.cwd.value, 'working directory', server.cwd));
  if (server.envFile) items.push(item('filesystem', server.envFile.value, 'env file read at start', server.envFile));
  return items;
}

// ---------- network ----------

const ENV_URL = /^(?:https?|wss?|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqps?):\/\//i;
const ARGUMENT_URL_SCHEMES = ['http', 'https', 'ws', 'wss', 'postgres', 'postgresql', 'mysql', 'mongodb', 'mongodb+srv', 'redis'];

function networkItems(server: McpServer, lines: readonly Line[]): ScopeItem[] {
  const items: ScopeItem[] = [];
  if (server.url) items.push(item('network', hostOf(server.url.value) ?? server.url.value, `${server.transport} endpoint`, server.url));
  for (const entry of server.env) {
    if (entry.node.type === 'string' && ENV_URL.test(entry.node.value)) {
      items.push(item('network', hostOf(entry.node.value) ?? entry.name, `${entry.name} (env)`, entry.node));
    }
  }
  for (const line of lines) {
    for (const word of argumentWords(line)) {
      // A URL as the word itself or as the value of `--flag=` / `NAME=`.
      const url = findUrls(word.value, ARGUMENT_URL_SCHEMES).find((found) => found.start === 0 || word.value.charAt(found.start - 1) === '=');
      if (!url) continue;
      const text = word.value.slice(url.start, url.end);
      items.push(wordItem('network', hostOf(text) ?? text, 'endpoint in arguments', word));
    }
  }
  for (const [name, label, detail] of [['--publish', '', 'published port'], ['--network', 'network ', 'container network mode']] as const) {
    for (const line of lines) {
      for (const option of containerOptions(line)) {
        const word = valueWord(line, option);
        if (option.name === name && word && option.value !== undefined) items.push(wordItem('network', `${label}${option.value}`, detail, word));
      }
    }
  }
  return items;
}

// ---------- container ----------

/** Options that give a container more of the host than a container gets by default. */
const PRIVILEGE_OPTIONS = new Set(['--privileged', '--cap-add', '--security-opt', '--device', '--pid', '--ipc', '--userns', '--user', '--network']);

function containerItems(lines: readonly Line[]): ScopeItem[] {
  const items: ScopeItem[] = [];
  for (const line of lines) {
    const options = containerOptions(line);
    for (const option of options) {
      const flag = line.line.words[option.flagIndex];
      if (!flag || !PRIVILEGE_OPTIONS.has(option.name)) continue;
      const written = writtenFlag(flag.value, option.name);
      items.push(wordItem('container', option.value !== undefined ? `${written} ${option.value}` : written, 'container privilege', flag));
    }
    for (const option of options) {
      const word = valueWord(line, option);
      if (word && mountOf(option) && /docker\.sock/.test(option.value ?? '')) items.push(wordItem('container', 'Docker socket', 'controls the host Docker daemon', word));
    }
    const image = line.launch?.ecosystem === 'container' ? line.launch.packages[0] : undefined;
    const word = image && line.line.words[image.index];
    if (image && word) {
      const pinned = pinStatus('container', image.spec).state !== 'unpinned';
      items.push(wordItem('container', `image ${image.spec}`, pinned ? 'pinned' : 'not pinned', word));
    }
  }
  return items;
}

/** The flag as the config writes it (`--net`, `-u`); the option's own name when letters are run together (`-u1000`). */
function writtenFlag(word: string, name: string): string {
  const flag = word.replace(/=.*$/, '');
  return /^--[A-Za-z][\w-]*$|^-[A-Za-z]$/.test(flag) ? flag : name;
}

// ---------- auto-approve, auth, package ----------

function autoApproveItems(server: McpServer): ScopeItem[] {
  const approval = server.autoApprove;
  if (!approval) return [];
  if (approval.all) return [item('autoApprove', 'every tool', 'runs without asking', approval.node, { flagged: true })];
  return approval.tools.map((tool) => item('autoApprove', tool.value, 'runs without asking', tool, { flagged: true }));
}

function authItems(server: McpServer): ScopeItem[] {
  const items: ScopeItem[] = [];
  const oauth = server.oauth;
  if (oauth) {
    for (const property of oauth.properties) {
      const key = property.key;
      const value = property.value;
      if (/^(?:clientId|client_id|CLIENT_ID)$/.test(key) && value.type === 'string') items.push(item('auth', `OAuth client ${value.value}`, 'OAuth', value));
      else if (/^scopes?$/i.test(key)) {
        const scopes = value.type === 'array' ? value.items.filter(isString).map((s) => s.value).join(' ') : value.type === 'string' ? value.value : '';
        items.push(item('auth', `scopes: ${scopes || '(none)'}`, 'OAuth scopes', value));
      } else if (/secret/i.test(key)) {
        items.push(item('auth', 'OAuth client secret', value.type === 'string' && containsReference(value.value) ? 'reference' : 'in the file', value));
      }
    }
    if (items.length === 0) items.push(item('auth', 'OAuth', 'configured', oauth));
  }
  for (const header of server.headers) {
    if (/^(?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token)$/i.test(header.name)) {
      const node = header.node;
      const isRef = node.type === 'string' && containsReference(node.value);
      items.push(item('auth', `${header.name} header`, isRef ? 'static header from a reference' : 'static header in the file', node));
    }
  }
  return items;
}

function packageItems(lines: readonly Line[]): ScopeItem[] {
  const items: ScopeItem[] = [];
  for (const { line, launch } of lines) {
    const first = launch?.ecosystem === 'container' ? undefined : launch?.packages[0];
    const word = first && line.words[first.index];
    if (!launch || !first || !word) continue;
    const pinned = pinStatus(launch.ecosystem, first.spec).state !== 'unpinned';
    items.push(wordItem('package', first.spec, pinned ? `pinned (${launch.launcher})` : `not pinned (${launch.launcher})`, word));
  }
  return items;
}

