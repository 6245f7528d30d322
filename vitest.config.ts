import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI on real PDFs; give them room on a slow machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
