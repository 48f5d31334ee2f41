/**
 * How to spawn `command args…` without a shell, on every platform.
 *
 * POSIX: as given. Windows: `CreateProcess` runs only real executables, and Node refuses to spawn
 * `.cmd`/`.bat` files without a shell — yet `npx`, `uvx` and most npm-installed servers are
 * `.cmd` shims. So the command is resolved through PATH and PATHEXT ourselves; a batch file is run
 * through `cmd.exe /d /s /c` with every word quoted and cmd's metacharacters escaped, so arguments
 * (secrets included) reach the server as the same words and are never interpreted by cmd.
 */
import { statSync } from 'node:fs';
import { win32 } from 'node:path';

export interface SpawnTarget {
  file: string;
  args: string[];
  /** Pass `args` to CreateProcess as they are (already quoted for cmd.exe). */
  windowsVerbatimArguments: boolean;
}

type Env = Record<string, string | undefined>;

export function spawnTarget(command: string, args: readonly string[], env: Env, platform: NodeJS.Platform = process.platform): SpawnTarget {
  if (platform !== 'win32') return { file: command, args: [...args], windowsVerbatimArguments: false };
  return windowsSpawnTarget(command, args, env, isFile);
}

export function windowsSpawnTarget(command: string, args: readonly string[], env: Env, exists: (path: string) => boolean): SpawnTarget {
  const resolved = resolveOnWindowsPath(command, env, exists) ?? command;
  if (!/\.(?:cmd|bat)$/i.test(resolved)) return { file: resolved, args: [...args], windowsVerbatimArguments: false };
  // npm's .cmd shims hand their arguments to a second cmd.exe via %*: escape twice.
  const twice = /node_modules[\\/]\.bin[\\/][^\\/]+\.cmd$/i.test(resolved);
  const line = [escapeCmdCommand(win32.normalize(resolved)), ...args.map((arg) => escapeCmdArgument(arg, twice))].join(' ');
  const shell = envValue(env, 'ComSpec') ?? 'cmd.exe';
  return { file: shell, args: ['/d', '/s', '/c', `"${line}"`], windowsVerbatimArguments: true };
}

/** The file Windows would run for `command`, by PATH and PATHEXT; `undefined` when none exists. */
export function resolveOnWindowsPath(command: string, env: Env, exists: (path: string) => boolean): string | undefined {
  const extensions = (envValue(env, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean);
  const hasExtension = win32.extname(command) !== '';
  const withExtensions = (base: string) => [...(hasExtension ? [base] : []), ...extensions.map((ext) => base + ext.toLowerCase())];
  if (/[\\/]/.test(command) || win32.isAbsolute(command)) return withExtensions(command).find(exists);
  const dirs = (envValue(env, 'PATH') ?? '').split(';').map((dir) => dir.replace(/^"(.*)"$/, '$1')).filter(Boolean);
  for (const dir of dirs) {
    const found = withExtensions(win32.join(dir, command)).find(exists);
    if (found) return found;
  }
  return undefined;
}

const CMD_META = /([()\][%!^"`<>&|;, *?])/g;

function escapeCmdCommand(path: string): string {
  return path.replace(CMD_META, '^$1');
}

/** Quotes one word for CommandLineToArgvW, then escapes cmd.exe's metacharacters (twice for npm shims). */
export function escapeCmdArgument(arg: string, twice: boolean): string {
  let quoted = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1');
  quoted = `"${quoted}"`.replace(CMD_META, '^$1');
  return twice ? quoted.replace(CMD_META, '^$1') : quoted;
}

/** Windows environment names are case-insensitive (`Path`, `PATH`). */
function envValue(env: Env, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key];
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
