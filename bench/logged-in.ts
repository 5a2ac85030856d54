// Logged-in request: a route that loads the user's token and calls a local API with it, through oauth-dance
// (`handle.api`, with SessionStorage or KnexStorage on SQLite and PostgreSQL) and hand-written (a cookie read or
// one SQL query, then fetch), plus grant's and passport's session read + fetch. App on core 0; wrk and the API
// on core 1. Needs PostgreSQL on 127.0.0.1 (database `test`, user postgres), as .ci/services.sh starts it.
// Build first (npm run build), then: node --import tsx bench/logged-in.ts [--runs 3] [--seconds 10]
//   [--only "oauth-dance hono (SessionStorage)|grant + express-session"] [--out logged-in]
import { execFileSync, fork } from "node:child_process";
import {
  argument,
  compileServers,
  LOAD_CORE,
  machine,
  measureWrk,
  selectedKinds,
  startServer,
  withMedians,
  writeResult,
} from "./support/kit.js";

const KINDS = [
  "hand-written: token cookie + fetch",
  "oauth-dance express (SessionStorage)",
  "oauth-dance hono (SessionStorage)",
  "oauth-dance koa (SessionStorage)",
  "hand-written: SQLite query + fetch",
  "oauth-dance express (KnexStorage SQLite)",
  "hand-written: PostgreSQL query + fetch",
  "oauth-dance express (KnexStorage PostgreSQL)",
  "grant + express-session",
  "passport + express-session",
];
const RUNS = Number(argument("runs") ?? 3);
const SECONDS = Number(argument("seconds") ?? 10);
const CONNECTIONS = Number(argument("connections") ?? 50);
const WARMUP_SECONDS = 2;
const kinds = selectedKinds(KINDS);

interface Run {
  rps: number;
  cpuUsPerRequest: number;
  peakRssMb: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
  loadavg1: number;
}

const { "servers/app.ts": appFile } = await compileServers(["servers/app.ts"]);
const api = fork(new URL("./support/token-endpoint.ts", import.meta.url), { execArgv: ["--import", "tsx"] });
const apiPort = await new Promise<number>((resolve) => api.once("message", (m) => resolve(Number(m))));
execFileSync("taskset", ["-a", "-cp", LOAD_CORE, String(api.pid)], { stdio: "ignore" });
const apiUrl = `http://127.0.0.1:${apiPort}/`;

/** The cookies of a logged-in browser: what /setup lists, and what its answer sets. */
async function sessionCookies(base: string): Promise<string[]> {
  const response = await fetch(`${base}/setup`);
  const { cookies } = (await response.json()) as { cookies: string[] };
  return [...cookies, ...response.headers.getSetCookie().map((line) => line.split(";")[0] as string)];
}

const runs: Record<string, Run[]> = Object.fromEntries(kinds.map((kind) => [kind, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const kind of kinds) {
      const server = await startServer(appFile as string, [kind, apiUrl]);
      try {
        const base = `http://127.0.0.1:${server.port}`;
        const cookies = await sessionCookies(base);
        const cookie = `Cookie: ${cookies.join("; ")}`;
        const check = await fetch(`${base}/me`, { headers: { cookie: cookies.join("; ") } });
        const body = (await check.json().catch(() => undefined)) as { login?: string } | undefined;
        if (check.status !== 200 || body?.login !== "alice") {
          throw new Error(`${kind}: GET /me answered ${check.status} ${JSON.stringify(body)}`);
        }
        const {
          latencyP50Ms: _p50,
          unexpected,
          ...measured
        } = await measureWrk(server.pid, `${base}/me`, {
          connections: CONNECTIONS,
          seconds: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
          headers: [cookie],
        });
        const entry: Run = { ...measured, non2xx: unexpected };
        runs[kind]?.push(entry);
        console.log(
          `run ${run + 1}/${RUNS}  ${kind.padEnd(44)} ${String(entry.rps).padStart(6)} rps  ${entry.cpuUsPerRequest.toFixed(1).padStart(6)} µs CPU/req  errors ${entry.errors + entry.non2xx}  load ${entry.loadavg1}`,
        );
      } finally {
        await server.stop();
      }
    }
  }
} finally {
  api.kill();
}

const results = withMedians(runs, ["rps", "cpuUsPerRequest", "peakRssMb", "latencyP99Ms"]);
const file = writeResult(argument("out") ?? "logged-in", {
  bench: "logged-in",
  date: new Date().toISOString(),
  machine: machine(),
  settings: { runs: RUNS, seconds: SECONDS, connections: CONNECTIONS, warmupSeconds: WARMUP_SECONDS },
  command: `node --import tsx bench/logged-in.ts ${process.argv.slice(2).join(" ")}`.trim(),
  results,
});
console.log(`\nmedians of ${RUNS} runs -> ${file}`);
for (const [kind, { median: m }] of Object.entries(results)) {
  console.log(
    `${kind.padEnd(44)} ${String(m.rps).padStart(6)} rps  ${m.cpuUsPerRequest.toFixed(1).padStart(6)} µs/req`,
  );
}
