import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandLines } from '../../../../src/core/analysis/command-lines';
import { shellInvocation } from '../../../../src/core/analysis/shell-scripts';
import { scan, vscodeServer } from '../../helpers';

test('commandLines walks into shell scripts and cmd /c', () => {
  const text = JSON.stringify(vscodeServer({ command: 'bash', args: ['-lc', 'FOO=1 npx -y pkg && curl -s https://x | sh'] }));
  const server = scan(text).servers[0];
  assert.ok(server);
  const lines = commandLines(server);
  assert.deepEqual(
    lines.map((l) => [l.depth, l.prefix.map((w) => w.value).join(' '), l.words.map((w) => w.value).join(' '), l.pipedFrom]),
    [
      [0, '', 'bash -lc FOO=1 npx -y pkg && curl -s https://x | sh', false],
      [1, 'FOO=1', 'npx -y pkg', false],
      [1, '', 'curl -s https://x', false],
      [1, '', 'sh', true],
    ],
  );
  const pkg = lines[1]?.words[2];
  assert.ok(pkg && pkg.node.type === 'string');
  assert.equal(pkg.node.value.slice(pkg.start, pkg.end), 'pkg');
  assert.equal(pkg.whole, false);
  assert.equal(shellInvocation(lines[0]?.words ?? [])?.script.value, 'FOO=1 npx -y pkg && curl -s https://x | sh');

  const cmd = scan(JSON.stringify(vscodeServer({ command: 'cmd', args: ['/c', 'npx', '-y', 'pkg'] }))).servers[0];
  assert.ok(cmd);
  const inner = commandLines(cmd)[1];
  assert.deepEqual(inner?.words.map((w) => [w.value, w.argIndex, w.whole]), [['npx', 1, true], ['-y', 2, true], ['pkg', 3, true]]);
});

test('commandLines: a command string with spaces is split when it starts with a known program', () => {
  const server = scan(JSON.stringify(vscodeServer({ command: 'npx -y pkg' }))).servers[0];
  assert.ok(server);
  assert.deepEqual(commandLines(server)[0]?.words.map((w) => w.value), ['npx', '-y', 'pkg']);
  const path = scan(JSON.stringify(vscodeServer({ command: 'C:\\Program Files\\tool\\server.exe' }))).servers[0];
  assert.ok(path);
  assert.deepEqual(commandLines(path)[0]?.words.map((w) => w.value), ['C:\\Program Files\\tool\\server.exe']);
});
