import { defineConfig } from 'vitest/config';

// The Firefox smoke test drives the e2e Firefox build (.output/e2e/firefox-mv2)
// in Debian's Firefox ESR, headless, through WebDriver BiDi (puppeteer-core).
// Build it first: `CASEFILE_E2E=1 wxt build -b firefox`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
