import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';
import { coveredText, findingsOf, vscodeServer } from '../../helpers';

const RULE = 'MCP030';

function docker(args: string[]): Record<string, unknown> {
  return vscodeServer({ command: 'docker', args: ['run', '-i', '--rm', ...args, 'mcp/x:1.0.0', '--privileged'] });
}

test('--privileged fires on the flag; the fix removes it, comments kept', () => {
  const text = '{\n  "servers": {\n    "srv": {\n      // container\n      "command": "docker",\n      "args": ["run", "-i", "--privileged", "mcp/x:1.0.0"]\n    }\n  }\n}';
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/servers/srv/args/2');
  assert.equal(coveredText(text, finding), '"--privileged"');
  assert.equal(finding.fix.safe, true);
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.equal(parseDocument(fixed).syntaxErrors.length, 0);
  assert.match(fixed, /\/\/ container/);
  assert.match(fixed, /"args": \["run", "-i", "mcp\/x:1\.0\.0"\]/);
  assert.deepEqual(findingsOf(RULE, fixed), []);
});

test('--network host (pair, on the value) and --net=host; the fix removes flag and value', () => {
  const config = docker(['--network', 'host']);
  const text = JSON.stringify(config, null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/servers/srv/args/4');
  assert.equal(coveredText(text, finding), '"host"');
  assert.deepEqual(JSON.parse(applyTextEdits(text, finding.fix.edits)).servers.srv.args, ['run', '-i', '--rm', 'mcp/x:1.0.0', '--privileged']);
  assert.equal(findingsOf(RULE, docker(['--net=host'])).length, 1);
  assert.deepEqual(findingsOf(RULE, docker(['--network', 'bridge'])), []);
});

test('host namespaces, capabilities, security options, devices', () => {
  for (const args of [['--pid', 'host'], ['--ipc=host'], ['--userns', 'host'], ['--cap-add', 'SYS_ADMIN'], ['--cap-add=ALL'], ['--cap-add', 'cap_sys_admin'], ['--security-opt', 'seccomp=unconfined'], ['--security-opt', 'apparmor=unconfined'], ['--device', '/dev/kvm']]) {
    assert.equal(findingsOf(RULE, docker(args)).length, 1, args.join(' '));
  }
  for (const args of [['--cap-add', 'NET_BIND_SERVICE'], ['--cap-drop', 'ALL'], ['--security-opt', 'no-new-privileges'], ['--pid', 'container:x']]) {
    assert.deepEqual(findingsOf(RULE, docker(args)), [], args.join(' '));
  }
  const [cap] = findingsOf(RULE, docker(['--cap-add', 'SYS_ADMIN']));
  assert.equal(cap?.fix?.safe, true);
  const [seccomp] = findingsOf(RULE, docker(['--security-opt', 'seccomp=unconfined']));
  assert.equal(seccomp?.fix?.safe, false);
  const [device] = findingsOf(RULE, docker(['--device', '/dev/kvm']));
  assert.equal(device?.fix, undefined);
});

test('docker.sock and / mounts point at the spec element, without a fix', () => {
  const text = JSON.stringify(docker(['-v', '/var/run/docker.sock:/var/run/docker.sock', '--volume=/:/host:ro', '--mount', 'type=bind,source=/,target=/h']), null, 2);
  const findings = findingsOf(RULE, text);
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/args/4', '/servers/srv/args/5', '/servers/srv/args/7']);
  assert.equal(coveredText(text, findings[0] ?? assert.fail()), '"/var/run/docker.sock:/var/run/docker.sock"');
  assert.ok(findings.every((f) => f.fix === undefined));
  assert.deepEqual(findingsOf(RULE, docker(['-v', '${workspaceFolder}:/work:ro', '-v', 'named:/data', '-v', '/data'])), []);
});

test('flags after the image belong to the container program; podman and scripts count too', () => {
  assert.deepEqual(findingsOf(RULE, docker([])), []);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'podman', args: ['run', '--privileged', 'img:1.0'] })).length, 1);
  const [script] = findingsOf(RULE, vscodeServer({ command: 'sh', args: ['-c', 'docker run --rm --privileged img:1.0'] }));
  assert.ok(script);
  assert.equal(script.pointer, '/servers/srv/args/1');
  assert.equal(script.fix, undefined);
});

test('flag-value pairs point at the value, attached forms at the element', () => {
  const text = JSON.stringify(docker(['--cap-add', 'SYS_ADMIN', '--pid=host', '--security-opt', 'seccomp=unconfined', '--device', '/dev/fuse']), null, 2);
  const findings = findingsOf(RULE, text);
  assert.deepEqual(findings.map((f) => coveredText(text, f)), ['"SYS_ADMIN"', '"--pid=host"', '"seccomp=unconfined"', '"/dev/fuse"']);
  const cap = findings[0];
  assert.ok(cap?.fix);
  assert.deepEqual(JSON.parse(applyTextEdits(text, cap.fix.edits)).servers.srv.args.slice(3, 5), ['--pid=host', '--security-opt']);
});

test('the Windows Docker pipe counts as the runtime socket', () => {
  assert.equal(findingsOf(RULE, docker(['-v', '\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine'])).length, 1);
});
