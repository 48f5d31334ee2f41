import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLaunch } from '../../../../src/core/analysis/launchers';

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
