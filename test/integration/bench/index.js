// In-host bench entry (CommonJS, loaded by the VS Code extension host through runInHostSuite):
// runs extension.bench.js with mocha. Driven by test/bench/extension-bench.mjs, which passes
// MCP_WARDEN_BENCH_OUT (the JSON file to write) and MCP_WARDEN_BENCH_DATA (the configs to edit)
// in the environment. Plain JS on purpose: it runs without a tsc build.
const Mocha = require('mocha');
const { join } = require('node:path');

exports.run = async function run() {
  const mocha = new Mocha({ ui: 'tdd', timeout: 300_000, color: false, reporter: 'spec' });
  mocha.addFile(join(__dirname, 'extension.bench.js'));
  await new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} bench steps failed`)) : resolve()));
  });
};
