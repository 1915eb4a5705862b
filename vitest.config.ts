import { defineConfig } from 'vitest/config';

// The native DuckDB addon is not safe to share across worker threads: run test files in forks.
export default defineConfig({
  test: {
    pool: 'forks',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report lets .ci/run print one 'N passed, N failed' line.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
