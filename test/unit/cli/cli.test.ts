import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, workspace } from './run-cli';

// Assembled at run time so no scanner flags this test file itself.
const FAKE_GITHUB_TOKEN = ['ghp', '_', 'R8x2Kq7ZmW4pLs9TnV3bYc6HdJ1fGa5EuQ0o'].join('');

const INSECURE = JSON.stringify(
  {
    servers: {
      github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_TOKEN: FAKE_GITHUB_TOKEN } },
      remote: { type: 'http', url: 'http://mcp.example.com/mcp' },
    },
  },
  null,
  2,
);
const CLEAN = JSON.stringify({ servers: { local: { command: 'node', args: ['server.js'] } } }, null, 2);

test('json output has exactly the documented shape and no secret value', async () => {
  const dir = workspace({ '.vscode/mcp.json': INSECURE });
  const run = await cli(['scan', join(dir, '.vscode/mcp.json'), '--format', 'json']);
  assert.equal(run.code, 1);
  assert.ok(!run.stdout.includes(FAKE_GITHUB_TOKEN.slice(4)), 'secret leaked into json output');
  const report = JSON.parse(run.stdout) as { version: number; files: Array<Record<string, unknown>> };
  assert.equal(report.version, 1);
  assert.deepEqual(Object.keys(report), ['version', 'files']);
  const file = report.files[0] as { path: string; dialect: string; findings: Array<Record<string, unknown>> };
  assert.equal(file.path, join(dir, '.vscode/mcp.json'));
  assert.equal(file.dialect, 'vscode');
  assert.ok(file.findings.length >= 2);
  for (const finding of file.findings) {
    assert.deepEqual(Object.keys(finding), ['ruleId', 'category', 'severity', 'message', 'pointer', 'range']);
  }
  const secret = file.findings.find((f) => f.ruleId === 'MCP001');
  assert.equal(secret?.pointer, '/servers/github/env/GITHUB_TOKEN');
  assert.equal(secret?.category, 'secret');
});

test('exit codes: 0 clean, 1 findings at --fail-on, 2 usage errors', async () => {
  const dir = workspace({ '.vscode/mcp.json': CLEAN, 'bad/.vscode/mcp.json': INSECURE });
  assert.equal((await cli(['scan', join(dir, '.vscode/mcp.json')])).code, 0);
  assert.equal((await cli(['scan', join(dir, 'bad')])).code, 1);
  assert.equal((await cli(['scan', join(dir, 'bad'), '--fail-on', 'never'])).code, 0);
  assert.equal((await cli(['scan', '--format', 'xml'])).code, 2);
  assert.equal((await cli(['scan', '--nope'])).code, 2);
  assert.equal((await cli(['frobnicate'])).code, 2);
  const missing = await cli(['scan', join(dir, 'does-not-exist.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such file or folder/);
});

test('with no paths it scans the known config files of the current folder', async () => {
  const dir = workspace({ '.vscode/mcp.json': INSECURE, '.cursor/mcp.json': CLEAN.replace('"servers"', '"mcpServers"') });
  const run = await cli(['scan', '--format', 'json'], dir);
  const report = JSON.parse(run.stdout) as { files: Array<{ path: string }> };
  assert.deepEqual(report.files.map((f) => f.path).sort(), ['.cursor/mcp.json', '.vscode/mcp.json']);
});

test('text output: file:line:col, rule id, summary; no secret value', async () => {
  const dir = workspace({ '.vscode/mcp.json': INSECURE });
  const run = await cli(['scan', dir], process.cwd());
  assert.match(run.stdout, /mcp\.json:\d+:\d+ {2}error {4}MCP001 {2}/);
  assert.match(run.stdout, /problems? \(\d+ errors?/);
  assert.ok(!run.stdout.includes(FAKE_GITHUB_TOKEN.slice(4)));
  assert.ok(!run.stdout.includes('\u001b['), 'no colour when NO_COLOR is set');
});

test('sarif output is SARIF 2.1.0 with rules, help, a help page and security-severity', async () => {
  const dir = workspace({ '.vscode/mcp.json': INSECURE });
  const run = await cli(['scan', dir, '--format', 'sarif']);
  assert.ok(!run.stdout.includes(FAKE_GITHUB_TOKEN.slice(4)));
  const sarif = JSON.parse(run.stdout) as {
    version: string;
    runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string; help: { text: string }; properties: Record<string, string> }> } }; results: Array<{ ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }> }>;
  };
  assert.equal(sarif.version, '2.1.0');
  const [runResult] = sarif.runs;
  assert.ok(runResult);
  const rules = runResult.tool.driver.rules;
  assert.ok(rules.length >= 19);
  for (const rule of rules) {
    assert.ok(rule.help.text.length > 0);
    assert.match(rule.helpUri, /^https:\/\/github\.com\/mcp-warden\/mcp-warden\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
    assert.match(rule.properties['security-severity'] ?? '', /^\d+\.\d$/);
  }
  const result = runResult.results.find((r) => r.ruleId === 'MCP001');
  assert.ok(result);
  assert.equal(rules[result.ruleIndex]?.id, 'MCP001');
  const region = result.locations[0]?.physicalLocation.region;
  assert.ok(region && region.startLine >= 1 && region.startColumn >= 1);
});

test('non-JSON files are a syntax finding; unreadable files a clear error line; never a crash', async () => {
  const dir = workspace({ '.vscode/mcp.json': '{ "servers": { "a": ', 'locked/.cursor/mcp.json': CLEAN });
  const broken = await cli(['scan', join(dir, '.vscode/mcp.json'), '--format', 'json']);
  const report = JSON.parse(broken.stdout) as { files: Array<{ findings: Array<{ ruleId: string }> }> };
  assert.ok(report.files[0]?.findings.some((f) => f.ruleId === 'MCP071'));
  assert.equal(broken.code, 1);

  const binary = join(dir, 'blob.json');
  writeFileSync(binary, Buffer.from([0x7b, 0x00, 0xff, 0x00]));
  const binaryRun = await cli(['scan', binary]);
  assert.equal(binaryRun.code, 2);
  assert.match(binaryRun.stderr, /not a text file/);

  if (process.getuid?.() !== 0) {
    const locked = join(dir, 'locked/.cursor/mcp.json');
    chmodSync(locked, 0o000);
    const run = await cli(['scan', locked]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read .*permission denied/);
  }
});

test('--output writes the report to a file', async () => {
  const dir = workspace({ '.vscode/mcp.json': CLEAN });
  const out = join(dir, 'report.sarif');
  const run = await cli(['scan', dir, '--format', 'sarif', '--output', out]);
  assert.equal(run.code, 0);
  assert.equal(run.stdout, '');
  assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { version: string }).version, '2.1.0');
});

test('--version and --help', async () => {
  assert.match((await cli(['--version'])).stdout, /^\d+\.\d+\.\d+\n$/);
  assert.match((await cli(['scan', '--help'])).stdout, /--format text\|json\|sarif/);
});
