import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { resolveFranceTravailConfig } from './utils/francetravail/config';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests see the build made against the local mock (FT_MOCK=1), as wxt.config.ts would inject it.
  define: { __FT_CONFIG__: JSON.stringify(resolveFranceTravailConfig({ FT_MOCK: '1' })) },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
  },
});
