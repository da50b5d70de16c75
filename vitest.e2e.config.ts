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
  },
});
