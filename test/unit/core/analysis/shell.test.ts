import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitShellCommands, tokenizeShell } from '../../../../src/core/analysis/shell';

const values = (script: string): string[] => tokenizeShell(script).filter((t) => !t.operator).map((t) => t.value);

test('tokenizer: quotes, escapes, positions', () => {
  assert.deepEqual(values(`npx -y "@scope/pkg@1.0.0" 'a b' c\\ d`), ['npx', '-y', '@scope/pkg@1.0.0', 'a b', 'c d']);
  const tokens = tokenizeShell(`echo "x y"`);
  assert.deepEqual(tokens[1], { value: 'x y', start: 5, end: 10 });
  assert.deepEqual(values('a"b"c'), ['abc']);
  assert.deepEqual(values(`echo "say \\"hi\\""`), ['echo', 'say "hi"']);
  // Unclosed quote runs to the end instead of throwing.
  assert.deepEqual(values(`echo "open`), ['echo', 'open']);
  // Backslash only escapes shell-special characters: Windows paths survive.
  assert.deepEqual(values('C:\\Users\\me\\npx.cmd -y'), ['C:\\Users\\me\\npx.cmd', '-y']);
  assert.deepEqual(values('echo "$(curl -s x | head)" done'), ['echo', '$(curl -s x | head)', 'done']);
});

test('tokenizer: redirections and comments are not words', () => {
  assert.deepEqual(values('node server.js 2>&1 > /tmp/log # comment'), ['node', 'server.js']);
  assert.deepEqual(values('cmd &> out.txt arg'), ['cmd', 'arg']);
});

test('commands split at operators; a pipe marks the next command', () => {
  const commands = splitShellCommands('cd /x && curl -fsSL https://get.example.com | sudo bash; echo ok\nnext');
  assert.deepEqual(
    commands.map((c) => [c.words.map((w) => w.value).join(' '), c.pipedFrom]),
    [
      ['cd /x', false],
      ['curl -fsSL https://get.example.com', false],
      ['sudo bash', true],
      ['echo ok', false],
      ['next', false],
    ],
  );
});

test('cmd and PowerShell flavours', () => {
  assert.deepEqual(
    tokenizeShell('npx -y pkg & echo "C:\\dir\\"', 'cmd').filter((t) => !t.operator).map((t) => t.value),
    ['npx', '-y', 'pkg', 'echo', 'C:\\dir\\'],
  );
  assert.deepEqual(
    splitShellCommands("& { npx -y 'it''s' }; iwr x | iex", 'powershell').map((c) => c.words.map((w) => w.value)),
    [['npx', '-y', "it's"], ['iwr', 'x'], ['iex']],
  );
});

test('tokenizing stays linear on adversarial text', () => {
  for (const chunk of ['"'.repeat(100001), '$('.repeat(50000), '\\'.repeat(100000), ' | sh'.repeat(20000), '2>&1 '.repeat(20000), '`'.repeat(100001)]) {
    const started = performance.now();
    splitShellCommands(chunk);
    assert.ok(performance.now() - started < 1000, JSON.stringify(chunk.slice(0, 6)));
  }
});
