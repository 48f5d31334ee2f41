/**
 * The per-user launcher shim, `~/.mcp-warden/bin/mcp-warden` (`.cmd` on Windows): a stable path
 * that configs of other clients can name, which runs the current MCP Warden CLI. The extension
 * refreshes it at activation (pointing at its own bundled CLI, with VS Code's runtime when no
 * `node` is on PATH); `mcp-warden migrate` refreshes it to point at itself.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, isAbsolute } from 'node:path';
import type { DialectId } from '../core/dialects/dialect';

export function shimPath(home: string, platform: NodeJS.Platform = process.platform): string {
  return join(home, '.mcp-warden', 'bin', platform === 'win32' ? 'mcp-warden.cmd' : 'mcp-warden');
}

export interface ShimTarget {
  /** The CLI script to run (`dist/cli.js`). */
  cliPath: string;
  /** A runtime to use when no `node` is on PATH (VS Code's own, with ELECTRON_RUN_AS_NODE=1). */
  fallbackRuntime?: string;
}

/** `dist/run.js` beside `dist/cli.js`: the launcher alone (src/cli/run-main.ts). */
function runPathBeside(cliPath: string): string {
  return join(dirname(cliPath), 'run.js');
}

function shQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function shimScript(target: ShimTarget, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    const lines = ['@echo off', 'rem MCP Warden launcher shim: refreshed by the extension and by "mcp-warden migrate".', 'where node >nul 2>nul'];
    lines.push(`if %ERRORLEVEL%==0 ( node "${target.cliPath}" %* & exit /b %ERRORLEVEL% )`);
    if (target.fallbackRuntime) lines.push(`set ELECTRON_RUN_AS_NODE=1`, `"${target.fallbackRuntime}" "${target.cliPath}" %*`, 'exit /b %ERRORLEVEL%');
    else lines.push('echo mcp-warden: no node on PATH 1>&2', 'exit /b 127');
    return `${lines.join('\r\n')}\r\n`;
  }
  const lines = [
    '#!/bin/sh',
    '# MCP Warden launcher shim: refreshed by the extension and by "mcp-warden migrate".',
    `cli=${shQuote(target.cliPath)}`,
    // `run` (every server start) takes the lean launcher bundle beside the CLI when it is there.
    `case "$1" in run) [ -f ${shQuote(runPathBeside(target.cliPath))} ] && cli=${shQuote(runPathBeside(target.cliPath))} ;; esac`,
    'if command -v node >/dev/null 2>&1; then exec node "$cli" "$@"; fi',
  ];
  if (target.fallbackRuntime) lines.push(`ELECTRON_RUN_AS_NODE=1 exec ${shQuote(target.fallbackRuntime)} "$cli" "$@"`);
  else lines.push('echo "mcp-warden: no node on PATH" >&2', 'exit 127');
  return `${lines.join('\n')}\n`;
}

/** Writes the shim (atomically, executable) unless it already says exactly this. */
export async function installShim(home: string, target: ShimTarget, platform: NodeJS.Platform = process.platform): Promise<{ path: string; changed: boolean }> {
  const path = shimPath(home, platform);
  const content = shimScript(target, platform);
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === content) return { path, changed: false };
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode: 0o755 });
  await chmod(temporary, 0o755);
  await rename(temporary, path);
  return { path, changed: true };
}

/**
 * How a config names the launcher: user-level files by absolute path; project files through the
 * client's own home variable where it expands one in `command` (so the file works for teammates).
 */
export function launcherCommandFor(dialect: DialectId, userLevel: boolean, home: string, platform: NodeJS.Platform = process.platform): string {
  const absolute = shimPath(home, platform);
  if (userLevel || platform === 'win32') return absolute;
  const inHome = relative(home, absolute).replace(/\\/g, '/');
  if (inHome.startsWith('..') || isAbsolute(inHome)) return absolute;
  switch (dialect) {
    case 'cursor':
      return `\${userHome}/${inHome}`;
    case 'claude-code':
    case 'gemini':
    case 'copilot-cli':
      return `\${HOME}/${inHome}`;
    default:
      return absolute;
  }
}
