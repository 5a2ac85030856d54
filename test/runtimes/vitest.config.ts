// The runtime matrix's own vitest run (not part of `npm test`): it needs the runtimes scripts/runtimes/install.sh
// puts in the cache. Run it through `npm run test:runtimes`.
import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineConfig({ test: { include: ["**/*.check.ts"], testTimeout: 30_000, hookTimeout: 60_000 } }),
);
