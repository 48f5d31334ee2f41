/**
 * `mcp-warden run --` end to end: a real Secret Service, the bundled CLI, the fixture MCP server
 * and the SDK's client. Run: bash scripts/with-keychain.sh node scripts/run-test.mjs test/keychain/*.test.ts
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeSecretId } from '../../src/core/keychain/store';
import { OsSecretStore } from '../../src/node/os-keychain';
import { assertNoSecretIn, callTool, captured, CLI, cli, FIXTURE_SERVER, keychainTest, run } from './helpers';

// Assembled at run time so no scanner flags this file itself.
const TOKEN = ['ghp', '_', 'Zq3LmN8vB2xR7tW4yK9pD6sF1hJ5gC0aE2uQ'].join('');
const PASSWORD = ['s3cr', 'et-pa', 'ss:w/rd'].join('');
const secrets = [TOKEN, PASSWORD];

const tokenId = makeSecretId('github', 'GITHUB_TOKEN');
const passwordId = makeSecretId('db', 'DB_PASSWORD');
const missingId = makeSecretId('ghost', 'NOT_THERE');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const ref = (id: string) => `\${keychain:${id}}`;
const launcher = (...command: string[]) => [CLI, 'run', '--', ...command];
let dir = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mcp-warden-launcher-'));
  if (process.env.MCP_WARDEN_TEST_KEYCHAIN !== '1') return;
  const store = new OsSecretStore();
  await store.set(tokenId, TOKEN).catch(() => undefined);
  await store.set(passwordId, PASSWORD).catch(() => undefined);
});

after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (process.env.MCP_WARDEN_TEST_KEYCHAIN === '1') {
    const store = new OsSecretStore();
    await store.delete(tokenId).catch(() => false);
    await store.delete(passwordId).catch(() => false);
  }
  assertNoSecretIn(captured, secrets);
});

keychainTest('the server gets the secret in its env (also inside a longer value) — checked through an MCP tool call', async () => {
  const env = { ...process.env, GITHUB_TOKEN: ref(tokenId), AUTH_HEADER: `Bearer ${ref(tokenId)}`, PLAIN: 'unchanged' };
  const call = (name: string) => callTool({ command: process.execPath, args: launcher(process.execPath, FIXTURE_SERVER), env, tool: 'env_hash', arguments: { name } });
  const token = await call('GITHUB_TOKEN');
  captured.push(token.text, token.stderr);
  assert.equal(token.text, sha256(TOKEN));
  assert.equal((await call('AUTH_HEADER')).text, sha256(`Bearer ${TOKEN}`));
  assert.equal((await call('PLAIN')).text, sha256('unchanged'));
  assert.equal((await call('NOT_SET_ANYWHERE')).text, 'unset');
});

keychainTest('arguments are substituted, also inside URLs and flags; several ids in one run', async () => {
  const args = [`--token=${ref(tokenId)}`, `postgres://app:${ref(passwordId)}@db.internal:5432/app`, 'literal', ref(tokenId)];
  const result = await callTool({ command: process.execPath, args: launcher(process.execPath, FIXTURE_SERVER, ...args), tool: 'args_hash' });
  captured.push(result.text, result.stderr);
  const expected = [`--token=${TOKEN}`, `postgres://app:${PASSWORD}@db.internal:5432/app`, 'literal', TOKEN].join('\0');
  assert.equal(result.text, sha256(expected));
});

keychainTest('stdout is passed through byte for byte (same bytes as starting the server directly)', async () => {
  const requests =
    [
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'env_hash', arguments: { name: 'GITHUB_TOKEN' } } },
    ]
      .map((message) => JSON.stringify(message))
      .join('\n') + '\n';
  const direct = await run(process.execPath, [FIXTURE_SERVER], { env: { ...process.env, GITHUB_TOKEN: TOKEN }, input: requests });
  const viaLauncher = await run(process.execPath, launcher(process.execPath, FIXTURE_SERVER), { env: { ...process.env, GITHUB_TOKEN: ref(tokenId) }, input: requests });
  assert.equal(viaLauncher.code, 0, viaLauncher.stderr);
  assert.equal(viaLauncher.stdout.split('\n').filter(Boolean).length, 2, 'two responses');
  assert.equal(viaLauncher.stdout, direct.stdout);
  assert.ok(viaLauncher.stdout.includes(sha256(TOKEN)));
});

keychainTest('secret values in the server’s stderr are masked, even split across writes', async () => {
  const init = `${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } })}\n`;
  const result = await run(process.execPath, launcher(process.execPath, FIXTURE_SERVER), {
    env: { ...process.env, GITHUB_TOKEN: `token ${ref(tokenId)} end`, FIXTURE_STDERR_ENV: 'GITHUB_TOKEN' },
    input: init,
  });
  assert.equal(result.code, 0);
  assert.match(result.stderr, /^fixture: GITHUB_TOKEN=token \*\*\* end$/m);
  assert.match(result.stderr, /^fixture: done$/m);
  assert.ok(!result.stderr.includes(TOKEN.slice(0, 8)), 'not even a prefix of the secret');
});

keychainTest('a missing secret: exit 120, one clear line, and the server is never started', async () => {
  const pidFile = join(dir, 'missing.pid');
  const result = await cli(['run', '--', process.execPath, FIXTURE_SERVER], {
    env: { ...process.env, GITHUB_TOKEN: ref(tokenId), OTHER: ref(missingId), FIXTURE_PID_FILE: pidFile },
  });
  assert.equal(result.code, 120);
  assert.equal(result.stderr, `mcp-warden: secret "${missingId}" is not in the keychain — set it with: mcp-warden secret set ${missingId}\n`);
  assert.equal(result.stdout, '');
  await sleep(200);
  assert.ok(!existsSync(pidFile), 'the server did not start');
});

keychainTest('a missing command: exit 127, one line; a non-executable file: 126', async () => {
  const missing = await cli(['run', '--', 'mcp-warden-no-such-command', ref(tokenId)]);
  assert.equal(missing.code, 127);
  assert.equal(missing.stderr, 'mcp-warden: command not found: "mcp-warden-no-such-command" (is it installed and on PATH?)\n');
  const file = join(dir, 'not-executable.sh');
  writeFileSync(file, '#!/bin/sh\necho hi\n');
  chmodSync(file, 0o644);
  const notExecutable = await cli(['run', '--', file]);
  assert.equal(notExecutable.code, 126);
  assert.equal(notExecutable.stderr.trim().split('\n').length, 1);
});

keychainTest('the server’s exit code is the launcher’s; death by signal is 128 + N', async () => {
  const env = { ...process.env, GITHUB_TOKEN: ref(tokenId) };
  assert.equal((await cli(['run', '--', process.execPath, FIXTURE_SERVER], { env: { ...env, FIXTURE_EXIT_CODE: '7' } })).code, 7);
  assert.equal((await cli(['run', '--', process.execPath, '-e', 'process.exit(0)'], { env })).code, 0);
  assert.equal((await cli(['run', '--', process.execPath, '-e', "process.kill(process.pid, 'SIGKILL')"], { env })).code, 137);
});

for (const [signal, number] of [['SIGTERM', 15], ['SIGINT', 2], ['SIGHUP', 1]] as const) {
  keychainTest(`${signal} to the launcher is forwarded: the server ends and the exit code is ${128 + number}`, async () => {
    const pidFile = join(dir, `${signal}.pid`);
    const child = spawn(process.execPath, launcher(process.execPath, FIXTURE_SERVER), {
      env: { ...process.env, GITHUB_TOKEN: ref(tokenId), FIXTURE_PID_FILE: pidFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 100 && !existsSync(pidFile); i++) await sleep(50);
    const serverPid = Number(readFileSync(pidFile, 'utf8'));
    assert.ok(isAlive(serverPid));
    child.kill(signal);
    assert.equal(await exited, 128 + number, stderr);
    captured.push(stderr);
    for (let i = 0; i < 40 && isAlive(serverPid); i++) await sleep(25);
    assert.ok(!isAlive(serverPid), 'the server ended');
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
