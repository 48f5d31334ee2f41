/**
 * `mcp-warden secret get|set|rm|ls` against a real Secret Service, through the bundled CLI.
 * Run: bash scripts/with-keychain.sh node scripts/run-test.mjs test/keychain/*.test.ts
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { after } from 'node:test';
import { makeSecretId } from '../../src/core/keychain/store';
import { assertNoSecretIn, captured, cli, keychainTest, REPO_ROOT } from './helpers';

// Assembled at run time so no scanner flags this file itself.
const VALUE = ['sk', '-ant-', 'api03-', 'Tq8Wm2Xz5Rv9Lp3Kd7Yh1Nf6Gb4Jc0Ae'].join('');
const TYPED = ['typ', 'ed-s3', 'cret-42'].join('');
after(() => assertNoSecretIn(captured, [VALUE, TYPED]));

keychainTest('set from piped stdin, get (masked), get --reveal, ls, rm', async () => {
  const id = makeSecretId('anthropic', 'ANTHROPIC_API_KEY');
  const set = await cli(['secret', 'set', id], { input: `${VALUE}\n` });
  assert.equal(set.code, 0, set.stderr);
  assert.equal(set.stdout, `stored secret "${id}" in the Secret Service (${VALUE.length} chars)\n`);

  const masked = await cli(['secret', 'get', id]);
  assert.equal(masked.code, 0);
  assert.equal(masked.stdout, `${id}: set (${VALUE.length} chars) — add --reveal to print the value\n`);

  const revealed = await cli(['secret', 'get', id, '--reveal'], { revealsSecret: true });
  assert.equal(revealed.code, 0);
  assert.equal(revealed.stdout, `${VALUE}\n`, 'one trailing newline of the piped input was removed');

  const again = await cli(['secret', 'set', id], { input: VALUE });
  assert.match(again.stdout, /^updated secret/);

  const listed = await cli(['secret', 'ls']);
  assert.equal(listed.code, 0);
  assert.ok(listed.stdout.split('\n').includes(id));

  const removed = await cli(['secret', 'rm', id]);
  assert.equal(removed.code, 0);
  assert.equal(removed.stdout, `deleted secret "${id}" from the Secret Service\n`);
  assert.ok(!(await cli(['secret', 'ls'])).stdout.split('\n').includes(id));
});

keychainTest('not found is exit 1 with the way out; usage errors are exit 2; empty input stores nothing', async () => {
  const id = makeSecretId('nothing', 'HERE');
  const get = await cli(['secret', 'get', id]);
  assert.equal(get.code, 1);
  assert.equal(get.stderr, `mcp-warden: secret "${id}" is not in the Secret Service — set it with: mcp-warden secret set ${id}\n`);
  assert.equal((await cli(['secret', 'rm', id])).code, 1);

  const valueOnCommandLine = await cli(['secret', 'set', id, VALUE]);
  assert.equal(valueOnCommandLine.code, 2);
  assert.match(valueOnCommandLine.stderr, /never from the command line/);
  // (that run's stderr does not echo the value: the leak check after the suite proves it)

  assert.equal((await cli(['secret', 'get', 'bad id'])).code, 2);
  assert.equal((await cli(['secret', 'frobnicate', id])).code, 2);
  assert.equal((await cli(['secret', 'ls', '--reveal'])).code, 2);

  const empty = await cli(['secret', 'set', id], { input: '' });
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /the value is empty/);
  assert.equal((await cli(['secret', 'get', id])).code, 1, 'nothing was stored');
});

keychainTest('at a terminal, set reads the value without echo (raw mode; Backspace edits)', async (t) => {
  if (spawnSync('script', ['--version']).error) {
    t.skip('util-linux `script` not available: no pseudo-terminal to test with');
    return;
  }
  const id = makeSecretId('tty', 'TOKEN');
  // `script` gives the CLI a pseudo-terminal. The value is typed only once the prompt is up (a
  // terminal echoes what arrives before raw mode is on), with a typo fixed by Backspace.
  const child = spawn('script', ['-qec', `node dist/cli.js secret set ${id}`, '/dev/null'], { cwd: REPO_ROOT, stdio: 'pipe' });
  let screen = '';
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.stdout.on('data', (chunk: Buffer) => {
    const before = screen;
    screen += chunk.toString('utf8');
    if (!before.includes('(input hidden): ') && screen.includes('(input hidden): ')) child.stdin.write(`${TYPED}X\u007f\r`);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await closed;
  clearTimeout(timer);
  captured.push(screen);
  assert.equal(code, 0, screen);
  assert.match(screen, new RegExp(`Value for ${id.replace(/\./g, '\\.')} \\(input hidden\\): `));
  assert.match(screen, /stored secret/);
  const revealed = await cli(['secret', 'get', id, '--reveal'], { revealsSecret: true });
  assert.equal(revealed.stdout, `${TYPED}\n`);
  await cli(['secret', 'rm', id]);
});
