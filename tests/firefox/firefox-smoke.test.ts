/**
 * Smoke test: Casefile's Firefox build (MV2) runs in Debian's Firefox ESR,
 * headless, and saves a clip from the popup that then shows in the library.
 *
 * puppeteer-core drives Firefox over WebDriver BiDi (no browser is
 * downloaded) and installs the e2e build as a temporary add-on
 * (webExtension.install). The pref `extensions.webextensions.uuids` pins the
 * add-on's moz-extension:// host so the test can open its pages by URL.
 *
 * Build first: `CASEFILE_E2E=1 wxt build -b firefox` (the e2e build may read
 * pages on 127.0.0.1 without a toolbar click). Skips when Firefox ESR is missing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectInPage } from '../e2e/select-in-page';
import { type StaticServer, startStaticServer } from '../e2e/static-server';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const extensionDir = resolve(__dirname, '../../.output/e2e/firefox-mv2');
const addonId = 'casefile@casefile.invalid';
/** Any fixed UUID: Firefox gives the add-on this moz-extension:// host. */
const addonUuid = '5c0ffee5-ca5e-4f11-8e2e-000000000001';
const extensionOrigin = `moz-extension://${addonUuid}`;

const statistic = '72% of online adults in the U.S. used Facebook in 2015';

/**
 * Nothing leaves the machine: no telemetry, updates, captive-portal or
 * connectivity checks, safe browsing, remote settings, Normandy, add-on
 * metadata, DNS prefetch. (puppeteer adds its own test prefs on top.)
 */
const offlineFirefoxPrefs: Record<string, unknown> = {
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.suggest.enabled': false,
  'browser.search.update': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.update.enabled': false,
  'geo.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.dns.disableIPv6': true,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'services.settings.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.updatePing.enabled': false,
};

const prefs: Record<string, unknown> = {
  ...offlineFirefoxPrefs,
  // A temporary add-on needs no signature; this only makes sure an unsigned build is never refused.
  'xpinstall.signatures.required': false,
  'extensions.webextensions.uuids': JSON.stringify({ [addonId]: addonUuid }),
};

/** The `browser` global of an extension page (code passed to evaluate runs there). */
interface ExtensionPageGlobals {
  browser: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
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

const haveFirefox = existsSync(firefoxPath);
const skipReason = `Firefox ESR is missing at ${firefoxPath}: install it with \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`;
if (!haveFirefox) console.warn(`[firefox-smoke] skipped: ${skipReason}`);

describe.skipIf(!haveFirefox)('Casefile in Firefox ESR (headless)', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`No Firefox e2e build at ${extensionDir}: run \`CASEFILE_E2E=1 npx wxt build -b firefox\` first.`);
    }
    server = await startStaticServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      protocol: 'webDriverBiDi',
      // Without it, WebDriver BiDi refuses to navigate a tab to a moz-extension:// page.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs,
    });
    const installed = await browser.installExtension(extensionDir);
    expect(installed).toBe(addonId);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens one of the add-on's pages in a new tab. Firefox 153's BiDi agent
   * loads moz-extension:// pages but never reports the navigation as done
   * (its NavigationManager throws "context is null"), so goto is not awaited:
   * the page is ready when it shows the URL and has loaded.
   */
  async function openExtensionPage(path: string): Promise<Page> {
    const url = `${extensionOrigin}/${path}`;
    const page = await browser.newPage();
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    await waitFor(async () => page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url), 20_000);
    return page;
  }

  async function tabIdOf(target: Page): Promise<number> {
    const url = target.url();
    const host = await openExtensionPage('options.html');
    try {
      const id = await host.evaluate(async (wanted) => {
        const { browser: api } = globalThis as unknown as ExtensionPageGlobals;
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`No tab shows ${url}`);
      return id;
    } finally {
      await host.close();
    }
  }

  it('saves a selection from the popup and lists it in the library', async () => {
    const article = await browser.newPage();
    await article.goto(`${server.origin}/article.html`);
    const found = await article.evaluate(selectInPage, statistic);
    expect(found).toBe(true);

    const popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(article)}`);
    const quote = await popup.waitForSelector('::-p-aria(Quote[role="textbox"])', { timeout: 20_000 });
    expect(await quote!.evaluate((box) => (box as HTMLTextAreaElement).value)).toBe(statistic);
    expect(await popup.$eval('h1', (heading) => heading.textContent)).toBe("Why brands can't ignore social media in 2016");

    await popup.locator('::-p-aria(Statistic[role="radio"])').click();
    expect(await popup.$eval('::-p-aria(Statistic[role="radio"])', (radio) => (radio as HTMLInputElement).checked)).toBe(true);
    await popup.locator('::-p-aria(Note[role="textbox"])').fill('Checked in Firefox ESR');
    await popup.locator('::-p-aria(Tags[role="textbox"])').fill('firefox, smoke');
    await popup.locator('::-p-aria(Save clip[role="button"])').click();
    await popup.waitForSelector('::-p-aria([role="status"]) ::-p-text(Saved)', { timeout: 15_000 }).catch(async () => {
      throw new Error(`No "Saved" status; the popup says: ${await popup.$eval('main', (main) => main.textContent)}`);
    });
    await popup.waitForSelector('::-p-text(This page has 1 clip.)');
    await popup.close();
    await article.close();

    const library = await openExtensionPage('options.html');
    // The library itself, not the newest-clips preview painted while it loads.
    const clips = 'main:not([aria-busy="true"]) [aria-label="Clips"] li';
    let text = '';
    await waitFor(async () => {
      text = await library.$$eval(clips, (items) => items.map((item) => item.textContent ?? '').join('\n'));
      return text.includes(statistic);
    }, 20_000).catch(() => {
      throw new Error(`The library does not list the clip; it shows: ${text || '(no clips)'}`);
    });
    expect(text).toContain('Statistic');
    expect(text).toContain('Checked in Firefox ESR');
    expect(text).toContain('firefox');
    expect(text).toContain('Social Desk');
    await library.close();
  });
});
