// esbuild bundles for the runtime matrix: the test glue becomes plain JS, so no runtime needs to read TypeScript.
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

export const RUNTIMES_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
/** Inside the repo, so a runtime resolving `@oauth-dance/core` from a bundle finds the workspace's node_modules. */
export const OUT_DIR = join(RUNTIMES_DIR, ".out");

/** The export conditions each runtime resolves with, as its own resolver or its usual bundler does. */
export const CONDITIONS = {
  node: ["node"],
  bun: ["bun", "node"],
  deno: ["deno", "node"],
  workerd: ["workerd", "worker", "browser"],
} as const;

export type RuntimeName = keyof typeof CONDITIONS;

export interface GlueOptions {
  /** Whose export conditions to bundle with. */
  runtime: RuntimeName;
  /**
   * `external`: every package import stays bare, so the runtime resolves the built packages through their exports
   * maps itself. `bundle`: everything is inlined (workerd has no module resolution of its own).
   */
  packages: "external" | "bundle";
  /** Default esm; cjs makes every package import a `require()`. */
  format?: "esm" | "cjs";
}

/** Bundles the glue at `entry` (relative to test/runtimes) into `outfile`, and returns `outfile`. */
export async function bundleGlue(entry: string, outfile: string, options: GlueOptions): Promise<string> {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(RUNTIMES_DIR, entry)],
    outfile,
    bundle: true,
    format: options.format ?? "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    conditions: [...CONDITIONS[options.runtime]],
    packages: options.packages,
    external: ["node:*"],
    logLevel: "error",
  });
  return outfile;
}

/** Bundles test files with `vitest` replaced by the harness runner; `@oauth-dance/source` points packages at their TypeScript. */
export async function bundleTests(
  files: readonly string[],
  name: string,
  runtime: RuntimeName,
  label: (file: string) => string,
): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${name}.mjs`);
  const runner = join(RUNTIMES_DIR, "harness", "vitest-shim.ts");
  // Each test file is preceded by a marker that tells the runner which file the next tests belong to.
  const contents = [
    `import { run } from ${JSON.stringify(runner)};`,
    ...files.flatMap((file, i) => [`import "file-marker:${i}";`, `import ${JSON.stringify(file)};`]),
    "await run();",
  ].join("\n");
  const markers: Plugin = {
    name: "file-markers",
    setup(b) {
      b.onResolve({ filter: /^vitest$/ }, () => ({ path: runner }));
      // A test that finds files next to itself keeps its own location, not the bundle's.
      b.onLoad({ filter: /\/packages\/.*\.ts$/ }, (args) => {
        const url = pathToFileURL(args.path).href;
        const contents = readFileSync(args.path, "utf8")
          .replaceAll("import.meta.url", JSON.stringify(url))
          .replaceAll("import.meta.dirname", JSON.stringify(dirname(args.path)))
          .replaceAll("import.meta.filename", JSON.stringify(args.path));
        return { contents, loader: "ts" };
      });
      b.onResolve({ filter: /^file-marker:/ }, (args) => ({ path: args.path, namespace: "file-marker" }));
      b.onLoad({ filter: /.*/, namespace: "file-marker" }, (args) => {
        const file = files[Number(args.path.slice("file-marker:".length))] as string;
        return {
          contents: `import { enterFile } from ${JSON.stringify(runner)}; enterFile(${JSON.stringify(label(file))});`,
          resolveDir: RUNTIMES_DIR,
          loader: "js",
        };
      });
    },
  };
  await build({
    stdin: { contents, resolveDir: RUNTIMES_DIR, sourcefile: `${name}.entry.ts`, loader: "ts" },
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    conditions: [...CONDITIONS[runtime], "@oauth-dance/source"],
    external: ["node:*"],
    // The packages say `sideEffects: false`; a test file is all side effects, so that hint must not drop it.
    ignoreAnnotations: true,
    plugins: [markers],
    logLevel: "error",
  });
  return outfile;
}
