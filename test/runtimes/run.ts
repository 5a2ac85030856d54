// The runtime matrix: the suites on Node 22 and 24, the unit tests on Bun and Deno, the dance on Bun, Deno, workerd
// and from the packed tarballs (ESM and CommonJS), and the packaging checks. Prints one table; exits 1 on a failure.
// Run through `npm run test:runtimes` (scripts/runtimes/run.sh installs the runtimes and builds first).
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { bundleTests, OUT_DIR, RUNTIMES_DIR, type RuntimeName } from "./harness/bundle.js";

const REPO = dirname(dirname(RUNTIMES_DIR));
const LOGS = join(OUT_DIR, "logs");
const CACHE = join(
  process.env.OAUTH_DANCE_CACHE ?? join(process.env.HOME ?? tmpdir(), ".cache/oauth-dance"),
  "runtimes",
);
const VITEST = join(REPO, "node_modules/vitest/vitest.mjs");
const TSC = join(REPO, "node_modules/typescript/bin/tsc");
/** What each runtime's check may take at most before it counts as failed. */
const STEP_TIMEOUT_MS = 15 * 60_000;

/** The test/ suites that run on Node 22 and 24: every adapter's scenarios, minus what needs a database or browser. */
const TEST_SUITES_ON_OTHER_NODES = [
  "scenarios",
  "oauth1",
  "lifecycle",
  "storage/memory-storage",
  "storage/session-storage",
];

interface Row {
  runtime: string;
  suite: string;
  passed: number;
  failed: number;
  seconds: number;
  note?: string;
}

const rows: Row[] = [];
const started = performance.now();

function paths(): Record<string, string> {
  const file = join(CACHE, "paths.env");
  if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/runtimes/install.sh first`);
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

interface Ran {
  code: number;
  output: string;
  seconds: number;
}

/** Runs a command with its output in logs/<log>.log; never throws for a non-zero exit. */
function sh(
  log: string,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Ran> {
  mkdirSync(LOGS, { recursive: true });
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = `$ ${[command, ...args].join(" ")}\n`;
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(killed after ${STEP_TIMEOUT_MS / 1000} s)\n`;
      child.kill("SIGKILL");
    }, STEP_TIMEOUT_MS);
    const done = (code: number) => {
      clearTimeout(timer);
      writeFileSync(join(LOGS, `${log}.log`), output);
      resolve({ code, output, seconds: (performance.now() - started) / 1000 });
    };
    child.on("error", (error) => {
      output += String(error);
      done(127);
    });
    child.on("close", (code) => done(code ?? 1));
  });
}

function record(row: Row, ran: Ran, log: string): void {
  rows.push(row);
  const mark = row.failed > 0 ? "FAIL" : "ok  ";
  console.log(
    `${mark} ${row.runtime.padEnd(10)} ${row.suite.padEnd(44)} ${row.passed} passed, ${row.failed} failed (${row.seconds.toFixed(0)} s)${row.note ? `; ${row.note}` : ""}`,
  );
  if (row.failed > 0) {
    console.log(`---- ${relative(REPO, join(LOGS, `${log}.log`))} (last 60 lines) ----`);
    console.log(ran.output.split("\n").slice(-60).join("\n"));
    console.log("----");
  }
}

/** A check that passes or fails as a whole (a linter, a type check): one test in the counts. */
async function check(runtime: string, suite: string, log: string, run: () => Promise<Ran>, note?: string) {
  const ran = await run();
  const ok = ran.code === 0;
  record(
    {
      runtime,
      suite,
      passed: ok ? 1 : 0,
      failed: ok ? 0 : 1,
      seconds: ran.seconds,
      ...(note ? { note } : {}),
    },
    ran,
    log,
  );
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    assertionResults: { ancestorTitles: string[]; status: string; duration?: number | null }[];
  }[];
}

/** Runs vitest with `node` in `cwd`; counts from its JSON report (a crash before the report counts as 1 failed). */
async function vitest(
  node: string,
  log: string,
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ ran: Ran; report: VitestReport | undefined }> {
  const reportFile = join(LOGS, `${log}.json`);
  rmSync(reportFile, { force: true });
  const ran = await sh(
    log,
    node,
    [VITEST, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`, ...args],
    // Anything that starts `node` by name gets the same Node.
    { cwd, env: { ...env, PATH: `${dirname(node)}:${process.env.PATH}` } },
  );
  const report = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, "utf8")) as VitestReport)
    : undefined;
  return { ran, report };
}

async function vitestSuite(
  runtime: string,
  node: string,
  suite: string,
  cwd: string,
  args: readonly string[],
) {
  const log = `${runtime}-${suite.replace(/\W+/g, "-")}`;
  const { ran, report } = await vitest(node, log, cwd, args);
  const failed = report ? report.numFailedTests + (ran.code !== 0 && report.numFailedTests === 0 ? 1 : 0) : 1;
  record({ runtime, suite, passed: report?.numPassedTests ?? 0, failed, seconds: ran.seconds }, ran, log);
}

/** Node 22 and 24: the core's and each adapter's unit tests, and the scenario suites, with vitest itself. */
async function otherNodes(bin: Record<string, string>) {
  for (const [runtime, node] of [
    ["node22", bin.NODE22],
    ["node24", bin.NODE24],
  ] as const) {
    if (!node) throw new Error(`${runtime} is not installed`);
    for (const pkg of ["core", ...adapters()]) {
      await vitestSuite(runtime, node, `${pkg} unit tests (vitest)`, join(REPO, "packages", pkg), []);
    }
    await vitestSuite(runtime, node, "scenario suites, every adapter (vitest)", join(REPO, "test"), [
      ...TEST_SUITES_ON_OTHER_NODES,
    ]);
  }
}

function adapters(): string[] {
  return readdirSync(join(REPO, "packages")).filter((name) => name.startsWith("adapter-"));
}

function unitTestFiles(pkg: string): string[] {
  const src = join(REPO, "packages", pkg, "src");
  return (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".test.ts"))
    .sort()
    .map((file) => join(src, file));
}

/** Bun and Deno: the core's and the Hono adapter's unit tests, bundled with the runtime's conditions. */
async function unitTestsOn(runtime: Extract<RuntimeName, "bun" | "deno">, binary: string | undefined) {
  if (!binary) throw new Error(`${runtime} is not installed`);
  // `*.node.test.ts` test the Node-only fast paths, which Bun and Deno do not load (they take the Web versions).
  const files = [...unitTestFiles("core"), ...unitTestFiles("adapter-hono")].filter(
    (f) => !f.endsWith(".node.test.ts"),
  );
  const bundle = await bundleTests(files, `units-${runtime}`, runtime, (file) =>
    relative(join(REPO, "packages"), file),
  );
  const args =
    runtime === "deno"
      ? ["run", "--allow-env", "--allow-read", "--allow-net=127.0.0.1", "--no-prompt", bundle]
      : [bundle];
  const log = `${runtime}-units`;
  const ran = await sh(log, binary, args);
  const counts = /^(\d+) passed, (\d+) failed/m.exec(ran.output);
  const passed = Number(counts?.[1] ?? 0);
  const failed = counts ? Number(counts[2]) : 1;
  record(
    {
      runtime,
      suite: "core + hono unit tests (harness)",
      passed,
      failed: ran.code !== 0 && failed === 0 ? 1 : failed,
      seconds: ran.seconds,
    },
    ran,
    log,
  );
}

/** The packages `npm publish` would publish: every non-private workspace under packages/. */
function publicPackages(): { dir: string; name: string; exports: string[] }[] {
  return readdirSync(join(REPO, "packages"))
    .map((dir) => ({
      dir,
      manifest: JSON.parse(readFileSync(join(REPO, "packages", dir, "package.json"), "utf8")),
    }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({
      dir,
      name: manifest.name as string,
      exports: Object.keys(manifest.exports ?? { ".": null }).filter((key) => !key.endsWith(".json")),
    }));
}

function installedVersion(pkg: string): string {
  return JSON.parse(readFileSync(join(REPO, "node_modules", pkg, "package.json"), "utf8")).version;
}

/**
 * Packs every public package, lints the tarballs (publint, attw), installs them into a scratch app outside the repo,
 * type-checks a user's code there under each resolution mode, and loads every entry point with import and require.
 * Returns the scratch app's folder, where the dance check then serves the app from the installed tarballs.
 */
async function packaging(bin: Record<string, string>): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), "oauth-dance-packed-"));
  const tarballs = join(scratch, "tarballs");
  mkdirSync(tarballs);
  const packages = publicPackages();
  const pack = await sh("pack", "npm", [
    "pack",
    "--json",
    "--pack-destination",
    tarballs,
    ...packages.flatMap(({ dir }) => ["--workspace", `packages/${dir}`]),
  ]);
  record(
    {
      runtime: "tarballs",
      suite: "npm pack",
      passed: pack.code === 0 ? 1 : 0,
      failed: pack.code === 0 ? 0 : 1,
      seconds: pack.seconds,
    },
    pack,
    "pack",
  );
  if (pack.code !== 0) return scratch;
  const packed = JSON.parse(pack.output.slice(pack.output.indexOf("["))) as {
    name: string;
    filename: string;
  }[];
  const tarballOf = (name: string) =>
    join(tarballs, packed.find((p) => p.name === name)?.filename ?? "missing");

  for (const { name } of packages) {
    await check("tarballs", `publint --strict ${name}`, `publint-${basename(name)}`, () =>
      sh(`publint-${basename(name)}`, bin.PUBLINT as string, ["run", "--strict", tarballOf(name)]),
    );
    // require(esm) is how CommonJS loads these ESM-only packages (Node 20.19+); attw predates it, hence the rule.
    // node10 resolution ignores "exports" altogether, so the node16 profile leaves it out.
    await check("tarballs", `attw ${name}`, `attw-${basename(name)}`, () =>
      sh(`attw-${basename(name)}`, bin.ATTW as string, [
        "--no-definitely-typed",
        "--no-color",
        "--profile",
        "node16",
        "--ignore-rules",
        "cjs-resolves-to-esm",
        "--format",
        "table-flipped",
        tarballOf(name),
      ]),
    );
  }

  // The scratch app: the tarballs plus the frameworks at the versions the repo tests with, and vitest, the
  // optional peer of @oauth-dance/core/testing/storage.
  const app = join(scratch, "app");
  mkdirSync(join(app, "src"), { recursive: true });
  const frameworks = [
    "vitest",
    "hono",
    "@hono/node-server",
    "express",
    "koa",
    "@koa/router",
    "@types/express",
    "@types/koa",
    "@types/koa__router",
    "@types/node",
  ];
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify(
      {
        name: "oauth-dance-packed-app",
        private: true,
        type: "module",
        dependencies: {
          ...Object.fromEntries(packages.map(({ name }) => [name, `file:${tarballOf(name)}`])),
          ...Object.fromEntries(frameworks.map((name) => [name, installedVersion(name)])),
        },
      },
      null,
      2,
    )}\n`,
  );
  const install = await sh(
    "packed-install",
    "npm",
    ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"],
    { cwd: app },
  );
  record(
    {
      runtime: "tarballs",
      suite: "npm install into a scratch app",
      passed: install.code === 0 ? 1 : 0,
      failed: install.code === 0 ? 0 : 1,
      seconds: install.seconds,
    },
    install,
    "packed-install",
  );
  if (install.code !== 0) return app;

  // A user's code, type-checked against the installed packages. skipLibCheck is off so that our .d.ts files are
  // checked too; only errors in the user's code or in our packages count (a framework's own typings may disagree
  // with a dependency of theirs, which is theirs to fix).
  cpSync(join(REPO, "scripts/runtimes/scratch/consumer.ts"), join(app, "src/consumer.ts"));
  cpSync(join(REPO, "scripts/runtimes/scratch/consumer-cjs.cts"), join(app, "src/consumer-cjs.cts"));
  const base = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: "ES2022",
    lib: ["ES2023", "DOM"],
    types: ["node"],
  };
  const configs: Record<string, { options: object; file: string }> = {
    "node16, ESM": { options: { module: "node16", moduleResolution: "node16" }, file: "src/consumer.ts" },
    "bundler, ESM": { options: { module: "preserve", moduleResolution: "bundler" }, file: "src/consumer.ts" },
    // TypeScript lets a CommonJS file import ESM (require(esm)) from module node20 (5.9) / nodenext (5.8) on.
    "node16 + module node20, CJS": {
      options: { module: "node20", moduleResolution: "node16" },
      file: "src/consumer-cjs.cts",
    },
    // An app whose own tsconfig sets a "source" condition (a common name in monorepos) still gets our dist types:
    // the workspace's condition for our TypeScript sources has a name of our own.
    'bundler + customConditions ["source"]': {
      options: {
        module: "preserve",
        moduleResolution: "bundler",
        customConditions: ["source"],
        skipLibCheck: true,
      },
      file: "src/consumer.ts",
    },
  };
  for (const [name, { options, file }] of Object.entries(configs)) {
    const log = `tsc-${name.replace(/\W+/g, "-")}`;
    writeFileSync(
      join(app, `${log}.json`),
      JSON.stringify({ compilerOptions: { ...base, ...options }, files: [file] }, null, 2),
    );
    const ran = await sh(log, process.execPath, [TSC, "-p", `${log}.json`], { cwd: app });
    const errors = ran.output.split("\n").filter((line) => /error TS\d+/.test(line));
    const ours = errors.filter(
      (line) => line.startsWith("src/") || line.startsWith("node_modules/@oauth-dance/"),
    );
    const others = errors.length - ours.length;
    const failed = ours.length > 0 || (ran.code !== 0 && errors.length === 0) ? 1 : 0;
    const note = others > 0 ? `${others} errors in third-party typings, not counted` : undefined;
    record(
      {
        runtime: "tarballs",
        suite: `tsc: ${name}`,
        passed: 1 - failed,
        failed,
        seconds: ran.seconds,
        ...(note ? { note } : {}),
      },
      ran,
      log,
    );
  }

  // Every entry point, loaded with import() and with require(), must give the same exports on every Node.
  const entries = packages.flatMap(({ name, exports }) =>
    exports.map((key) => (key === "." ? name : `${name}/${key.slice(2)}`)),
  );
  writeFileSync(
    join(app, "entries.mjs"),
    `// Loads each entry point with import() and require() and compares the export names.
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const entries = ${JSON.stringify(entries)};
let failed = 0;
for (const entry of entries) {
  try {
    const esm = Object.keys(await import(entry)).filter((k) => k !== "default").sort();
    const cjs = Object.keys(require(entry)).filter((k) => k !== "default" && k !== "__esModule" && k !== "module.exports").sort();
    if (esm.length === 0 || JSON.stringify(esm) !== JSON.stringify(cjs)) throw new Error(\`import gave [\${esm}], require gave [\${cjs}]\`);
    console.log(\`ok \${entry}: \${esm.length} exports\`);
  } catch (error) {
    failed++;
    console.log(\`FAIL \${entry}: \${error}\`);
  }
}
console.log(\`\${entries.length - failed} passed, \${failed} failed\`);
process.exitCode = failed ? 1 : 0;
`,
  );
  for (const [runtime, node] of [
    ["node20", process.execPath],
    ["node22", bin.NODE22],
    ["node24", bin.NODE24],
  ] as const) {
    const log = `entries-${runtime}`;
    const ran = await sh(log, node as string, ["entries.mjs"], { cwd: app });
    const counts = /^(\d+) passed, (\d+) failed/m.exec(ran.output);
    record(
      {
        runtime: `${runtime} tgz`,
        suite: "every entry point: import() and require()",
        passed: Number(counts?.[1] ?? 0),
        failed: counts ? Number(counts[2]) : 1,
        seconds: ran.seconds,
      },
      ran,
      log,
    );
  }
  return app;
}

/** The dance over 127.0.0.1 against Local ID, with the app on each runtime; one table row per runtime. */
async function dances(bin: Record<string, string>, packedApp: string | undefined) {
  const targets = ["node", "bun", "deno", "workerd", ...(packedApp ? ["packed-esm", "packed-cjs"] : [])];
  const { ran, report } = await vitest(
    process.execPath,
    "dances",
    join(REPO, "test"),
    ["--config", "runtimes/vitest.config.ts"],
    {
      RUNTIME_TARGETS: targets.join(","),
      ...(packedApp ? { PACKED_APP_DIR: packedApp } : {}),
      BUN: bin.BUN,
      DENO: bin.DENO,
      WORKERD: bin.WORKERD,
    },
  );
  const labels: Record<string, string> = {
    node: "node20",
    bun: "bun",
    deno: "deno",
    workerd: "workerd",
    "packed-esm": "node20 tgz",
    "packed-cjs": "node20 tgz",
  };
  for (const target of targets) {
    const results = (report?.testResults ?? [])
      .flatMap((file) => file.assertionResults)
      .filter((test) => test.ancestorTitles[0]?.startsWith(`the dance on ${target} through `));
    const kinds = [
      ...new Set(results.map((test) => /through (\w+)/.exec(test.ancestorTitles[0] ?? "")?.[1])),
    ];
    const passed = results.filter((test) => test.status === "passed").length;
    const failed =
      results.filter((test) => test.status !== "passed").length || (results.length === 0 ? 1 : 0);
    const how = target === "packed-cjs" ? "require(), " : target === "packed-esm" ? "import, " : "";
    record(
      {
        runtime: labels[target] ?? target,
        suite: `dance vs Local ID: ${how}${kinds.join(", ")}`,
        passed,
        failed,
        // The tests' own time: the apps' start-up, in the suites' hooks, is in the dances log.
        seconds: results.reduce((sum, test) => sum + (test.duration ?? 0), 0) / 1000,
      },
      ran,
      "dances",
    );
  }
}

function printTable(): void {
  const header = ["runtime", "suite", "passed", "failed", "time", "note"];
  const body = rows.map((row) => [
    row.runtime,
    row.suite,
    String(row.passed),
    String(row.failed),
    `${row.seconds.toFixed(0)} s`,
    row.note ?? "",
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => (cells[i] as string).length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(" | ")} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const cells of body) console.log(line(cells));
  const passed = rows.reduce((sum, row) => sum + row.passed, 0);
  const failed = rows.reduce((sum, row) => sum + row.failed, 0);
  console.log(`\nthe matrix took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`runtimes: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

const bin = paths();
const only = new Set((process.env.RUNTIMES_ONLY ?? "nodes,bun,deno,packaging,dances").split(","));
let packedApp: string | undefined;
try {
  if (only.has("nodes")) await otherNodes(bin);
  if (only.has("bun")) await unitTestsOn("bun", bin.BUN);
  if (only.has("deno")) await unitTestsOn("deno", bin.DENO);
  if (only.has("packaging")) packedApp = await packaging(bin);
  if (only.has("dances")) await dances(bin, packedApp);
} finally {
  if (packedApp && !process.env.RUNTIMES_KEEP_SCRATCH)
    rmSync(dirname(packedApp), { recursive: true, force: true });
  printTable();
}
