/**
 * Extension figures for `npm run bench` (a benchmark, not a test):
 *
 * - vsix: size of the packaged extension (target: under 1 MB);
 * - activation: wall time of `getExtension('mcp-warden.mcp-warden').activate()` in a real
 *   extension host (cold: the workspace holds no config at start-up, so nothing activated it
 *   before), the API's `activationMs` (the synchronous part of activate()) and the time until
 *   `api.ready` (the first workspace scan);
 * - keystrokeToDiagnostics: median time from an edit (http:// ⇄ https:// in one url: adds or
 *   removes an MCP010 finding) to `vscode.languages.getDiagnostics()` reflecting it, on a typical
 *   config (the fixture workspace's .vscode/mcp.json) and on a generated ~1 MB config, with the
 *   debounce in force (`mcpWarden.debounceMs`, default 150) and with it set to 0 in the
 *   workspace. `medianMs` is when `onDidChangeDiagnostics` reports it (VS Code throttles that
 *   event by up to 50 ms); `medianPublishMs` when our collection was updated.
 *
 * The in-host part is test/integration/bench/ (mocha, plain CommonJS), run through
 * runInHostSuite on the unpacked VSIX (the shipped artifact); it writes its JSON to the file
 * named by MCP_WARDEN_BENCH_OUT, which reaches the extension host through the server's env.
 *
 * The VSIX: $MCP_WARDEN_VSIX when set (e.g. mcp-warden-<version>.vsix from `npm run package`),
 * else packaged here (production bundle + vsce, into a temp dir).
 *
 *   node test/bench/extension-bench.mjs      # prints one JSON object on stdout; progress on stderr
 *
 * or `import { extensionBench } from './extension-bench.mjs'` → the same object. Not provisioned:
 * `{ skipped: <reason> }`. Writes only to temp dirs (and test-results/ on an in-host failure).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDir, makeTempDir, missingPrerequisite, repoRoot } from '../integration/harness/env.mjs';
import { runInHostSuite } from '../integration/harness/in-host.mjs';
import { packageVsix, unpackVsix } from '../integration/harness/vsix.mjs';

const ONE_MB = 1024 * 1024;
const log = (message) => process.stderr.write(`extension-bench: ${message}\n`);
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The .vsix to measure: $MCP_WARDEN_VSIX, or a fresh package of this checkout. */
function extensionPackage() {
  const fromEnv = process.env.MCP_WARDEN_VSIX;
  if (fromEnv) {
    const file = resolve(fromEnv);
    if (!existsSync(file)) throw new Error(`MCP_WARDEN_VSIX=${fromEnv} does not exist (run npm run package)`);
    return file;
  }
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  log('packaging the extension (production bundle + vsce)');
  // The same steps as scripts/package.mjs, into a temp dir; nothing of it on our stdout.
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  return packageVsix(repoRoot, join(makeTempDir('bench-vsix'), `mcp-warden-${version}.vsix`), ['--no-rewrite-relative-links']);
}

/**
 * A VS Code `.vscode/mcp.json` (JSONC) of at least `minBytes`: a deterministic mix of stdio, http
 * and container servers, about one in three with findings, like a big real config. The server
 * `bench-target` sits in the middle with `https://<targetHost>/mcp`, the url the bench edits.
 */
export function largeConfig(minBytes = ONE_MB, targetHost = 'mcp.bench-target.example.com') {
  const build = (count) => {
    const inputs = [];
    const servers = {};
    for (let i = 0; i < count; i++) {
      const id = String(i).padStart(5, '0');
      if (i === count >> 1) servers['bench-target'] = { type: 'http', url: `https://${targetHost}/mcp`, headers: { Authorization: 'Bearer ${input:bench-token}' } };
      switch (i % 6) {
        case 0:
          inputs.push({ type: 'promptString', id: `token-${id}`, description: `API token for server ${id}`, password: true });
          servers[`npm-${id}`] = { command: 'npx', args: ['-y', `@example/mcp-server-${id}@1.${i % 10}.0`], env: { API_TOKEN: `\${input:token-${id}}`, LOG_LEVEL: 'info' } };
          break;
        case 1:
          servers[`remote-${id}`] = { type: 'http', url: `https://mcp-${id}.example.com/mcp`, headers: { Accept: 'application/json' } };
          break;
        case 2:
          servers[`lan-${id}`] = { type: 'http', url: `http://10.0.${(i >> 8) & 255}.${i & 255}:8080/mcp` }; // MCP010
          break;
        case 3:
          servers[`py-${id}`] = { command: 'uvx', args: [`mcp-server-tool-${id}`, '--host', '0.0.0.0'] }; // unpinned, all interfaces
          break;
        case 4:
          servers[`box-${id}`] = { command: 'docker', args: ['run', '-i', '--rm', '-v', `/srv/mcp/${id}:/data:ro`, `ghcr.io/example/mcp-${id}:1.0.${i % 7}`] };
          break;
        default:
          servers[`fs-${id}`] = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '${workspaceFolder}'] };
      }
    }
    inputs.push({ type: 'promptString', id: 'bench-token', description: 'Bench token', password: true });
    return `// generated by test/bench/extension-bench.mjs\n${JSON.stringify({ inputs, servers }, null, 2)}\n`;
  };
  const probe = build(100);
  const count = Math.ceil((minBytes / Buffer.byteLength(probe)) * 100 * 1.02);
  const text = build(count);
  return { text, servers: count + 1, targetHost };
}

/** Runs `fn` with everything written to stdout (the harness's log) going to stderr instead. */
async function stdoutToStderr(fn) {
  const write = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr);
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

/**
 * @param {{ edits?: number, warmup?: number }} [options]  measured edits per case (default 10)
 *   and unmeasured ones before them (default 2)
 * @returns {Promise<object>} the figures (see the file comment), or `{ skipped }`
 */
export async function extensionBench({ edits = 10, warmup = 2 } = {}) {
  const missing = missingPrerequisite();
  if (missing) return { skipped: missing };

  const vsix = extensionPackage();
  const bytes = statSync(vsix).size;
  const report = {
    vsix: { file: vsix, bytes, kib: round(bytes / 1024), targetBytes: ONE_MB, underTarget: bytes < ONE_MB },
  };

  const temp = makeTempDir('ext-bench');
  const extensionPath = unpackVsix(vsix, join(temp, 'vsix'));
  report.vsix.extensionJsBytes = statSync(join(extensionPath, 'dist', 'extension.js')).size;

  // The workspace starts without any MCP config (a cold activation); the suite writes them in.
  const workspace = ensureDir(join(temp, 'workspace', 'bench-workspace'));
  writeFileSync(join(workspace, 'README.md'), '# MCP Warden bench workspace\n');
  const typicalSource = join(repoRoot, 'test', 'fixtures', 'workspace', '.vscode', 'mcp.json');
  const large = largeConfig();
  const largeSource = join(temp, 'large-mcp.json');
  writeFileSync(largeSource, large.text);
  const dataFile = join(temp, 'bench-data.json');
  writeFileSync(dataFile, JSON.stringify({
    edits,
    warmup,
    configs: [
      { name: 'typical', path: '.vscode/mcp.json', source: typicalSource, targetHost: 'mcp.search.example.com' },
      { name: 'large', path: 'large/.vscode/mcp.json', source: largeSource, targetHost: large.targetHost },
    ],
  }));
  const outFile = join(temp, 'bench-result.json');

  log(`in-host bench: ${edits} edits per case (+${warmup} warm-up), typical ${statSync(typicalSource).size} B, large ${Buffer.byteLength(large.text)} B (${large.servers} servers)`);
  const code = await stdoutToStderr(() => runInHostSuite({
    extensionPath,
    testsPath: join(repoRoot, 'test', 'integration', 'bench', 'index.js'),
    workspace,
    env: { MCP_WARDEN_BENCH_OUT: outFile, MCP_WARDEN_BENCH_DATA: dataFile },
    timeoutMs: 600_000,
    screenshotOnFailure: join(ensureDir(join(repoRoot, 'test-results')), 'extension-bench-failure.png'),
  }));
  if (!existsSync(outFile)) {
    report.error = `the in-host bench wrote no results (exit code ${code})`;
    return report;
  }
  const inHost = JSON.parse(readFileSync(outFile, 'utf8'));
  if (code !== 0) report.error = `the in-host bench failed (exit code ${code}); figures may be partial`;
  if (inHost.errors?.length) report.errors = inHost.errors;
  report.activation = inHost.activation;
  report.keystrokeToDiagnostics = { ...inHost.keystrokeToDiagnostics, editsPerCase: edits };
  if (report.keystrokeToDiagnostics.large) report.keystrokeToDiagnostics.large.servers = large.servers;
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const report = await extensionBench();
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.exitCode = report.error ? 1 : 0;
  } catch (error) {
    log(`failed: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  }
}
