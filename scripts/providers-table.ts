// Writes docs/providers.md from the presets. Run: npx tsx --conditions=@oauth-dance/source scripts/providers-table.ts
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderProvidersTable } from "../packages/core/src/providers/test-support/providers-table.js";

const target = fileURLToPath(new URL("../docs/providers.md", import.meta.url));
writeFileSync(target, renderProvidersTable());
// Aligned as the linter wants it, so `biome check` stays clean.
execFileSync("npx", ["biome", "format", "--write", target], { stdio: "inherit" });
