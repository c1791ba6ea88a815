import {defineConfig} from "vitest/config";

// Browser tests drive a real Chromium against dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machine has 2 cores.
    fileParallelism: false
  }
});
