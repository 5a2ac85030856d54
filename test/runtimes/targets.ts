// How the runtime matrix starts the runtime app on each runtime: a child process serving 127.0.0.1:<port>.
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join } from "node:path";
import type { AppKind, RuntimeEnv } from "./app/runtime-app.js";
import { bundleGlue, OUT_DIR } from "./harness/bundle.js";

/** Where each runtime's binary is: run.ts passes them on from the installer's paths.env; Node is the one running. */
const NODE = process.execPath;
const BINARIES = {
  node: NODE,
  bun: process.env.BUN,
  deno: process.env.DENO,
  workerd: process.env.WORKERD,
  /** Node on the app bundled as ESM into the scratch app that installed the packed tarballs (PACKED_APP_DIR). */
  "packed-esm": process.env.PACKED_APP_DIR && NODE,
  /** The same app bundled as CommonJS: every package is loaded with require(). */
  "packed-cjs": process.env.PACKED_APP_DIR && NODE,
};

export type TargetName = keyof typeof BINARIES;

export interface RunningApp {
  url: string;
  /** What the process printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface Target {
  name: TargetName;
  /** The app kinds this runtime serves: Express and Koa are Node-only. */
  kinds: readonly AppKind[];
  /** Serves the runtime app of `kind` on 127.0.0.1:`port` with `env`, and resolves once it answers. */
  start(kind: AppKind, port: number, env: RuntimeEnv): Promise<RunningApp>;
}

/** The targets named in RUNTIME_TARGETS (default: node, bun, deno, workerd); a target without its binary throws. */
export function selectedTargets(): Target[] {
  const names = (process.env.RUNTIME_TARGETS ?? "node,bun,deno,workerd").split(",").filter(Boolean);
  return names.map((name) => {
    if (!(name in BINARIES)) throw new Error(`RUNTIME_TARGETS: unknown runtime ${name}`);
    const binary = BINARIES[name as TargetName];
    if (!binary)
      throw new Error(
        `RUNTIME_TARGETS names ${name}, but its binary is not set (run scripts/runtimes/install.sh)`,
      );
    const kinds: AppKind[] = name.startsWith("packed-")
      ? ["fetch", "hono", "express", "koa"]
      : ["fetch", "hono"];
    return { name: name as TargetName, kinds, start: starters[name as TargetName](binary) };
  });
}

/** A port that was free a moment ago: Local ID must know the app's callback URL before the app starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const glue = new Map<string, Promise<string>>();
function bundled(name: string, bundle: () => Promise<string>): Promise<string> {
  let file = glue.get(name);
  if (!file) {
    file = bundle();
    glue.set(name, file);
  }
  return file;
}

type Starter = (binary: string) => Target["start"];

function packedAppDir(): string {
  const dir = process.env.PACKED_APP_DIR;
  if (!dir)
    throw new Error("PACKED_APP_DIR is not set: the packed targets run in the scratch app run.ts prepares");
  return dir;
}

const starters: Record<TargetName, Starter> = {
  // The glue is bundled with every package left as an import: each runtime resolves the built packages itself.
  node: (binary) => async (kind, port, env) => {
    const entry = await bundled("node", () =>
      bundleGlue("app/serve-node.ts", join(OUT_DIR, "serve-node.mjs"), {
        runtime: "node",
        packages: "external",
      }),
    );
    return startProcess(binary, [entry], kind, port, env);
  },
  "packed-esm": (binary) => async (kind, port, env) => {
    const entry = await bundled("packed-esm", () =>
      bundleGlue("app/serve-node.ts", join(packedAppDir(), "serve-node.mjs"), {
        runtime: "node",
        packages: "external",
      }),
    );
    return startProcess(binary, [entry], kind, port, env);
  },
  "packed-cjs": (binary) => async (kind, port, env) => {
    const entry = await bundled("packed-cjs", () =>
      bundleGlue("app/serve-node.ts", join(packedAppDir(), "serve-node.cjs"), {
        runtime: "node",
        packages: "external",
        format: "cjs",
      }),
    );
    return startProcess(binary, [entry], kind, port, env);
  },
  bun: (binary) => async (kind, port, env) => {
    const entry = await bundled("bun", () =>
      bundleGlue("app/serve-bun.ts", join(OUT_DIR, "serve-bun.mjs"), {
        runtime: "bun",
        packages: "external",
      }),
    );
    return startProcess(binary, ["run", entry], kind, port, env);
  },
  deno: (binary) => async (kind, port, env) => {
    const entry = await bundled("deno", () =>
      bundleGlue("app/serve-deno.ts", join(OUT_DIR, "serve-deno.mjs"), {
        runtime: "deno",
        packages: "external",
      }),
    );
    // Reads node_modules (Deno finds the workspace's package.json and uses its node_modules as they are).
    const permissions = ["--allow-net=127.0.0.1", "--allow-env", "--allow-read", "--no-prompt"];
    return startProcess(binary, ["run", ...permissions, entry], kind, port, env);
  },
  // workerd resolves no packages: the worker is one module, bundled with the conditions wrangler uses.
  workerd: (binary) => async (kind, port, env) => {
    const entry = await bundled("workerd", () =>
      bundleGlue("app/worker.ts", join(OUT_DIR, "worker.mjs"), { runtime: "workerd", packages: "bundle" }),
    );
    const config = join(OUT_DIR, `workerd-${kind}-${port}.capnp`);
    writeFileSync(config, workerdConfig(basename(entry), port, { ...env, APP_KIND: kind }));
    return startProcess(binary, ["serve", config, "--verbose"], kind, port, {});
  },
};

/**
 * The worker's config: env vars and secrets as text bindings, as on Cloudflare, and an outbound network that allows
 * loopback only (workerd's default outbound reaches public addresses only), so the worker can reach Local ID.
 */
function workerdConfig(module: string, port: number, bindings: Record<string, unknown>): string {
  const text = Object.entries(bindings)
    .map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(String(value))})`)
    .join(",\n    ");
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "app", worker = .app),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "app")],
);

const app :Workerd.Worker = (
  modules = [(name = ${JSON.stringify(module)}, esModule = embed ${JSON.stringify(module)})],
  compatibilityDate = "2025-09-01",
  bindings = [
    ${text}
  ],
  globalOutbound = "loopback",
);
`;
}

async function startProcess(
  binary: string,
  args: string[],
  kind: AppKind,
  port: number,
  env: Partial<RuntimeEnv>,
): Promise<RunningApp> {
  const child = spawn(binary, args, {
    env: { ...process.env, ...env, APP_KIND: kind, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, () => output);
  return {
    url,
    output: () => output,
    stop: () => stopProcess(child),
  };
}

/** Polls `/runtime` until the app answers (workerd says nothing when it listens), for up to 20 s. */
async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`exited with ${child.exitCode} before answering:\n${output()}`);
    try {
      const response = await fetch(`${url}/runtime`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`did not answer on ${url} within 20 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
