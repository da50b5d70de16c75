import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/e2e/chrome-mv3) in
// Debian's headless Chromium. One file at a time: the machine has 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // The default poll gives up after 1 s; a shared 2-core machine can take longer to
    // repaint a 3,000-clip list, and a poll that waits longer still fails when it is wrong.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
