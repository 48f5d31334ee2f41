// UI smoke test: code-server with the harness's smoke extension installed from a .vsix, driven by
// Playwright in headless Chromium. Run: node --test test/e2e/smoke.test.mjs
// Not provisioned: SKIPPED outside CI, a failing test with CI set.
import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import { join } from 'node:path';
import { makeTempDir, repoRoot, skipOrFail } from '../integration/harness/env.mjs';
import { packageVsix } from '../integration/harness/vsix.mjs';
import { startCodeServer } from './harness/code-server.mjs';
import { openFile, openWorkbench, runCommand, screenshot, waitForNotification } from './harness/ui.mjs';

const fixtures = join(repoRoot, 'test', 'integration', 'fixtures');
const unavailable = skipOrFail('e2e smoke (code-server + Playwright)');

if (unavailable === 1) {
  test('e2e prerequisites are provisioned', () => assert.fail('VS Code / Chromium not provisioned and CI is set'));
} else {
  describe('e2e smoke: code-server with the smoke extension', { skip: unavailable === 0 && 'not provisioned' }, () => {
    let server;
    let browser;
    let page;

    before(async () => {
      const vsix = packageVsix(join(fixtures, 'smoke-extension'), join(makeTempDir('vsix'), 'smoke-extension.vsix'));
      server = await startCodeServer({ workspace: join(fixtures, 'smoke-workspace'), vsix });
      ({ browser, page } = await openWorkbench(server.url));
    });

    after(async () => {
      if (page) await screenshot(page, 'e2e-smoke-last').catch(() => {});
      await browser?.close();
      await server?.stop();
    });

    it('shows the workspace in the explorer', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'hello.txt' }).waitFor();
    });

    it('opens a file through Quick Open', async () => {
      await openFile(page, 'hello.txt');
      const text = await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
      assert.match(text.replace(/\u00a0/g, ' '), /Hello from the smoke workspace/);
    });

    it('runs the extension command from the command palette', async () => {
      await runCommand(page, 'Smoke: Say Hello');
      await waitForNotification(page, 'Hello from the smoke extension');
      await screenshot(page, 'e2e-smoke');
    });
  });
}
