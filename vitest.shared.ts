// Vitest settings every workspace shares: resolve workspace packages to their TypeScript sources.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@oauth-dance/source"] },
  ssr: { resolve: { conditions: ["@oauth-dance/source"], externalConditions: ["@oauth-dance/source"] } },
  test: { testTimeout: 20_000, hookTimeout: 20_000 },
});
