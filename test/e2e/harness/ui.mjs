// Playwright helpers for driving the VS Code web workbench served by code-server.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, ensureDir, repoRoot } from '../../integration/harness/env.mjs';

export const resultsDir = join(repoRoot, 'test-results');

/** Launches headless Chromium (Debian's /usr/bin/chromium) and opens `url` in a 1280x800 page. */
export async function openWorkbench(url, { viewport = { width: 1280, height: 800 } } = {}) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForWorkbench(page);
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Waits until the workbench is up: its root element, the status bar, and a ready explorer. */
export async function waitForWorkbench(page, timeout = 60_000) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
  // The extension host is up once the explorer has listed the workspace.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout });
}

async function quickInput(page, keys, text) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input.input');
  // Focus the workbench (not the browser chrome) so the keybinding reaches VS Code.
  await page.locator('.monaco-workbench').focus().catch(() => {});
  await page.keyboard.press(keys);
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
  return widget;
}

/** Opens `relPath` (relative to the workspace folder) through Quick Open (Ctrl+P). */
export async function openFile(page, relPath) {
  const name = relPath.split('/').pop();
  const widget = await quickInput(page, 'Control+P', relPath);
  // Wait for the result for this exact file, then accept the first (best) match.
  await widget.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden' });
  const tab = page.locator('.tabs-container .tab.active', { hasText: name });
  await tab.waitFor();
  await page.locator('.editor-instance .monaco-editor').first().waitFor();
  return tab;
}

/**
 * Runs a command by its palette title (as shown, e.g. "Smoke: Say Hello") through F1.
 * Fails when no entry with exactly that label appears.
 */
export async function runCommand(page, title) {
  const widget = await quickInput(page, 'F1', `>${title}`);
  const row = widget.locator('.quick-input-list .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
  }).first();
  await row.waitFor();
  await row.click();
  await widget.waitFor({ state: 'hidden' });
}

/** Waits for a notification toast whose text matches, and returns its locator. */
export async function waitForNotification(page, text, timeout = 30_000) {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  await toast.waitFor({ state: 'visible', timeout });
  return toast;
}

/** Saves a full-page PNG as test-results/<name>.png and returns its path. */
export async function screenshot(page, name) {
  const file = join(ensureDir(resultsDir), `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
