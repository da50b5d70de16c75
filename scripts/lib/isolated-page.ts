/** A Chromium page for timing code in: cross-origin isolated, so that performance.now() reads to 5 µs, not 100 µs. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';

/**
 * A page served from 127.0.0.1 with the two headers that isolate it, running
 * `script`. Readability's own test pages take 0.1 to 0.8 ms; at 100 µs their
 * ratios were one tick against two (#3).
 */
export async function openIsolatedPage(browser: Browser, script: string): Promise<{ tab: Page; close(): void }> {
  const server = createServer((request, response) => {
    response.setHeader('cross-origin-opener-policy', 'same-origin');
    response.setHeader('cross-origin-embedder-policy', 'require-corp');
    if (request.url === '/page.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title><script src="/page.js"></script>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return { tab, close: () => server.close() };
}
