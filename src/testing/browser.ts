/**
 * Browser test machinery: Debian's chromium driven by playwright-core, on a phone-sized screen,
 * against the test app listening on the loopback address.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { TestEnv } from './harness.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const viewport = { width: 390, height: 844 };

export type TestBrowser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/**
 * Starts a browser with a fresh profile of its own (so nothing is shared between runs) and
 * opens one page. `close` ends the browser process and removes the profile.
 */
export async function openBrowser(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<TestBrowser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`chromium is required at ${chromiumPath}: apt-get install -y chromium`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'id-ID',
    timeout: 30_000,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Makes the test app listen on 127.0.0.1 on a free port; returns its base URL. */
export async function listen(env: TestEnv): Promise<string> {
  await env.app.listen({ port: 0, host: '127.0.0.1' });
  const address = env.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

const screenDir = path.resolve(import.meta.dirname, '../../tmp/screens');

/** Whether this run keeps screenshots (`SCREENSHOTS=1`); CI leaves it off. */
export const screenshotsWanted = process.env.SCREENSHOTS === '1';

/** Saves a screenshot of the visible screen as tmp/screens/`name`.png, when wanted. */
export async function screenshot(page: Page, name: string, wanted = true): Promise<void> {
  if (!screenshotsWanted || !wanted) return;
  fs.mkdirSync(screenDir, { recursive: true });
  await page.screenshot({ path: path.join(screenDir, `${name}.png`) });
}
