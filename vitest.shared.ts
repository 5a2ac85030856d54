// Vitest settings every workspace shares: resolve workspace packages to their TypeScript sources.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
  test: { testTimeout: 20_000, hookTimeout: 20_000 },
});
