/**
 * Words -> the launcher and packages behind them: `npx -y pkg`, `npm exec`, `bunx`, `pnpm dlx`,
 * `yarn dlx`, `uvx pkg`, `pipx run`, `uv tool run`, and `docker run … image` (and podman, nerdctl,
 * finch).
 */
import { parseContainerRun, type ContainerOption } from './containers';
import { programName } from './words';

export type Ecosystem = 'npm' | 'pypi' | 'container';

export interface PackageWord {
  /** The package spec as written: `pkg@1.2.3`, `pkg==1.0`, `ghcr.io/org/image:1.2`. */
  spec: string;
  /** Index of the word holding it (for `--package=x` / `--from=x`, the flag's word). */
  index: number;
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

function containerLaunch(program: string, words: readonly string[]): Launch | undefined {
  const run = parseContainerRun(words);
  if (!run) return undefined;
  const { options, imageIndex } = run;
  const packages = imageIndex < words.length ? [{ spec: words[imageIndex] ?? '', index: imageIndex }] : [];
  return { launcher: `${program} run`, ecosystem: 'container', packages, argsStart: imageIndex + 1, containerOptions: options };
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
