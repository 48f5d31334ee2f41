import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandLines } from '../../../../src/core/analysis/command-lines';
import { decodePowershellBase64 } from '../../../../src/core/analysis/shell-scripts';
import { scan, vscodeServer } from '../../helpers';

test('PowerShell -EncodedCommand is decoded', () => {
  const encoded = Buffer.from('npx -y pkg', 'utf16le').toString('base64');
  assert.equal(decodePowershellBase64(encoded), 'npx -y pkg');
  const server = scan(JSON.stringify(vscodeServer({ command: 'powershell', args: ['-NoProfile', '-enc', encoded] }))).servers[0];
  assert.ok(server);
  assert.deepEqual(commandLines(server)[1]?.words.map((w) => w.value), ['npx', '-y', 'pkg']);
});
