import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The built lexicon (npm test builds before vitest runs), where the bundle finds it beside itself.
  define: { __FACTQ_DIST__: JSON.stringify(fileURLToPath(new URL('./dist', import.meta.url))) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
  },
});
