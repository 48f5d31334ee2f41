/** Entry point for the suite run in an UNTRUSTED folder (restricted mode). */
import Mocha from 'mocha';
import { join } from 'node:path';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 30_000, color: false, reporter: 'spec' });
  mocha.addFile(join(__dirname, 'untrusted.test.js'));
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-host tests failed`)) : resolve()));
  });
}
