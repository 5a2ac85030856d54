import { describe, expect, it } from "vitest";
import { catalog } from "./catalog.js";
import { renderProvidersTable } from "./test-support/providers-table.js";

/** The slice of node:fs/promises this test uses (loaded at run time: the core has no Node typings). */
interface NodeFs {
  readFile(path: URL, encoding: "utf8"): Promise<string>;
}
const NODE_FS = "node:fs/promises";

/** A table's cells without the padding the formatter adds to align its columns. */
function unpadded(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line.startsWith("|")
        ? line
            .split("|")
            .map((cell) => (/^\s*-+\s*$/.test(cell) ? "---" : cell.trim()))
            .join("|")
        : line,
    )
    .join("\n");
}

describe("docs/providers.md", () => {
  it("is what scripts/providers-catalog.ts writes from the presets today (run it after changing a preset)", async () => {
    const fs = (await import(/* @vite-ignore */ NODE_FS)) as NodeFs;
    const written = await fs.readFile(new URL("../../../../docs/providers.md", import.meta.url), "utf8");
    expect(unpadded(written)).toBe(unpadded(renderProvidersTable()));
  });

  it("lists every preset once, each with a link to its provider's documentation", () => {
    const table = renderProvidersTable();
    expect(catalog.length).toBeGreaterThanOrEqual(240);
    for (const { id, docs } of catalog) {
      expect(
        table.match(
          new RegExp(`^\\| \`${id}\` \\| \\[[^\\]]+\\]\\(${docs.replace(/[.?*+()[\]]/g, "\\$&")}\\)`, "gm"),
        ),
      ).toHaveLength(1);
    }
  });
});
