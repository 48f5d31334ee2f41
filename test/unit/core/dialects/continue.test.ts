import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continueDev } from '../../../../src/core/dialects/continue';
import { scanText } from '../../../../src/core/engine/scan';
import { argValues, assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('continue: a YAML block file, recognised by path and by shape, conforms, servers from the list', () => {
  const result = assertRecognised('continue', 'continue');
  assert.equal(result.document.format, 'yaml');
  assert.deepEqual(result.findings.map((f) => f.ruleId), ['MCP012'], 'only the deprecated SSE server');
  assert.deepEqual(schemaFindings(result), []);
  const github = serverNamed(result.servers, 'GitHub');
  assert.equal(github.transport, 'stdio');
  assert.equal(github.node.pointer, '/mcpServers/0');
  assert.deepEqual(argValues(github), ['-y', '@modelcontextprotocol/server-github@2025.4.8']);
  assert.deepEqual(valuesOf(github.env), { GITHUB_PERSONAL_ACCESS_TOKEN: '${{ secrets.GITHUB_PAT }}' });
  const linear = serverNamed(result.servers, 'Linear');
  assert.equal(linear.transport, 'http');
  assert.deepEqual(valuesOf(linear.headers), { Authorization: 'Bearer ${{ secrets.LINEAR_KEY }}' }, 'requestOptions.headers');
  assert.equal(serverNamed(result.servers, 'Legacy').transport, 'sse');
});

test('continue: JSON files copied into .continue/mcpServers are Continue\'s too', () => {
  const result = scanText('{ "mcpServers": { "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.3.28", "/srv/data"] } } }', {
    path: '/repo/.continue/mcpServers/mcp.json',
  });
  assert.equal(result.dialect?.id, 'continue');
  assert.deepEqual(result.servers.map((s) => s.name), ['fs']);
  assert.deepEqual(schemaFindings(result), []);
});

test('continue: apiKey and requestOptions headers are checked for secrets; ${{ secrets.X }} never fires', () => {
  const key = ['sk-ant-api03-', 'Zx9Lq2Rt8Vm4Nc7Kp1Wy3Hs6Df0Jg5Bb2Ae8UiOo4Pp6Qq8Rr0Ss2Tt4Uu6Vv8Ww0Xx2Yy4Zz6-AaBbCcAA'].join('');
  const text = ['mcpServers:', '  - name: r', '    url: https://x.example/mcp', `    apiKey: ${key}`, '  - name: s', '    url: https://y.example/mcp', '    apiKey: ${{ secrets.Y_KEY }}', ''].join('\n');
  const result = scanText(text, { path: '/home/u/.continue/config.yaml' });
  assert.deepEqual(result.findings.filter((f) => f.category === 'secret').map((f) => f.pointer), ['/mcpServers/0/apiKey']);
});

test('continue: references are ${{ secrets.X }} and ${{ inputs.X }}', () => {
  assert.deepEqual(referenceKinds(continueDev.references('${{ secrets.GITHUB_PAT }}')), ['secret:GITHUB_PAT']);
  assert.deepEqual(referenceKinds(continueDev.references('${{ inputs.TOKEN }}')), ['secret:TOKEN']);
  assert.deepEqual(continueDev.references('${GITHUB_PAT}'), []);
});

test('continue: paths on Linux, macOS and Windows', () => {
  assert.equal(continueDev.pathScore('/home/a/.continue/config.yaml'), 2);
  assert.equal(continueDev.pathScore('/repo/.continue/mcpServers/playwright-mcp.yaml'), 2);
  assert.equal(continueDev.pathScore('C:/Users/a/.continue/mcpServers/x.json'), 2);
  assert.equal(continueDev.pathScore('/repo/config.yaml'), 1);
  assert.deepEqual(continueDev.userConfigPaths('win32', {}, 'C:/Users/a'), [
    'C:/Users/a/.continue/config.yaml',
    'C:/Users/a/.continue/mcpServers/*.yaml',
    'C:/Users/a/.continue/mcpServers/*.yml',
    'C:/Users/a/.continue/mcpServers/*.json',
  ]);
  assert.equal(continueDev.userConfigPaths('darwin', {}, '/Users/a')[0], '/Users/a/.continue/config.yaml');
  assert.equal(continueDev.userConfigPaths('linux', { CONTINUE_GLOBAL_DIR: '/srv/c' }, '/home/a')[0], '/srv/c/config.yaml');
});
