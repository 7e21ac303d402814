import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One journey whose steps each spawn processes (a registry, installs, builds, a host).
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
