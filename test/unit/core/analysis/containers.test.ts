import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mountOf, parseContainerRun, type ContainerOption } from '../../../../src/core/analysis/containers';

const option = (name: string, value?: string): ContainerOption => ({ name, flagIndex: 0, valueIndex: value === undefined ? 0 : 1, ...(value === undefined ? {} : { value }) });

test('parseContainerRun: global options, `container run`, and the image index', () => {
  const words = ['docker', '--context', 'remote', 'container', 'run', '-it', '--net=host', '-v', '/a:/b', 'img:1', 'arg'];
  const run = parseContainerRun(words);
  assert.equal(run?.imageIndex, 9);
  assert.deepEqual(run?.options.map((o) => [o.name, o.value]), [['--interactive', undefined], ['--tty', undefined], ['--network', 'host'], ['--volume', '/a:/b']]);
  assert.equal(parseContainerRun(['docker', 'exec', 'x']), undefined);
});

test('mountOf: the host side of -v and --mount, read-only flags, anonymous volumes', () => {
  assert.deepEqual(mountOf(option('--volume', '/:/host')), { source: '/', readOnly: false });
  assert.deepEqual(mountOf(option('--volume', 'C:\\Users\\me:/home/me:ro')), { source: 'C:\\Users\\me', readOnly: true });
  assert.deepEqual(mountOf(option('--volume', 'data:/data:rw,z')), { source: 'data', readOnly: false });
  assert.deepEqual(mountOf(option('--volume', '/data')), { readOnly: false });
  assert.deepEqual(mountOf(option('--mount', 'type=bind,source=/,target=/host')), { source: '/', readOnly: false });
  assert.deepEqual(mountOf(option('--mount', 'type=bind,src=/srv,dst=/srv,readonly')), { source: '/srv', readOnly: true });
  assert.deepEqual(mountOf(option('--mount', 'type=tmpfs,target=/tmp')), { readOnly: false });
  assert.equal(mountOf(option('--volume')), undefined);
  assert.equal(mountOf(option('--publish', '80:80')), undefined);
});
