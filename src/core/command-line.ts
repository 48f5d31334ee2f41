/**
 * What a stdio server actually runs: its command and args as words, the launcher and package
 * behind `npx -y pkg`, `uvx pkg`, `docker run … image`, and the command lines hidden inside
 * `bash -c "<script>"`, `cmd /c …` and `powershell -Command …`.
 *
 * Three layers, each usable alone:
 *  - shell text -> tokens (`tokenizeShell`, `splitShellCommands`), positions kept;
 *  - words (plain strings) -> launcher and packages (`findLaunch`, `packageOf`, `pinStatus`);
 *  - a server -> its command lines, every word tied to the JSON element it came from
 *    (`commandLines`), for rules that report on elements and fix them.
 *
 * Every scan is a single pass over the text: this runs on each keystroke.
 */
import type { McpServer } from './dialects/dialect';
import { removeArrayItemsEdits, removeEdits } from './fixes';
import type { TextEdit } from './model';
import type { JsonNode, ParsedDocument } from './parse';

// =====================================================================================
// Shell text -> tokens
// =====================================================================================

export type ShellFlavor = 'posix' | 'cmd' | 'powershell';

export interface ShellToken {
  /** The word as the shell hands it on: quotes removed, escapes applied. */
  value: string;
  /** Offsets of the raw word in the script, quotes included. */
  start: number;
  end: number;
  /** Set on a control operator (`|`, `||`, `&&`, `;`, `&`, `(`, `)`) instead of a word. */
  operator?: string;
}

/** One simple command of a script: its words, and whether its input is piped from the previous one. */
export interface ShellCommand {
  words: ShellToken[];
  pipedFrom: boolean;
}

const POSIX_ESCAPABLE = new Set([' ', '\t', '\n', '"', "'", '\\', '$', '`', '|', '&', ';', '<', '>', '(', ')', '#', '*', '?', '~']);

/**
 * Splits shell text into words and operators, lenient: an unclosed quote runs to the end, and
 * a backslash in POSIX text escapes only characters the shell would treat specially (so that
 * `C:\Users\me` survives). Redirections (`2>&1`, `> out.log`) are dropped with their targets.
 */
export function tokenizeShell(script: string, flavor: ShellFlavor = 'posix'): ShellToken[] {
  return new ShellTokenizer(script, flavor).run();
}

/** Splits shell text into simple commands at `;`, `&&`, `||`, `&`, `|`, newlines and parentheses. */
export function splitShellCommands(script: string, flavor: ShellFlavor = 'posix'): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let current: ShellCommand = { words: [], pipedFrom: false };
  for (const token of tokenizeShell(script, flavor)) {
    if (token.operator === undefined) {
      current.words.push(token);
      continue;
    }
    if (current.words.length > 0) commands.push(current);
    current = { words: [], pipedFrom: token.operator === '|' || token.operator === '|&' };
  }
  if (current.words.length > 0) commands.push(current);
  return commands;
}

class ShellTokenizer {
  private readonly tokens: ShellToken[] = [];
  private value = '';
  private wordStart = -1;
  private dropNextWord = false;
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly flavor: ShellFlavor,
  ) {}

  run(): ShellToken[] {
    const { text } = this;
    while (this.i < text.length) {
      const ch = text.charAt(this.i);
      if (ch === '\n' || ch === '\r') {
        this.flush();
        this.pushOperator(';', 1);
      } else if (ch === ' ' || ch === '\t') {
        this.flush();
        this.i++;
      } else if (ch === '#' && this.flavor !== 'cmd' && this.wordStart < 0) {
        this.skipComment();
      } else if (this.isOperatorStart(ch)) {
        this.flush();
        this.readOperator();
      } else if (ch === '<' || ch === '>' || (ch === '&' && this.text.charAt(this.i + 1) === '>')) {
        this.readRedirection();
      } else {
        this.readWordPart(ch);
      }
    }
    this.flush();
    return this.tokens;
  }

  private isOperatorStart(ch: string): boolean {
    if (ch === '|' || ch === '&' || ch === ';') return !(ch === '&' && this.text.charAt(this.i + 1) === '>');
    if (ch === '{' || ch === '}') return this.flavor === 'powershell';
    return (ch === '(' || ch === ')') && this.flavor !== 'cmd';
  }

  private readOperator(): void {
    const two = this.text.slice(this.i, this.i + 2);
    if (two === '||' || two === '&&' || two === '|&' || two === ';;') this.pushOperator(two, 2);
    else this.pushOperator(this.text.charAt(this.i), 1);
  }

  private pushOperator(operator: string, length: number): void {
    this.tokens.push({ value: operator, start: this.i, end: this.i + length, operator });
    this.i += length;
  }

  /** `>`, `>>`, `2>&1`, `&>`, `<`, `<<<`: the fd before and the target after are not words. */
  private readRedirection(): void {
    if (this.wordStart >= 0 && /^\d+$/.test(this.value) && this.text.charAt(this.i - 1) !== '"') {
      this.value = '';
      this.wordStart = -1;
    }
    this.flush();
    while (/[<>&|]/.test(this.text.charAt(this.i))) this.i++;
    this.dropNextWord = true;
  }

  private skipComment(): void {
    while (this.i < this.text.length && this.text.charAt(this.i) !== '\n') this.i++;
  }

  private readWordPart(ch: string): void {
    if (this.wordStart < 0) this.wordStart = this.i;
    if (ch === '"') this.readDoubleQuoted();
    else if (ch === "'" && this.flavor !== 'cmd') this.readSingleQuoted();
    else if (ch === '\\' && this.flavor === 'posix') this.readBackslash();
    else if (ch === '`' && this.flavor === 'powershell') this.readEscaped();
    else if (ch === '^' && this.flavor === 'cmd') this.readEscaped();
    else if (ch === '$' && this.text.charAt(this.i + 1) === '(' && this.flavor !== 'cmd') this.readSubstitution();
    else if (ch === '`' && this.flavor === 'posix') this.readUntil('`');
    else this.readPlain();
  }

  /** A run of characters that mean nothing to any shell here, taken at once rather than one by one. */
  private readPlain(): void {
    const { text } = this;
    const start = this.i;
    this.i++;
    while (this.i < text.length && isPlainShellChar(text.charCodeAt(this.i))) this.i++;
    this.value += text.slice(start, this.i);
  }

  private readDoubleQuoted(): void {
    const { text } = this;
    this.i++;
    while (this.i < text.length && text.charAt(this.i) !== '"') {
      const ch = text.charAt(this.i);
      const escape = this.flavor === 'posix' ? '\\' : this.flavor === 'powershell' ? '`' : '';
      if (escape !== '' && ch === escape && this.i + 1 < text.length) {
        const next = text.charAt(this.i + 1);
        const escapes = this.flavor === 'powershell' || next === '"' || next === '\\' || next === '$' || next === '`';
        this.value += escapes ? next : ch + next;
        this.i += 2;
      } else {
        this.value += ch;
        this.i++;
      }
    }
    this.i++;
  }

  private readSingleQuoted(): void {
    const { text } = this;
    this.i++;
    while (this.i < text.length) {
      const ch = text.charAt(this.i);
      if (ch === "'") {
        // PowerShell doubles a quote inside single quotes: 'it''s'.
        if (this.flavor === 'powershell' && text.charAt(this.i + 1) === "'") {
          this.value += "'";
          this.i += 2;
          continue;
        }
        break;
      }
      this.value += ch;
      this.i++;
    }
    this.i++;
  }

  private readBackslash(): void {
    const next = this.text.charAt(this.i + 1);
    if (next !== '' && POSIX_ESCAPABLE.has(next)) {
      if (next !== '\n') this.value += next;
      this.i += 2;
    } else {
      this.value += '\\';
      this.i++;
    }
  }

  private readEscaped(): void {
    const next = this.text.charAt(this.i + 1);
    this.value += next;
    this.i += next === '' ? 1 : 2;
  }

  /** `$(…)` stays inside the word, raw, nested parentheses counted. */
  private readSubstitution(): void {
    const { text } = this;
    const start = this.i;
    let depth = 0;
    while (this.i < text.length) {
      const ch = text.charAt(this.i);
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      this.i++;
      if (depth === 0 && ch === ')') break;
    }
    this.value += text.slice(start, this.i);
  }

  private readUntil(close: string): void {
    const end = this.text.indexOf(close, this.i + 1);
    const stop = end < 0 ? this.text.length : end + 1;
    this.value += this.text.slice(this.i, stop);
    this.i = stop;
  }

  private flush(): void {
    if (this.wordStart < 0) return;
    if (this.dropNextWord) {
      this.dropNextWord = false;
    } else {
      this.tokens.push({ value: this.value, start: this.wordStart, end: this.i });
    }
    this.value = '';
    this.wordStart = -1;
  }
}

/** Letters, digits and `-_./:=@+,%~`: characters no flavor treats specially inside a word. */
function isPlainShellChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 45 || code === 95 || code === 46 || code === 47 || code === 58 || code === 61 || code === 64 ||
    code === 43 || code === 44 || code === 37 || code === 126
  );
}

// =====================================================================================
// Words -> programs, launchers and packages
// =====================================================================================

/** `/usr/local/bin/npx`, `C:\…\npx.cmd`, `NPX.EXE` -> `npx`. */
export function programName(word: string): string {
  if (isPlainProgramName(word)) return word;
  const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).toLowerCase();
  return base.replace(/\.(?:exe|cmd|bat|ps1|com)$/, '');
}

/**
 * True when `programName(word)` is `word` itself: no path, no extension, nothing to lower-case.
 * Most words are like that (`npx`, `-y`, `run`), and need no copy.
 */
function isPlainProgramName(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // `/`, `\`, `.`, A-Z and anything outside ASCII take the long way.
    if (code === 47 || code === 92 || code === 46 || (code >= 65 && code <= 90) || code >= 128) return false;
  }
  return true;
}

/** `NAME=value` (a shell or `docker -e` assignment): the name and the value; undefined otherwise. */
export function assignmentOf(word: string): { name: string; value: string } | undefined {
  if (!word.includes('=')) return undefined;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word);
  return match?.[1] === undefined ? undefined : { name: match[1], value: word.slice(match[0].length) };
}

export type Ecosystem = 'npm' | 'pypi' | 'container';

export interface PackageWord {
  /** The package spec as written: `pkg@1.2.3`, `pkg==1.0`, `ghcr.io/org/image:1.2`. */
  spec: string;
  /** Index of the word holding it (for `--package=x` / `--from=x`, the flag's word). */
  index: number;
}

/** A container option before the image, its short form normalised (`-v` -> `--volume`). */
export interface ContainerOption {
  name: string;
  /** The value, attached (`--net=host`, `-p8080:80`) or the next word; undefined for a switch. */
  value?: string;
  flagIndex: number;
  /** Index of the word holding the value (the flag's own when attached or a switch). */
  valueIndex: number;
}

export interface Launch {
  /** `npx`, `npm exec`, `bunx`, `pnpm dlx`, `yarn dlx`, `uvx`, `pipx run`, `docker run`, `podman run`, … */
  launcher: string;
  ecosystem: Ecosystem;
  /** The packages it fetches: the positional one, or those named by `--package` / `--from` / `--spec`. */
  packages: PackageWord[];
  /** Index of the first word after the package (the launched program's own arguments). */
  argsStart: number;
  /** Container runs only: the options given to the runtime, in order. */
  containerOptions?: ContainerOption[];
}

interface FlagSyntax {
  /** Options that take a value (as the next word unless written `--opt=value`). */
  valued: ReadonlySet<string>;
  /** Options whose value names the package to fetch. */
  packageFlags: ReadonlySet<string>;
}

const NPX_SYNTAX: FlagSyntax = {
  valued: new Set(['-p', '--package', '-c', '--call', '-w', '--workspace', '--registry', '--cache', '--userconfig', '--prefix', '--shell', '--script-shell', '--node-options', '--loglevel']),
  packageFlags: new Set(['-p', '--package']),
};
const BUNX_SYNTAX: FlagSyntax = { valued: new Set(['-p', '--package', '--cwd']), packageFlags: new Set(['-p', '--package']) };
const PNPM_DLX_SYNTAX: FlagSyntax = {
  valued: new Set(['--package', '--allow-build', '--reporter', '-C', '--dir', '--registry']),
  packageFlags: new Set(['--package']),
};
const YARN_DLX_SYNTAX: FlagSyntax = { valued: new Set(['-p', '--package']), packageFlags: new Set(['-p', '--package']) };
const UVX_SYNTAX: FlagSyntax = {
  valued: new Set([
    '--from', '--with', '-w', '--with-editable', '--with-requirements', '-p', '--python', '--index', '--default-index',
    '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--index-strategy', '--keyring-provider',
    '--resolution', '--prerelease', '--exclude-newer', '--link-mode', '--refresh-package', '-P', '--upgrade-package',
    '--reinstall-package', '--python-preference', '--directory', '--project', '--config-file', '--cache-dir',
    '--env-file', '--color', '--allow-insecure-host', '--build-constraints', '-c', '--constraints', '--overrides',
    '--python-platform', '--torch-backend', '--no-build-package', '--no-binary-package', '--config-setting', '-C',
  ]),
  packageFlags: new Set(['--from']),
};
const PIPX_RUN_SYNTAX: FlagSyntax = {
  valued: new Set(['--spec', '--python', '--pip-args', '--index-url', '-i', '--backend', '--fetch-python']),
  packageFlags: new Set(['--spec']),
};

/** The launcher and packages of a command line (`words[0]` is the program), if it is one. */
export function findLaunch(words: readonly string[]): Launch | undefined {
  const program = programName(words[0] ?? '');
  switch (program) {
    case 'npx':
      return packageLaunch('npx', 'npm', NPX_SYNTAX, words, 1);
    case 'pnpx':
      return packageLaunch('pnpm dlx', 'npm', PNPM_DLX_SYNTAX, words, 1);
    case 'bunx':
      return packageLaunch('bunx', 'npm', BUNX_SYNTAX, words, 1);
    case 'uvx':
      return packageLaunch('uvx', 'pypi', UVX_SYNTAX, words, 1);
    case 'npm':
      return subcommandLaunch(words, ['exec', 'x', 'exe'], (at) => packageLaunch('npm exec', 'npm', NPX_SYNTAX, words, at));
    case 'bun':
      return subcommandLaunch(words, ['x'], (at) => packageLaunch('bunx', 'npm', BUNX_SYNTAX, words, at));
    case 'pnpm':
      return subcommandLaunch(words, ['dlx'], (at) => packageLaunch('pnpm dlx', 'npm', PNPM_DLX_SYNTAX, words, at));
    case 'yarn':
      return subcommandLaunch(words, ['dlx'], (at) => packageLaunch('yarn dlx', 'npm', YARN_DLX_SYNTAX, words, at));
    case 'pipx':
      return subcommandLaunch(words, ['run'], (at) => packageLaunch('pipx run', 'pypi', PIPX_RUN_SYNTAX, words, at));
    case 'uv':
      return words[1] === 'tool' && words[2] === 'run' ? packageLaunch('uvx', 'pypi', UVX_SYNTAX, words, 3) : undefined;
    case 'docker':
    case 'podman':
    case 'nerdctl':
    case 'finch':
      return containerLaunch(program, words);
    default:
      return undefined;
  }
}

/** `npm [--flags] exec …`: the index after the subcommand, given to `launch`. */
function subcommandLaunch(words: readonly string[], subcommands: string[], launch: (at: number) => Launch): Launch | undefined {
  let i = 1;
  while (i < words.length && (words[i] ?? '').startsWith('-')) i++;
  return subcommands.includes(words[i] ?? '') ? launch(i + 1) : undefined;
}

function packageLaunch(launcher: string, ecosystem: Ecosystem, syntax: FlagSyntax, words: readonly string[], from: number): Launch {
  const named: PackageWord[] = [];
  let i = from;
  while (i < words.length) {
    const word = words[i] ?? '';
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    const eq = word.indexOf('=');
    const flag = eq > 0 ? word.slice(0, eq) : word;
    if (eq > 0) {
      if (syntax.packageFlags.has(flag)) named.push({ spec: word.slice(eq + 1), index: i });
      i++;
    } else if (syntax.valued.has(flag)) {
      if (syntax.packageFlags.has(flag) && i + 1 < words.length) named.push({ spec: words[i + 1] ?? '', index: i + 1 });
      i += 2;
    } else {
      i++;
    }
  }
  const positional = i < words.length ? i : -1;
  if (named.length > 0) return { launcher, ecosystem, packages: named, argsStart: positional < 0 ? words.length : positional + 1 };
  const packages = positional < 0 ? [] : [{ spec: words[positional] ?? '', index: positional }];
  return { launcher, ecosystem, packages, argsStart: positional < 0 ? words.length : positional + 1 };
}

// ---------- containers ----------

const CONTAINER_SHORT_NAMES: Readonly<Record<string, string>> = {
  a: '--attach', c: '--cpu-shares', e: '--env', h: '--hostname', l: '--label', m: '--memory', p: '--publish',
  u: '--user', v: '--volume', w: '--workdir', d: '--detach', i: '--interactive', t: '--tty', P: '--publish-all', q: '--quiet',
};
const CONTAINER_SHORT_VALUED = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);
const CONTAINER_LONG_ALIASES: Readonly<Record<string, string>> = { '--net': '--network', '--net-alias': '--network-alias' };
const CONTAINER_LONG_VALUED = new Set([
  '--add-host', '--annotation', '--attach', '--blkio-weight', '--blkio-weight-device', '--cap-add', '--cap-drop',
  '--cgroup-parent', '--cgroupns', '--cidfile', '--cpu-count', '--cpu-percent', '--cpu-period', '--cpu-quota',
  '--cpu-rt-period', '--cpu-rt-runtime', '--cpu-shares', '--cpus', '--cpuset-cpus', '--cpuset-mems', '--detach-keys',
  '--device', '--device-cgroup-rule', '--device-read-bps', '--device-read-iops', '--device-write-bps',
  '--device-write-iops', '--dns', '--dns-option', '--dns-opt', '--dns-search', '--domainname', '--entrypoint', '--env',
  '--env-file', '--expose', '--gpus', '--group-add', '--health-cmd', '--health-interval', '--health-retries',
  '--health-start-period', '--health-start-interval', '--health-timeout', '--hostname', '--ip', '--ip6', '--ipc',
  '--isolation', '--kernel-memory', '--label', '--label-file', '--link', '--link-local-ip', '--log-driver',
  '--log-opt', '--mac-address', '--memory', '--memory-reservation', '--memory-swap', '--memory-swappiness', '--mount',
  '--name', '--network', '--network-alias', '--oom-score-adj', '--pid', '--pids-limit', '--platform', '--publish',
  '--pull', '--restart', '--runtime', '--security-opt', '--shm-size', '--stop-signal', '--stop-timeout',
  '--storage-opt', '--sysctl', '--tmpfs', '--ulimit', '--user', '--userns', '--uts', '--volume', '--volume-driver',
  '--volumes-from', '--workdir',
  // podman / nerdctl
  '--arch', '--authfile', '--cert-dir', '--chrootdirs', '--conmon-pidfile', '--creds', '--decryption-key',
  '--env-merge', '--gidmap', '--hostuser', '--image-volume', '--init-path', '--os', '--passwd-entry', '--personality',
  '--pod', '--pod-id-file', '--preserve-fds', '--rdt-class', '--requires', '--sdnotify', '--seccomp-policy',
  '--secret', '--subgidname', '--subuidname', '--timeout', '--tz', '--uidmap', '--umask', '--unsetenv', '--variant',
  '--hooks-dir', '--cgroup-conf', '--cgroups', '--group-entry', '--pidfile', '--retry', '--retry-delay', '--variant',
]);
const CONTAINER_GLOBAL_VALUED = new Set(['-c', '--context', '-H', '--host', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey', '--connection', '--url', '--identity', '--root', '--runroot', '--namespace', '-n', '--address', '-a']);

function containerLaunch(program: string, words: readonly string[]): Launch | undefined {
  let i = 1;
  while (i < words.length && (words[i] ?? '').startsWith('-')) {
    const word = words[i] ?? '';
    i += CONTAINER_GLOBAL_VALUED.has(word) ? 2 : 1;
  }
  if (words[i] === 'container') i++;
  if (words[i] !== 'run') return undefined;
  const { options, imageIndex } = parseContainerOptions(words, i + 1);
  const packages = imageIndex < words.length ? [{ spec: words[imageIndex] ?? '', index: imageIndex }] : [];
  return { launcher: `${program} run`, ecosystem: 'container', packages, argsStart: imageIndex + 1, containerOptions: options };
}

/** Options of `docker run` from `from` up to the image; pflag syntax (`-it`, `-p8080:80`, `--x=y`). */
export function parseContainerOptions(words: readonly string[], from: number): { options: ContainerOption[]; imageIndex: number } {
  const options: ContainerOption[] = [];
  let i = from;
  while (i < words.length) {
    const word = words[i] ?? '';
    if (word === '--') return { options, imageIndex: i + 1 };
    if (!word.startsWith('-') || word === '-') break;
    i = word.startsWith('--') ? readLongContainerOption(words, i, options) : readShortContainerOptions(words, i, options);
  }
  return { options, imageIndex: i };
}

function readLongContainerOption(words: readonly string[], i: number, options: ContainerOption[]): number {
  const word = words[i] ?? '';
  const eq = word.indexOf('=');
  const written = eq > 0 ? word.slice(0, eq) : word;
  const name = CONTAINER_LONG_ALIASES[written] ?? written;
  if (eq > 0) {
    options.push({ name, value: word.slice(eq + 1), flagIndex: i, valueIndex: i });
    return i + 1;
  }
  if (CONTAINER_LONG_VALUED.has(name)) {
    const option: ContainerOption = { name, flagIndex: i, valueIndex: i + 1 };
    const value = words[i + 1];
    if (value !== undefined) option.value = value;
    options.push(option);
    return i + 2;
  }
  options.push({ name, flagIndex: i, valueIndex: i });
  return i + 1;
}

function readShortContainerOptions(words: readonly string[], i: number, options: ContainerOption[]): number {
  const word = words[i] ?? '';
  for (let j = 1; j < word.length; j++) {
    const letter = word.charAt(j);
    const name = CONTAINER_SHORT_NAMES[letter] ?? `-${letter}`;
    if (!CONTAINER_SHORT_VALUED.has(letter)) {
      options.push({ name, flagIndex: i, valueIndex: i });
      continue;
    }
    const attached = word.slice(j + 1).replace(/^=/, '');
    if (attached !== '') {
      options.push({ name, value: attached, flagIndex: i, valueIndex: i });
      return i + 1;
    }
    const option: ContainerOption = { name, flagIndex: i, valueIndex: i + 1 };
    const value = words[i + 1];
    if (value !== undefined) option.value = value;
    options.push(option);
    return i + 2;
  }
  return i + 1;
}

// ---------- pinning ----------

export type PinState = 'pinned' | 'unpinned' | 'not-a-package';

export interface PinStatus {
  state: PinState;
  /** For `unpinned`: what is wrong, e.g. `no version`, `@latest`, `range ^1`, `no tag (means :latest)`. */
  reason?: string;
}

/** True when `text` is a reference or placeholder whose real value the file does not say. */
function isTemplated(text: string): boolean {
  return /\$\{|\$[A-Z_a-z(]|%[A-Za-z_][A-Za-z0-9_]*%|<[^<>]{0,100}>|\{[^{}]{0,100}\}/.test(text);
}

function isLocalPath(spec: string): boolean {
  return /^(?:\.{1,2}(?:[/\\]|$)|[/\\~]|file:|link:|[A-Za-z]:[/\\])/.test(spec);
}

const EXACT_SEMVER = /^[v=]?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const FULL_COMMIT = /^[0-9a-f]{40}$/i;

/** Whether a package spec names one exact, immutable release. */
export function pinStatus(ecosystem: Ecosystem, spec: string): PinStatus {
  const trimmed = spec.trim();
  if (trimmed === '' || isTemplated(trimmed)) return { state: 'not-a-package' };
  // Spaces, commas or quotes inside an npm spec or image: not a spec (a broken string), no verdict.
  if (ecosystem !== 'pypi' && /[\s,;"'`]/.test(trimmed)) return { state: 'not-a-package' };
  if (ecosystem === 'container') return imagePin(trimmed);
  if (isLocalPath(trimmed)) return { state: 'not-a-package' };
  return ecosystem === 'npm' ? npmPin(trimmed) : pypiPin(trimmed);
}

function npmPin(spec: string): PinStatus {
  const bare = spec.startsWith('npm:') ? spec.slice(4) : spec;
  if (/^https?:\/\//i.test(bare)) return { state: 'not-a-package' };
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:)/i.test(bare) || /^[\w.-]+\/[\w.-]+(?:#|$)/.test(bare)) {
    const hash = bare.indexOf('#');
    const ref = hash < 0 ? '' : bare.slice(hash + 1);
    return FULL_COMMIT.test(ref) ? { state: 'pinned' } : { state: 'unpinned', reason: ref ? `git ref #${ref} is not a commit` : 'no commit' };
  }
  const at = bare.startsWith('@') ? bare.indexOf('@', 1) : bare.indexOf('@');
  if (at < 0) return { state: 'unpinned', reason: 'no version' };
  return versionPin(bare.slice(at + 1), EXACT_SEMVER);
}

/** One version, no range or wildcard: `1.2.3`, `2.0rc1`, `1.0.post2`. */
const PEP440_EXACT = /^[vV]?\d[0-9A-Za-z.+_!-]*$/;

function pypiPin(spec: string): PinStatus {
  const withoutMarker = spec.split(';')[0]?.trim() ?? spec;
  if (/^(?:git\+|[\w.-]+(?:\[[^\]]*\])?\s*@\s*git\+)/i.test(withoutMarker)) return gitUrlPin(withoutMarker);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(withoutMarker)) return { state: 'not-a-package' };
  const name = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?/.exec(withoutMarker);
  if (!name) return { state: 'unpinned', reason: 'no version' };
  const rest = withoutMarker.slice(name[0].length).trim();
  if (rest === '') return { state: 'unpinned', reason: 'no version' };
  if (rest.startsWith('@')) {
    const version = rest.slice(1).trim();
    return /^[\w.+!-]*$/.test(version) ? versionPin(version, PEP440_EXACT) : { state: 'not-a-package' };
  }
  const exact = /^===?\s*(.*)$/.exec(rest);
  if (exact?.[1] !== undefined && !exact[1].includes(',') && PEP440_EXACT.test(exact[1].trim())) return { state: 'pinned' };
  return { state: 'unpinned', reason: `range ${rest}` };
}

/** `git+https://host/org/repo@<ref>#egg=x`: pinned only to a full commit. */
function gitUrlPin(spec: string): PinStatus {
  const url = spec.slice(spec.indexOf('git+')).split('#')[0] ?? '';
  const path = url.slice(url.indexOf('://') + 3);
  const afterHost = path.slice(Math.max(0, path.indexOf('/')));
  const at = afterHost.lastIndexOf('@');
  const ref = at < 0 ? '' : afterHost.slice(at + 1);
  return FULL_COMMIT.test(ref) ? { state: 'pinned' } : { state: 'unpinned', reason: ref ? `git ref @${ref} is not a commit` : 'no commit' };
}

function versionPin(version: string, exact: RegExp): PinStatus {
  if (exact.test(version)) return { state: 'pinned' };
  if (version === '' || version.toLowerCase() === 'latest') return { state: 'unpinned', reason: '@latest' };
  return { state: 'unpinned', reason: `@${version} is a range or tag` };
}

/**
 * `image@sha256:…` is pinned; so is a version tag (`:1.2.3`, `:20-alpine`): tags can move, but
 * a version tag is a deliberate choice and flagging it would be noise. `:latest`, no tag, and
 * tags without a digit (`:main`, `:edge`, `:stable`) are unpinned.
 */
function imagePin(image: string): PinStatus {
  if (/@sha(?:256|384|512):[0-9a-f]+$/i.test(image)) return { state: 'pinned' };
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return { state: 'unpinned', reason: 'no tag (means :latest)' };
  const tag = image.slice(colon + 1);
  if (tag === '' || tag.toLowerCase() === 'latest') return { state: 'unpinned', reason: ':latest' };
  if (/\d/.test(tag)) return { state: 'pinned' };
  return { state: 'unpinned', reason: `:${tag} is a moving tag` };
}

/** The shape the server tree uses: the first package of a command line and its pin state. */
export interface PackageRef {
  launcher: string;
  ecosystem: Ecosystem;
  spec: string;
  pinned: boolean;
  /** Index in the server's `args` (words minus the command); -1 when it is in the command. */
  argIndex: number;
}

/** The package a command line (`[command, ...args]`) launches, if any. */
export function packageOf(words: readonly string[]): PackageRef | undefined {
  const launch = findLaunch(words);
  const first = launch?.packages[0];
  if (!launch || !first) return undefined;
  const status = pinStatus(launch.ecosystem, first.spec);
  return { launcher: launch.launcher, ecosystem: launch.ecosystem, spec: first.spec, pinned: status.state !== 'unpinned', argIndex: first.index - 1 };
}

// =====================================================================================
// Servers -> command lines tied to the document
// =====================================================================================

/** A word of a server's command line and the JSON element it comes from. */
export interface Word {
  value: string;
  /** The element: the `command` string or an `args` item (a script, for words inside one). */
  node: JsonNode;
  /** Index of that element in the server's args; -1 for the command. */
  argIndex: number;
  /** Span of the raw word inside the element's string value; the whole value for a whole element. */
  start: number;
  end: number;
  /** True when the word is the entire element, so removing the element removes just the word. */
  whole: boolean;
}

export interface ShellInvocation {
  /** The shell's program name: `bash`, `sh`, `cmd`, `powershell`, `pwsh`, … */
  shell: string;
  /** The `-c` / `/c` / `-Command` word. */
  flag: Word;
  /** The word holding the script: the first after the flag. */
  script: Word;
}

export interface CommandLine {
  /** `NAME=value` assignments and wrappers (`env`, `sudo`, `nohup`, …) before the program. */
  prefix: Word[];
  /** The program, then its arguments. */
  words: Word[];
  /** How the line was reached through a shell; undefined for the server's own command line. */
  shell?: ShellInvocation;
  /** True when the line reads the previous one's output (`curl … | sh`). */
  pipedFrom: boolean;
  /** 0 for the server's command line, 1 inside one shell script, … */
  depth: number;
}

const MAX_DEPTH = 4;
const POSIX_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish', 'busybox']);
const POWERSHELLS = new Set(['powershell', 'pwsh']);
const PREFIX_PROGRAMS = new Set(['env', 'sudo', 'doas', 'nohup', 'exec', 'time', 'nice', 'ionice', 'stdbuf', 'command', 'builtin', 'then', 'do', 'else', 'if', 'while', 'until', '!', '{', 'wsl', 'caffeinate', 'chronic', 'setsid']);
const PREFIX_VALUED = new Set(['-u', '--user', '-g', '--group', '-n', '--adjustment', '-C', '--chdir', '-d', '--distribution', '--cd', '-U', '-p', '-c', '--unset']);
const KNOWN_PROGRAMS = new Set([
  ...POSIX_SHELLS, ...POWERSHELLS, ...PREFIX_PROGRAMS, 'cmd', 'npx', 'pnpx', 'bunx', 'uvx', 'npm', 'pnpm', 'yarn', 'bun',
  'pipx', 'uv', 'docker', 'podman', 'nerdctl', 'finch', 'node', 'deno', 'python', 'python3', 'curl', 'wget',
]);

/**
 * Every command line a server runs: its own (`command` + `args`; a `command` with spaces that
 * starts with a known program is split), then, depth first, those inside the shell scripts it
 * hands to `bash -c`, `cmd /c`, `powershell -Command` (also `-EncodedCommand`).
 */
export function commandLines(server: McpServer): CommandLine[] {
  const cached = linesCache.get(server);
  if (cached) return cached;
  const lines = linesOf(server);
  linesCache.set(server, lines);
  return lines;
}

/** Callers outside a scan may ask for the same server's lines more than once. */
const linesCache = new WeakMap<McpServer, CommandLine[]>();

function linesOf(server: McpServer): CommandLine[] {
  const words = topLevelWords(server);
  return words.length === 0 ? [] : expandLine(words, undefined, false, 0);
}

/**
 * What the command-line rules read of one server: its lines, each line's launch, and (on first
 * use) every word with the one before it. See `serverCommands`.
 */
export class ServerCommands {
  readonly lines: CommandLine[];
  /** `findLaunch` of each line's words, by line index. */
  readonly launches: Array<Launch | undefined>;
  private wordList: WordInLine[] | undefined;

  constructor(readonly server: McpServer) {
    this.lines = linesOf(server);
    this.launches = this.lines.map((line) => findLaunch(line.words.map((word) => word.value)));
  }

  /** `wordsInLines(lines)`. */
  get words(): WordInLine[] {
    this.wordList ??= wordsInLines(this.lines);
    return this.wordList;
  }
}

/**
 * `ServerCommands` of every server, in order, computed once per scan: seven rules read command
 * lines, and the servers array is one scan's own, so each rule pays a single cache look-up.
 */
export function serverCommands(servers: readonly McpServer[]): ServerCommands[] {
  let all = commandsCache.get(servers);
  if (!all) {
    all = servers.map((server) => new ServerCommands(server));
    commandsCache.set(servers, all);
  }
  return all;
}

const commandsCache = new WeakMap<readonly McpServer[], ServerCommands[]>();

function topLevelWords(server: McpServer): Word[] {
  const words: Word[] = [];
  const command = server.command;
  if (command) {
    const split = /\s/.test(command.value.trim()) ? tokenizeShell(command.value) : [];
    const first = split[0];
    const splittable = first !== undefined && !first.operator && KNOWN_PROGRAMS.has(programName(first.value));
    if (splittable) {
      for (const token of split) if (!token.operator) words.push({ value: token.value, node: command, argIndex: -1, start: token.start, end: token.end, whole: false });
    } else {
      words.push(wholeWord(command, -1));
    }
  }
  server.args.forEach((arg, index) => words.push(wholeWord(arg, index)));
  return words;
}

function wholeWord(node: JsonNode, argIndex: number): Word {
  const value = scalarText(node);
  return { value, node, argIndex, start: 0, end: value.length, whole: true };
}

/** A scalar element as the client would pass it on (`8080` -> "8080"); '' for objects and arrays. */
function scalarText(node: JsonNode): string {
  if (node.type === 'string') return node.value;
  if (node.type === 'number' || node.type === 'boolean') return String(node.value);
  return '';
}

function expandLine(words: Word[], shell: ShellInvocation | undefined, pipedFrom: boolean, depth: number): CommandLine[] {
  const split = splitPrefix(words);
  const line: CommandLine = { prefix: split.prefix, words: split.rest, pipedFrom, depth };
  if (shell) line.shell = shell;
  const lines = [line];
  if (depth >= MAX_DEPTH) return lines;
  const inner = innerScript(line.words);
  if (!inner) return lines;
  for (const nested of inner.lines) lines.push(...expandLine(nested.words, inner.invocation, nested.pipedFrom, depth + 1));
  return lines;
}

/** Leading assignments and wrapper programs (`env A=1 sudo -u x npx …`) split off the line. */
function splitPrefix(words: Word[]): { prefix: Word[]; rest: Word[] } {
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word) break;
    if (assignmentOf(word.value)) {
      i++;
      continue;
    }
    if (!PREFIX_PROGRAMS.has(programName(word.value)) || (i === words.length - 1)) break;
    i++;
    while (i < words.length && (words[i]?.value ?? '').startsWith('-') && (words[i]?.value ?? '').length > 1) {
      i += PREFIX_VALUED.has(words[i]?.value ?? '') ? 2 : 1;
    }
  }
  // Most lines have no prefix: their words are kept as they are (the list is this line's own).
  return i === 0 ? { prefix: [], rest: words } : { prefix: words.slice(0, i), rest: words.slice(i) };
}

interface InnerScript {
  invocation: ShellInvocation;
  lines: Array<{ words: Word[]; pipedFrom: boolean }>;
}

/** The shell wrapper of a command line (`bash -c S`, `cmd /c …`, `pwsh -Command …`), if it is one. */
export function shellInvocation(words: Word[]): ShellInvocation | undefined {
  return innerScript(words)?.invocation;
}

/** The script a shell line runs (`bash -c S`, `cmd /c S…`, `pwsh -Command S…`), as command lines. */
function innerScript(words: Word[]): InnerScript | undefined {
  const program = programName(words[0]?.value ?? '');
  if (POSIX_SHELLS.has(program)) return posixShellScript(words, program);
  if (program === 'cmd') return cmdScript(words);
  if (POWERSHELLS.has(program)) return powershellScript(words, program);
  return undefined;
}

function posixShellScript(words: Word[], program: string): InnerScript | undefined {
  let i = 1;
  if (program === 'busybox') {
    if (!POSIX_SHELLS.has(programName(words[1]?.value ?? ''))) return undefined;
    i = 2;
  }
  for (; i < words.length; i++) {
    const flag = words[i];
    if (!flag || !/^[-+]/.test(flag.value) || flag.value === '--' || flag.value === '-') return undefined;
    if (/^-[A-Za-z]*c[A-Za-z]*$/.test(flag.value) || flag.value === '--command') return scriptAfter(words, i, program, 'posix', false);
    if (flag.value.startsWith('--command=')) return undefined;
    if (/^[-+]o$/.test(flag.value) || flag.value === '--init-command' || flag.value === '--rcfile') i++;
  }
  return undefined;
}

function cmdScript(words: Word[]): InnerScript | undefined {
  for (let i = 1; i < words.length; i++) {
    const flag = words[i];
    if (!flag) return undefined;
    if (/^\/[ck]$/i.test(flag.value)) return scriptAfter(words, i, 'cmd', 'cmd', true);
    if (!/^\/[a-z](?::\w+)?$/i.test(flag.value)) return undefined;
  }
  return undefined;
}

const POWERSHELL_COMMAND = /^-(?:c|co|com|comm|comma|comman|command)$/i;
const POWERSHELL_ENCODED = /^-(?:e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom|encodedcomm|encodedcomma|encodedcomman|encodedcommand)$/i;
const POWERSHELL_FILE = /^-(?:f|fi|fil|file)$/i;
const POWERSHELL_VALUED = /^-(?:executionpolicy|ep|ex|exec|windowstyle|w|win|inputformat|if|outputformat|of|o|configurationname|workingdirectory|wd|version|v|settingsfile|psconsolefile|custompipename)$/i;

function powershellScript(words: Word[], program: string): InnerScript | undefined {
  for (let i = 1; i < words.length; i++) {
    const flag = words[i];
    if (!flag) return undefined;
    if (POWERSHELL_COMMAND.test(flag.value)) return scriptAfter(words, i, program, 'powershell', true);
    if (POWERSHELL_ENCODED.test(flag.value)) return encodedScript(words, i, program);
    if (POWERSHELL_FILE.test(flag.value)) return undefined;
    if (POWERSHELL_VALUED.test(flag.value)) {
      i++;
      continue;
    }
    if (flag.value.startsWith('-')) continue;
    // Windows PowerShell treats its first positional argument as -Command (pwsh as -File).
    return program === 'powershell' ? scriptAfter(words, i - 1, program, 'powershell', true, flag) : undefined;
  }
  return undefined;
}

/**
 * The script starting after the flag at `flagIndex`. With `restIsCommand` (cmd, PowerShell)
 * several remaining words are one command line already split by the config; a single word is
 * a script to tokenize.
 */
function scriptAfter(words: Word[], flagIndex: number, shell: string, flavor: ShellFlavor, restIsCommand: boolean, flagOverride?: Word): InnerScript | undefined {
  const flag = flagOverride ?? words[flagIndex];
  const script = words[flagIndex + 1];
  if (!flag || !script) return undefined;
  const invocation: ShellInvocation = { shell, flag, script };
  const rest = words.slice(flagIndex + 1);
  if (restIsCommand && rest.length > 1) return { invocation, lines: [{ words: rest, pipedFrom: false }] };
  return { invocation, lines: scriptLines(script, script.value, flavor, true) };
}

/** `-EncodedCommand <base64 of UTF-16LE>`: decoded, its words all point at the encoded element. */
function encodedScript(words: Word[], flagIndex: number, shell: string): InnerScript | undefined {
  const flag = words[flagIndex];
  const script = words[flagIndex + 1];
  if (!flag || !script) return undefined;
  const decoded = decodePowershellBase64(script.value);
  if (decoded === undefined) return { invocation: { shell, flag, script }, lines: [] };
  return { invocation: { shell, flag, script }, lines: scriptLines(script, decoded, 'powershell', false) };
}

/** Tokenizes `text` (the script word's value, or a decoding of it) into lines of words tied to `script`. */
function scriptLines(script: Word, text: string, flavor: ShellFlavor, offsetsMap: boolean): Array<{ words: Word[]; pipedFrom: boolean }> {
  // Offsets map onto the element only when the script word is the element's whole value.
  const exact = offsetsMap && script.whole;
  return splitShellCommands(text, flavor).map((command) => ({
    pipedFrom: command.pipedFrom,
    words: command.words.map((token) => ({
      value: token.value,
      node: script.node,
      argIndex: script.argIndex,
      start: exact ? token.start : script.start,
      end: exact ? token.end : script.end,
      whole: false,
    })),
  }));
}

export function decodePowershellBase64(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return undefined;
  let binary: string;
  try {
    binary = atob(encoded);
  } catch {
    return undefined;
  }
  let text = '';
  for (let i = 0; i + 1 < binary.length; i += 2) text += String.fromCharCode(binary.charCodeAt(i) | (binary.charCodeAt(i + 1) << 8));
  return text;
}

// ---------- fixes and values ----------

/**
 * Edits removing `words` from the server's args: only when each is a whole args element
 * (a word inside a script or a split command string cannot be removed by element). Only the
 * elements, their commas and the lines they stood on change; the rest keeps its formatting.
 */
export function removeWordsEdits(document: ParsedDocument, server: McpServer, words: readonly Word[]): TextEdit[] | undefined {
  const argsNode = server.argsNode;
  if (!argsNode || words.length === 0 || !words.every((word) => word.whole && word.argIndex >= 0)) return undefined;
  const indices = words.map((word) => word.argIndex);
  const spans = argsNode.items.map((item) => ({ start: item.offset, end: item.offset + item.length }));
  // TOML and YAML lists are edited in their own syntax (a YAML block sequence has no commas).
  const inText = document.format === undefined || document.format === 'json' ? removeEntriesEdits(document.text, spans, new Set(indices)) : undefined;
  const edits = inText ?? removeArrayItemsEdits(document, argsNode.pointer, indices);
  return edits.length > 0 ? edits : undefined;
}

/** Edits removing the env entry whose value is `value`, touching only that entry's text and line. */
export function removeEnvEntryEdits(document: ParsedDocument, server: McpServer, value: JsonNode): TextEdit[] {
  const properties = server.envNode?.properties ?? [];
  const index = properties.findIndex((property) => property.value === value);
  const spans = properties.map((property) => ({ start: property.keyOffset, end: property.value.offset + property.value.length }));
  const inJson = document.format === undefined || document.format === 'json';
  return (index >= 0 && inJson ? removeEntriesEdits(document.text, spans, new Set([index])) : undefined) ?? removeEdits(document, value.pointer);
}

interface Span {
  start: number;
  end: number;
}

/**
 * Removes entries of one container (array items or object properties, as spans in source order):
 * their text, the comma that separated them, and their line when they stood alone on it.
 * Undefined when a comment sits between entries (the caller falls back to a structural edit).
 */
export function removeEntriesEdits(text: string, entries: readonly Span[], remove: ReadonlySet<number>): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (let first = 0; first < entries.length; first++) {
    if (!remove.has(first)) continue;
    let last = first;
    while (last + 1 < entries.length && remove.has(last + 1)) last++;
    const edit = removeRun(text, entries, first, last);
    if (!edit) return undefined;
    edits.push(edit);
    first = last;
  }
  return edits;
}

function removeRun(text: string, entries: readonly Span[], first: number, last: number): TextEdit | undefined {
  const head = entries[first];
  const tail = entries[last];
  if (!head || !tail) return undefined;
  for (let k = first; k < last; k++) {
    if (!isSeparator(text.slice(entries[k]?.end ?? 0, entries[k + 1]?.start ?? 0))) return undefined;
  }
  const next = entries[last + 1];
  const previous = entries[first - 1];
  if (next) {
    const gap = text.slice(tail.end, next.start);
    if (!isSeparator(gap)) return undefined;
    let start = head.start;
    let end = tail.end + gap.indexOf(',') + 1;
    while (text.charAt(end) === ' ' || text.charAt(end) === '\t') end++;
    const lineStart = text.lastIndexOf('\n', head.start - 1) + 1;
    const aloneOnLine = /^[ \t]*$/.test(text.slice(lineStart, head.start));
    if (aloneOnLine && (text.charAt(end) === '\n' || text.charAt(end) === '\r')) {
      start = lineStart;
      end += text.startsWith('\r\n', end) ? 2 : 1;
    }
    return { offset: start, length: end - start, content: '' };
  }
  if (previous) {
    if (!isSeparator(text.slice(previous.end, head.start))) return undefined;
    return { offset: previous.end, length: tail.end - previous.end, content: '' };
  }
  return removeWholeLines(text, head.start, tail.end);
}

/** `start..end`, widened to whole lines when nothing else stands on them. */
function removeWholeLines(text: string, start: number, end: number): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = end;
  while (text.charAt(lineEnd) === ' ' || text.charAt(lineEnd) === '\t') lineEnd++;
  const alone = /^[ \t]*$/.test(text.slice(lineStart, start)) && (text.charAt(lineEnd) === '\n' || text.charAt(lineEnd) === '\r');
  if (!alone) return { offset: start, length: end - start, content: '' };
  lineEnd += text.startsWith('\r\n', lineEnd) ? 2 : 1;
  return { offset: lineStart, length: lineEnd - lineStart, content: '' };
}

/** Whitespace and one comma: nothing (no comment) that a removal would take along. */
function isSeparator(gap: string): boolean {
  return /^\s*,\s*$/.test(gap);
}

/**
 * Reads an on/off value as programs do (`1`, `true`, `yes`, `on` / `0`, `false`, `no`, `off`);
 * undefined for anything else.
 */
export function switchValue(value: string | number | boolean | null | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const normalized = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'y', 'on', 'enable', 'enabled'].includes(normalized)) return true;
  if (['0', 'false', 'no', 'n', 'off', 'disable', 'disabled'].includes(normalized)) return false;
  return undefined;
}

/** The raw text of a word inside its element (quotes included when it came from a script). */
export function rawWordText(word: Word): string {
  return word.node.type === 'string' ? word.node.value.slice(word.start, word.end) : word.value;
}

/** A word of a command line with the word before it (the flag it may be the value of). */
export interface WordInLine {
  line: CommandLine;
  word: Word;
  previous?: Word;
  /** True for words of the line's prefix (`env A=1`, `sudo`), false for the program and its args. */
  inPrefix: boolean;
}

/** Every word of the lines (prefix first), each with the one before it in the same line. */
export function wordsInLines(lines: readonly CommandLine[]): WordInLine[] {
  const result: WordInLine[] = [];
  for (const line of lines) {
    // The prefix, then the words, without joining the two lists.
    const { prefix, words } = line;
    const wordAt = (i: number): Word | undefined => (i < prefix.length ? prefix[i] : words[i - prefix.length]);
    for (let i = 0; i < prefix.length + words.length; i++) {
      const entry: WordInLine = { line, word: wordAt(i) as Word, inPrefix: i < prefix.length };
      const previous = i > 0 ? wordAt(i - 1) : undefined;
      if (previous) entry.previous = previous;
      result.push(entry);
    }
  }
  return result;
}

/** `NAME=value` in a word, also written `--env=NAME=value` (docker). */
export function wordAssignment(word: Word): { name: string; value: string } | undefined {
  return assignmentOf(word.value.startsWith('--env=') ? word.value.slice('--env='.length) : word.value);
}

/** The words that go when an assignment is removed: `-e NAME=value` as a pair, else the word. */
export function assignmentWords(entry: WordInLine): Word[] {
  const previous = entry.previous;
  return previous && /^(?:-e|--env)$/.test(previous.value) ? [previous, entry.word] : [entry.word];
}

/** `--flag=value` -> { flag, value }; a flag without `=` -> { flag }; not a flag -> undefined. */
export function splitFlag(word: string): { flag: string; value?: string } | undefined {
  if (!isFlagStart(word)) return undefined;
  const eq = word.indexOf('=');
  return eq < 0 ? { flag: word } : { flag: word.slice(0, eq), value: word.slice(eq + 1) };
}

/** `-x…` or `--x…` with `x` a letter (`/^--?[A-Za-z]/`, without a regex: every word is asked). */
function isFlagStart(word: string): boolean {
  if (word.charCodeAt(0) !== 45 /* - */) return false;
  const at = word.charCodeAt(1) === 45 ? 2 : 1;
  const code = word.charCodeAt(at) | 32;
  return code >= 97 && code <= 122;
}

/**
 * Where `value` sits in the element of `word` (offsets in the element's decoded string), when it
 * is written literally at the end of the word's raw text (not quoted or escaped differently).
 */
export function valueSpanInWord(word: Word, value: string): { start: number; end: number } | undefined {
  if (word.node.type !== 'string' || value === '') return undefined;
  const raw = rawWordText(word);
  if (!raw.endsWith(value)) return undefined;
  return { start: word.end - value.length, end: word.end };
}
