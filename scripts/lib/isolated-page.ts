/** A Chromium page for timing code in: cross-origin isolated, so that performance.now() reads to 5 µs, not 100 µs. */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';

/**
 * A page served from 127.0.0.1 with the two headers that isolate it, running
 * `script`. Readability's own test pages take 0.1 to 0.8 ms; at 100 µs their
 * ratios were one tick against two (#3).
 */
export async function openIsolatedPage(
  browser: Browser,
  script: string,
  /** Any other path the page fetches (a corpus page, say): true when it answered. */
  serve: (path: string, response: ServerResponse) => boolean = () => false,
): Promise<{ tab: Page; origin: string; isolated: boolean; close(): void }> {
  const server = createServer((request, response) => {
    response.setHeader('cross-origin-opener-policy', 'same-origin');
    response.setHeader('cross-origin-embedder-policy', 'require-corp');
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/page.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title><script src="/page.js"></script>');
    if (!serve(path, response)) response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tab = await browser.newPage();
  await tab.goto(`${origin}/`);
  const isolated = await tab.evaluate(() => crossOriginIsolated);
  return { tab, origin, isolated, close: () => server.close() };
}

/** Bands of bare Readability's time on a page, in ms: ratios are read per band, since small pages weigh fixed costs most. */
export const readabilityBands: readonly [number, number][] = [[0, 1], [1, 4], [4, 10], [10, Number.POSITIVE_INFINITY]];
