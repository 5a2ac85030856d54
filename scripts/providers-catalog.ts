// Writes the presets' catalogue (packages/core/src/providers/catalog.json) and docs/providers.md from the presets.
// Run after adding or changing a preset: npx tsx --conditions=@oauth-dance/source scripts/providers-catalog.ts
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "../packages/core/src/providers/catalog.js";
import { renderProvidersTable } from "../packages/core/src/providers/test-support/providers-table.js";

const json = fileURLToPath(new URL("../packages/core/src/providers/catalog.json", import.meta.url));
writeFileSync(json, `${JSON.stringify(catalog, null, 2)}\n`);
const table = fileURLToPath(new URL("../docs/providers.md", import.meta.url));
writeFileSync(table, renderProvidersTable());
// Aligned as the linter wants it, so `biome check` stays clean.
execFileSync("npx", ["biome", "format", "--write", table, json], { stdio: "inherit" });
