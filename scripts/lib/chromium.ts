/** Debian's Chromium for tests and benchmarks: never a downloaded browser. */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium is missing: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return found;
}

/**
 * Headless flags that work on a machine with no network: nothing reaches
 * out, and every host but 127.0.0.1 fails to resolve.
 */
export const offlineChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
