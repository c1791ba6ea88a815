import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**"],
    setupFiles: ["tests/setup.ts"],
    // Files share a worker's module cache: no test relies on fresh module state (declarations are
    // frozen), and importing the engine once per worker instead of once per file saves a third.
    isolate: false,
    testTimeout: 30_000
  }
});
