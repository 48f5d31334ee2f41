/** Shared helpers for the CLI tests: run a command in-process, make a folder of files. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/cli';
import { captureOutput } from '../../capture';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `mcp-warden <argv>` in `cwd` without colours, capturing what it writes. */
export async function cli(argv: string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<Run> {
  const output = captureOutput();
  const code = await runCli(argv, { stdout: output.stdout, stderr: output.stderr, cwd, env: { NO_COLOR: '1', ...env } });
  return { code, ...output.text() };
}

/** A new temporary folder holding `files` (relative path -> content). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
