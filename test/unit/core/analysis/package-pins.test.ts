import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageOf, pinStatus } from '../../../../src/core/analysis/package-pins';

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
