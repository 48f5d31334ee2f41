/**
 * What a configured server is granted: the secrets it receives, the paths and endpoints it is
 * given, its container privileges, auto-approved tools, auth and package pin state. Derived from
 * the normalised server alone, so it works for every client. Never carries a secret value.
 */
import type { McpServer, NamedValue } from './dialects/dialect';
import type { Finding } from './model';
import type { JsonNode, JsonString } from './parse';
import { containsReference, findReferences, ALL_SYNTAXES } from './references';
import { packageOf, type PackageRef } from './command-line';
import { classifyName } from './secrets/key-names';

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
  const items: ScopeItem[] = [
    ...secretItems(server, inServer, keychainIds),
    ...filesystemItems(server),
    ...networkItems(server),
    ...containerItems(server),
    ...autoApproveItems(server),
    ...authItems(server),
    ...packageItems(server),
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
    const label = pointer.slice(pointer.lastIndexOf('/') + 1);
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

function filesystemItems(server: McpServer): ScopeItem[] {
  const items: ScopeItem[] = [];
  const isDocker = isContainerRuntime(server.command?.value);
  server.args.forEach((arg, index) => {
    if (arg.type !== 'string') return;
    const previous = server.args[index - 1];
    const afterMountFlag = previous?.type === 'string' && /^(?:-v|--volume|--mount)$/.test(previous.value);
    if (isDocker && (afterMountFlag || /^(?:-v|--volume|--mount)=/.test(arg.value))) {
      items.push(item('filesystem', mountSource(arg.value), `mounted into the container${/:ro\b|readonly/.test(arg.value) ? ' (read-only)' : ''}`, arg));
      return;
    }
    const value = arg.value.replace(/^--[\w-]+=/, '');
    if (PATH_LIKE.test(value) && !/^\/\//.test(value) && !/^[a-z]+:\/\//i.test(value)) {
      items.push(item('filesystem', value, 'path given to the server', arg));
    }
  });
  if (server.cwd) items.push(item('filesystem', server.cwd.value, 'working directory', server.cwd));
  if (server.envFile) items.push(item('filesystem', server.envFile.value, 'env file read at start', server.envFile));
  return items;
}

function mountSource(spec: string): string {
  const value = spec.replace(/^(?:-v|--volume|--mount)=/, '');
  const source = /(?:^|,)(?:source|src)=([^,]+)/.exec(value)?.[1];
  if (source) return source;
  const colon = value.indexOf(':', /^[A-Za-z]:[\\/]/.test(value) ? 2 : 0);
  return colon > 0 ? value.slice(0, colon) : value;
}

// ---------- network ----------

function networkItems(server: McpServer): ScopeItem[] {
  const items: ScopeItem[] = [];
  if (server.url) items.push(item('network', hostOf(server.url.value) ?? server.url.value, `${server.transport} endpoint`, server.url));
  for (const entry of server.env) {
    if (entry.node.type === 'string' && /^(?:https?|wss?|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqps?):\/\//i.test(entry.node.value)) {
      items.push(item('network', hostOf(entry.node.value) ?? entry.name, `${entry.name} (env)`, entry.node));
    }
  }
  server.args.forEach((arg) => {
    if (arg.type !== 'string') return;
    const match = /(?:^|=)((?:https?|wss?|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis):\/\/\S+)/i.exec(arg.value);
    if (match?.[1]) items.push(item('network', hostOf(match[1]) ?? match[1], 'endpoint in arguments', arg));
  });
  if (isContainerRuntime(server.command?.value)) {
    forEachFlag(server, /^(?:-p|--publish)$/, (value, node) => items.push(item('network', value, 'published port', node)));
    forEachFlag(server, /^(?:--network|--net)$/, (value, node) => items.push(item('network', `network ${value}`, 'container network mode', node)));
  }
  return items;
}

/** Host (and port) of a URL, credentials stripped: never shows a password. */
export function hostOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]+)/i.exec(url.trim());
  return match?.[1];
}

// ---------- container ----------

const PRIVILEGE_FLAGS = /^(?:--privileged|--cap-add|--security-opt|--device|--pid|--ipc|--userns|--user|-u|--network|--net)(?:=|$)/;

function isContainerRuntime(command: string | undefined): boolean {
  return command !== undefined && /(?:^|[\\/])(?:docker|podman|nerdctl)(?:\.exe)?$/i.test(command);
}

function containerItems(server: McpServer): ScopeItem[] {
  if (!isContainerRuntime(server.command?.value)) return [];
  const items: ScopeItem[] = [];
  server.args.forEach((arg, index) => {
    if (arg.type !== 'string' || !PRIVILEGE_FLAGS.test(arg.value)) return;
    const inline = arg.value.includes('=') ? arg.value.slice(arg.value.indexOf('=') + 1) : undefined;
    const next = server.args[index + 1];
    const value = inline ?? (arg.value === '--privileged' ? undefined : next?.type === 'string' ? next.value : undefined);
    items.push(item('container', value ? `${arg.value.replace(/=.*$/, '')} ${value}` : arg.value, 'container privilege', arg));
  });
  forEachFlag(server, /^(?:-v|--volume|--mount)$/, (value, node) => {
    if (/docker\.sock/.test(value)) items.push(item('container', 'Docker socket', 'controls the host Docker daemon', node));
  });
  const words = server.args.filter(isString).map((a) => a.value);
  const image = packageOf([server.command?.value ?? '', ...words]);
  if (image) items.push(item('container', `image ${image.spec}`, image.pinned ? 'pinned' : 'not pinned', server.args[image.argIndex] ?? server.node));
  return items;
}

function forEachFlag(server: McpServer, flag: RegExp, visit: (value: string, node: JsonNode) => void): void {
  server.args.forEach((arg, index) => {
    if (arg.type !== 'string') return;
    const [name, inline] = arg.value.includes('=') ? [arg.value.slice(0, arg.value.indexOf('=')), arg.value.slice(arg.value.indexOf('=') + 1)] : [arg.value, undefined];
    if (!flag.test(name)) return;
    const next = server.args[index + 1];
    if (inline !== undefined) visit(inline, arg);
    else if (next?.type === 'string') visit(next.value, next);
  });
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

function packageItems(server: McpServer): ScopeItem[] {
  if (isContainerRuntime(server.command?.value)) return [];
  const words = [server.command?.value ?? '', ...server.args.filter(isString).map((a) => a.value)];
  const pkg: PackageRef | undefined = packageOf(words);
  if (!pkg) return [];
  const node = pkg.argIndex >= 0 ? server.args[pkg.argIndex] : server.command;
  return node ? [item('package', pkg.spec, pkg.pinned ? `pinned (${pkg.launcher})` : `not pinned (${pkg.launcher})`, node)] : [];
}

