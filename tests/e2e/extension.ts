/**
 * The built extension in Debian's headless Chromium, driven by playwright-core
 * (no browser is downloaded). Also the tricks a test needs where a person
 * would click: replaying a context-menu click, stopping the service worker.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'wxt/browser';
import { selectInPage } from './select-in-page';
import { type StaticServer, startStaticServer } from './static-server';
import { chromiumPath, offlineChromiumArgs } from '../../scripts/lib/chromium';

export const extensionDir = resolve(import.meta.dirname, '../../.output/e2e/chrome-mv3');

export interface Casefile {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  openPopup(tabId: number): Promise<Page>;
  openLibrary(): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  contextMenuClick(menuItemId: string, page: Page, selectionText: string): Promise<void>;
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function launchCasefile(): Promise<Casefile> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No e2e build at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'casefile-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...offlineChromiumArgs,
    ],
  });

  // After stopServiceWorker the worker sleeps until an event wakes it.
  // Playwright keeps the same Worker handle across the restart.
  let asleep = false;
  const worker = async (): Promise<Worker> => {
    if (asleep) {
      // A message from an extension page is an event that wakes the worker.
      const waker = await context.newPage();
      await waker.goto(`chrome-extension://${extensionId}/options.html`);
      await waker.evaluate(() => chrome.runtime.sendMessage('wake').catch(() => undefined));
      await waker.close();
      asleep = false;
    }
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
  };
  let extensionId = '';
  extensionId = new URL((await worker()).url()).host;
  const page = (path: string) => `chrome-extension://${extensionId}/${path}`;

  // Menu items are created in runtime.onInstalled; wait until they exist.
  await waitFor(async () =>
    (await worker()).evaluate(() =>
      new Promise<boolean>((done) => chrome.contextMenus.update('casefile-save-statistic', {}, () => done(!chrome.runtime.lastError))),
    ),
  );

  const casefile: Casefile = {
    context,
    extensionId,
    worker,
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(page(`popup.html?tabId=${tabId}`));
      return popup;
    },
    async openLibrary() {
      const library = await context.newPage();
      await library.goto(page('options.html'));
      return library;
    },
    async tabIdOf(target) {
      const url = target.url();
      const id = await (await worker()).evaluate(async (wanted) => {
        const tabs = await chrome.tabs.query({});
        const shown = tabs.find((tab) => tab.url === wanted)?.id;
        if (shown !== undefined || !wanted.startsWith('chrome://')) return shown;
        // Casefile has no "tabs" permission, so the browser hides its own pages'
        // addresses: the page just opened is the newest tab with a hidden address.
        const hidden = tabs.filter((tab) => tab.url === undefined).map((tab) => tab.id!);
        return hidden.length > 0 ? Math.max(...hidden) : undefined;
      }, url);
      if (id === undefined) throw new Error(`No tab shows ${url}`);
      return id;
    },
    async contextMenuClick(menuItemId, target, selectionText) {
      const tabId = await casefile.tabIdOf(target);
      await (await worker()).evaluate(
        async ({ menuItemId, tabId, selectionText, pageUrl }) => {
          const tab = await chrome.tabs.get(tabId);
          const info = { menuItemId, selectionText, pageUrl, editable: false } as Browser.contextMenus.OnClickData;
          (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(info, tab);
        },
        { menuItemId, tabId, selectionText, pageUrl: target.url() },
      );
    },
    async stopServiceWorker() {
      // A CDP session on an extension page sees the worker's version ids.
      const host = await casefile.openLibrary();
      const cdp = await context.newCDPSession(host);
      const status = new Map<string, string>();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) {
          if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(version.versionId, version.runningStatus);
        }
      });
      await cdp.send('ServiceWorker.enable');
      await waitFor(async () => [...status.values()].some((running) => running !== 'stopped'));
      for (const [versionId, running] of status) {
        if (running !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId });
      }
      await waitFor(async () => [...status.values()].every((running) => running === 'stopped'));
      asleep = true;
      await cdp.detach();
      await host.close();
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return casefile;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Selects the first occurrence of `text` in the page, as a person dragging over it would. */
export async function selectText(target: Page, text: string): Promise<void> {
  const found = await target.evaluate(selectInPage, text);
  if (!found) throw new Error(`"${text}" is not on the page`);
}

/**
 * The usual set-up of a test file: the test pages on 127.0.0.1 and Casefile
 * in Chromium, both closed after the file's tests. `pages` adds generated
 * pages by path.
 */
export function setUpCasefileAndServer(pages: Record<string, string> = {}): { casefile: Casefile; server: StaticServer } {
  const env = {} as { casefile: Casefile; server: StaticServer };
  beforeAll(async () => {
    env.server = await startStaticServer(undefined, pages);
    env.casefile = await launchCasefile();
  });
  afterAll(async () => {
    await env.casefile?.close();
    await env.server?.close();
  });
  return env;
}
