/**
 * The figures that need more than this process: the launcher's start-up overhead and the
 * migration time (inside a throwaway Secret Service session), and the extension's figures (in the
 * real VS Code server). Each one reports `{ reason }` instead of a number when it cannot run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Runs a compiled bench module inside scripts/with-keychain.sh and parses the JSON it prints. */
function inKeychainSession(repoRoot: string, module: string): object {
  const script = join(repoRoot, 'out', 'test', 'bench', module);
  if (!existsSync(script)) return { reason: `${script} is not built` };
  const result = spawnSync('bash', [join(repoRoot, 'scripts', 'with-keychain.sh'), process.execPath, script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 300_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = result.stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (result.status !== 0 || !line) return { reason: `exit ${result.status ?? result.signal}: ${result.stderr.trim().split('\n').slice(-2).join(' ')}` };
  return JSON.parse(line) as object;
}

export async function moreFigures(repoRoot: string): Promise<Record<string, object>> {
  log('launcher start-up overhead (real Secret Service)');
  const launcher = inKeychainSession(repoRoot, 'launcher-bench.js');
  log('migration of a file with 10 secrets');
  const migration = existsSync(join(repoRoot, 'out', 'test', 'bench', 'migrate-bench.js')) ? inKeychainSession(repoRoot, 'migrate-bench.js') : { reason: 'migrate-bench not built' };
  log('extension figures (VS Code server)');
  let extension: object;
  try {
    const module = (await import(pathToFileURL(join(repoRoot, 'test', 'bench', 'extension-bench.mjs')).href)) as { extensionBench(): Promise<object> };
    extension = await module.extensionBench();
  } catch (error) {
    extension = { reason: error instanceof Error ? error.message : String(error) };
  }
  return { launcher, migration, extension };
}
