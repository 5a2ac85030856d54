// Every complete example in the README files and docs/ type-checks, with and without noUncheckedIndexedAccess.
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { docExamples } from "./doc-examples.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Inside the workspace, so the examples resolve @oauth-dance/* and the frameworks as an app of ours does. */
const OUT = join(ROOT, "test", "docs", ".examples");
const run = promisify(execFile);

describe("the documentation's examples", () => {
  const examples = docExamples(ROOT);

  it("are found (a docs move that loses them should fail here)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(25);
  });

  it.each([true, false])(
    "type-check as written with noUncheckedIndexedAccess: %s",
    async (unchecked) => {
      const dir = join(OUT, unchecked ? "unchecked" : "checked");
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const files = examples.map((example, i) => {
        const name = `example-${i}.ts`;
        // `export {}` makes each file a module of its own, so examples may declare the same names.
        writeFileSync(join(dir, name), `// ${example.source}\n${example.code}\nexport {};\n`);
        return name;
      });
      // An example that augments a module (`interface Register`) or the globals would type its neighbours too:
      // each such example is checked in a program of its own, the rest together.
      const augments = (i: number) => /declare (module|global)/.test(examples[i]?.code ?? "");
      const programs = [
        files.filter((_, i) => !augments(i)),
        ...files.filter((_, i) => augments(i)).map((file) => [file]),
      ];
      const results: string[] = [];
      for (const [p, program] of programs.entries()) {
        const config = join(dir, `tsconfig.${p}.json`);
        const compilerOptions = { noEmit: true, types: ["node"], noUncheckedIndexedAccess: unchecked };
        writeFileSync(
          config,
          JSON.stringify({ extends: "../../../../tsconfig.base.json", compilerOptions, files: program }),
        );
        results.push(await typeErrors(config, dir));
      }
      // Each error names the example's file; its first line says where in the docs it is.
      const located = results
        .join("")
        .replace(/example-(\d+)\.ts/g, (name, i: string) => `${examples[Number(i)]?.source} (${name})`);
      expect(located).toBe("");
    },
    240_000,
  );
});

/** What tsc reports for one program, or "" when it compiles. */
function typeErrors(config: string, cwd: string): Promise<string> {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  return run(process.execPath, [tsc, "-p", config], { cwd }).then(
    () => "",
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
}
