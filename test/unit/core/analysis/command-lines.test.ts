import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitShellCommands, tokenizeShell } from '../../../../src/core/analysis/shell';
import { programName, switchValue } from '../../../../src/core/analysis/words';
import { findLaunch } from '../../../../src/core/analysis/launchers';
import { packageOf, pinStatus } from '../../../../src/core/analysis/package-pins';
import { decodePowershellBase64, shellInvocation } from '../../../../src/core/analysis/shell-scripts';
import { removeEntriesEdits } from '../../../../src/core/json/edits';
import { commandLines } from '../../../../src/core/analysis/command-lines';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';
import { scan, vscodeServer } from '../../helpers';

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

test('programName strips directories, extensions and case', () => {
  assert.equal(programName('/usr/local/bin/npx'), 'npx');
  assert.equal(programName('C:\\Program Files\\nodejs\\NPX.CMD'), 'npx');
  assert.equal(programName('docker.exe'), 'docker');
});

test('findLaunch: npm-style launchers, flags and --package', () => {
  assert.deepEqual(findLaunch(['npx', '-y', '@scope/pkg@1.2.3', '--port', '1'])?.packages, [{ spec: '@scope/pkg@1.2.3', index: 2 }]);
  assert.deepEqual(findLaunch(['npx', '-y', '--package=@a/b@1.0.0', 'b-cli'])?.packages, [{ spec: '@a/b@1.0.0', index: 2 }]);
  assert.deepEqual(findLaunch(['npx', '-p', 'x', '-p', 'y@2.0.0', 'cmd'])?.packages.map((p) => p.spec), ['x', 'y@2.0.0']);
  assert.deepEqual(findLaunch(['npx', '--registry', 'https://r', 'pkg'])?.packages, [{ spec: 'pkg', index: 3 }]);
  assert.equal(findLaunch(['npm', 'exec', '--yes', '--', 'pkg'])?.packages[0]?.spec, 'pkg');
  assert.equal(findLaunch(['npm', 'run', 'start']), undefined);
  assert.equal(findLaunch(['pnpm', 'dlx', 'pkg'])?.launcher, 'pnpm dlx');
  assert.equal(findLaunch(['yarn', 'dlx', '-q', 'pkg'])?.packages[0]?.spec, 'pkg');
  assert.equal(findLaunch(['bunx', '--bun', 'pkg'])?.packages[0]?.spec, 'pkg');
  assert.equal(findLaunch(['bun', 'x', 'pkg'])?.launcher, 'bunx');
  assert.equal(findLaunch(['node', 'server.js']), undefined);
  assert.deepEqual(findLaunch(['npx', '-y'])?.packages, []);
});

test('findLaunch: Python launchers', () => {
  assert.equal(findLaunch(['uvx', 'mcp-server-fetch'])?.packages[0]?.spec, 'mcp-server-fetch');
  assert.deepEqual(findLaunch(['uvx', '--python', '3.12', '--from', 'pkg==1.0', 'cmd'])?.packages, [{ spec: 'pkg==1.0', index: 4 }]);
  assert.equal(findLaunch(['uv', 'tool', 'run', 'pkg'])?.launcher, 'uvx');
  assert.equal(findLaunch(['pipx', 'run', '--spec', 'pkg==2.0', 'cmd'])?.packages[0]?.spec, 'pkg==2.0');
});

test('findLaunch: docker run skips options with values and stops at the image', () => {
  const launch = findLaunch(['docker', 'run', '-i', '--rm', '-e', 'FOO', '-v', 'a:b', '--network=host', '-p8080:80', '-it', 'ghcr.io/o/img:1.2', '--flag', 'x']);
  assert.equal(launch?.launcher, 'docker run');
  assert.deepEqual(launch?.packages, [{ spec: 'ghcr.io/o/img:1.2', index: 11 }]);
  assert.equal(launch?.argsStart, 12);
  assert.deepEqual(
    launch?.containerOptions?.map((o) => [o.name, o.value ?? null]),
    [
      ['--interactive', null],
      ['--rm', null],
      ['--env', 'FOO'],
      ['--volume', 'a:b'],
      ['--network', 'host'],
      ['--publish', '8080:80'],
      ['--interactive', null],
      ['--tty', null],
    ],
  );
  assert.equal(findLaunch(['docker', '--context', 'x', 'container', 'run', 'img'])?.packages[0]?.spec, 'img');
  assert.equal(findLaunch(['podman', 'run', 'img'])?.launcher, 'podman run');
  assert.equal(findLaunch(['docker', 'exec', 'c', 'sh']), undefined);
});

test('pinStatus: npm', () => {
  const state = (spec: string): string => pinStatus('npm', spec).state;
  for (const spec of ['pkg@1.2.3', '@scope/pkg@1.2.3', 'pkg@1.0.0-beta.1', 'github:o/r#0123456789abcdef0123456789abcdef01234567', 'o/r#0123456789abcdef0123456789abcdef01234567', 'git+https://github.com/o/r.git#0123456789abcdef0123456789abcdef01234567']) {
    assert.equal(state(spec), 'pinned', spec);
  }
  for (const spec of ['pkg', '@scope/pkg', 'pkg@latest', 'pkg@^1', 'pkg@1', 'pkg@1.x', 'pkg@~1.2.3', 'pkg@next', 'github:o/r', 'o/r#main']) {
    assert.equal(state(spec), 'unpinned', spec);
  }
  for (const spec of ['./local', '/abs/path', 'file:../x', '${input:pkg}', '<package>', 'C:\\x']) {
    assert.equal(state(spec), 'not-a-package', spec);
  }
  assert.equal(pinStatus('npm', 'pkg@latest').reason, '@latest');
});

test('pinStatus: PyPI and containers', () => {
  const py = (spec: string): string => pinStatus('pypi', spec).state;
  assert.equal(py('mcp-server-fetch==0.6.2'), 'pinned');
  assert.equal(py('pkg[cli]==1.0'), 'pinned');
  assert.equal(py('pkg@0.6.2'), 'pinned');
  assert.equal(py('git+https://github.com/o/r@0123456789abcdef0123456789abcdef01234567'), 'pinned');
  assert.equal(py('pkg'), 'unpinned');
  assert.equal(py('pkg>=1.0'), 'unpinned');
  assert.equal(py('pkg==1.*'), 'unpinned');
  assert.equal(py('pkg@latest'), 'unpinned');
  assert.equal(py('git+https://github.com/o/r@main'), 'unpinned');
  const image = (spec: string): string => pinStatus('container', spec).state;
  assert.equal(image('mcp/github@sha256:' + 'a'.repeat(64)), 'pinned');
  assert.equal(image('ghcr.io/o/img:1.2.3'), 'pinned');
  assert.equal(image('node:20-alpine'), 'pinned');
  assert.equal(image('localhost:5000/img'), 'unpinned');
  assert.equal(image('mcp/github'), 'unpinned');
  assert.equal(image('mcp/github:latest'), 'unpinned');
  assert.equal(image('img:main'), 'unpinned');
  assert.equal(image('${IMAGE}'), 'not-a-package');
});

test('packageOf gives the server tree the first package and its args index', () => {
  assert.deepEqual(packageOf(['npx', '-y', 'pkg@1.0.0']), { launcher: 'npx', ecosystem: 'npm', spec: 'pkg@1.0.0', pinned: true, argIndex: 1 });
  assert.equal(packageOf(['docker', 'run', '-i', 'mcp/x'])?.pinned, false);
  assert.equal(packageOf(['node', 'x.js']), undefined);
});

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

test('PowerShell -EncodedCommand is decoded', () => {
  const encoded = Buffer.from('npx -y pkg', 'utf16le').toString('base64');
  assert.equal(decodePowershellBase64(encoded), 'npx -y pkg');
  const server = scan(JSON.stringify(vscodeServer({ command: 'powershell', args: ['-NoProfile', '-enc', encoded] }))).servers[0];
  assert.ok(server);
  assert.deepEqual(commandLines(server)[1]?.words.map((w) => w.value), ['npx', '-y', 'pkg']);
});

test('switchValue reads on/off spellings', () => {
  assert.equal(switchValue('TRUE'), true);
  assert.equal(switchValue('0'), false);
  assert.equal(switchValue(0), false);
  assert.equal(switchValue('maybe'), undefined);
});

test('removeEntriesEdits keeps the formatting around removed entries', () => {
  const remove = (text: string, indices: number[]): string => {
    const document = parseDocument(text);
    const array = document.root;
    assert.ok(array?.type === 'array');
    const spans = array.items.map((item) => ({ start: item.offset, end: item.offset + item.length }));
    const edits = removeEntriesEdits(text, spans, new Set(indices));
    assert.ok(edits);
    return applyTextEdits(text, edits);
  };
  assert.equal(remove('["a", "b", "c"]', [1]), '["a", "c"]');
  assert.equal(remove('["a", "b", "c"]', [2]), '["a", "b"]');
  assert.equal(remove('["a", "b", "c"]', [1, 2]), '["a"]');
  assert.equal(remove('["a", "b", "c"]', [0]), '["b", "c"]');
  assert.equal(remove('["a"]', [0]), '[]');
  assert.equal(remove('[\n  "a",\n  "b",\n  "c"\n]', [1]), '[\n  "a",\n  "c"\n]');
  assert.equal(remove('[\r\n  "a",\r\n  "b",\r\n  "c"\r\n]', [0, 1]), '[\r\n  "c"\r\n]');
  assert.equal(remove('[\n  "a",\n  "b"\n]', [1]), '[\n  "a"\n]');
  assert.equal(remove('[\n  "a"\n]', [0]), '[\n]');
  // A comment in the way: no minimal edit (callers fall back to a structural one).
  const text = '["a", /* keep */ "b"]';
  const document = parseDocument(text);
  assert.ok(document.root?.type === 'array');
  assert.equal(removeEntriesEdits(text, document.root.items.map((i) => ({ start: i.offset, end: i.offset + i.length })), new Set([0])), undefined);
});

test('tokenizing stays linear on adversarial text', () => {
  for (const chunk of ['"'.repeat(100001), '$('.repeat(50000), '\\'.repeat(100000), ' | sh'.repeat(20000), '2>&1 '.repeat(20000), '`'.repeat(100001)]) {
    const started = performance.now();
    splitShellCommands(chunk);
    assert.ok(performance.now() - started < 1000, JSON.stringify(chunk.slice(0, 6)));
  }
});
