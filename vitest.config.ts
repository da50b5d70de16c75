import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
    // Corpus pages run to 1 MB; parsing them in happy-dom is slow on 2 cores.
    testTimeout: 30_000,
    // Hooks build fixtures (a 10,000-clip library, a Word file); the 10 s default is too short on a busy machine.
    hookTimeout: 60_000,
  },
});
