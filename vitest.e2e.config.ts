import { defineConfig } from 'vitest/config';

// End-to-end: real browsers with the built extension. One file at a time (2 cores, fixed mock port).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
