// Login redirect (GET /login/github -> 302 with state): each oauth-dance adapter against the same framework's
// static 302, grant and passport. Server on core 0, wrk on core 1; every run starts a fresh server.
// Build first (npm run build), then: node --import tsx bench/login-redirect.ts [--runs 3] [--seconds 10]
//   [--only "oauth-dance hono|hono static"] [--out login-redirect] [--node-args "--conditions=workerd"]
import { loadavg } from "node:os";
import {
  argument,
  compileServers,
  cpuMs,
  machine,
  memoryMb,
  sleep,
  startServer,
  withMedians,
  writeResult,
  wrk,
} from "./support/kit.js";

const KINDS = [
  "node:http static",
  "express static",
  "hono static",
  "koa static",
  "oauth-dance express",
  "oauth-dance hono",
  "oauth-dance koa",
  "grant + cookie-session",
  "grant + express-session",
  "passport + express-session",
];
const RUNS = Number(argument("runs") ?? 3);
const SECONDS = Number(argument("seconds") ?? 10);
const CONNECTIONS = Number(argument("connections") ?? 50);
const WARMUP_SECONDS = 2;
const only = argument("only")?.split("|");
const kinds = only ? KINDS.filter((kind) => only.includes(kind)) : KINDS;
const nodeArgs = argument("node-args")?.split(" ").filter(Boolean) ?? [];

interface Run {
  rps: number;
  cpuUsPerRequest: number;
  peakRssMb: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non3xx: number;
  loadavg1: number;
}

const { "servers/login.ts": serverFile } = await compileServers(["servers/login.ts"]);
const runs: Record<string, Run[]> = Object.fromEntries(kinds.map((kind) => [kind, []]));

/** One request first: a 302 to the provider with a state, and the state kept somewhere (a cookie). */
async function check(kind: string, port: number): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/login/github`, { redirect: "manual" });
  const location = response.headers.get("location") ?? "";
  const cookies = response.headers.getSetCookie();
  if (response.status !== 302 || !/[?&]state=[^&]+/.test(location)) {
    throw new Error(`${kind}: expected a 302 with a state, got ${response.status} ${location}`);
  }
  if (!kind.includes("static") && cookies.length === 0) throw new Error(`${kind}: no cookie keeps the state`);
}

// Round-robin over the servers, so a change in the machine's load touches every server alike.
for (let run = 0; run < RUNS; run++) {
  for (const kind of kinds) {
    const server = await startServer(serverFile as string, [kind], { nodeArgs });
    try {
      await check(kind, server.port);
      const url = `http://127.0.0.1:${server.port}/login/github`;
      wrk(url, CONNECTIONS, WARMUP_SECONDS);
      await sleep(200);
      const load = loadavg()[0] as number;
      const before = cpuMs(server.pid);
      const result = wrk(url, CONNECTIONS, SECONDS);
      const cpu = cpuMs(server.pid) - before;
      const entry: Run = {
        rps: Math.round(result.rps),
        cpuUsPerRequest: Number(((cpu * 1000) / result.requests).toFixed(1)),
        peakRssMb: Number(memoryMb(server.pid).peak.toFixed(1)),
        latencyP50Ms: result.latencyP50Ms,
        latencyP99Ms: result.latencyP99Ms,
        errors: result.errors,
        non3xx: result.non3xx,
        loadavg1: Number(load.toFixed(2)),
      };
      runs[kind]?.push(entry);
      console.log(
        `run ${run + 1}/${RUNS}  ${kind.padEnd(28)} ${String(entry.rps).padStart(7)} rps  ${entry.cpuUsPerRequest
          .toFixed(1)
          .padStart(6)} µs CPU/req  peak ${entry.peakRssMb.toFixed(0)} MB  load ${entry.loadavg1}`,
      );
    } finally {
      await server.stop();
    }
  }
}

const results = withMedians(runs, ["rps", "cpuUsPerRequest", "peakRssMb", "latencyP99Ms"]);
const file = writeResult(argument("out") ?? "login-redirect", {
  bench: "login-redirect",
  date: new Date().toISOString(),
  machine: machine(),
  settings: {
    runs: RUNS,
    seconds: SECONDS,
    connections: CONNECTIONS,
    warmupSeconds: WARMUP_SECONDS,
    nodeArgs,
  },
  command: `node --import tsx bench/login-redirect.ts ${process.argv.slice(2).join(" ")}`.trim(),
  results,
});
console.log(`\nmedians of ${RUNS} runs -> ${file}`);
for (const [kind, { median: m }] of Object.entries(results)) {
  console.log(
    `${kind.padEnd(28)} ${String(m.rps).padStart(7)} rps  ${m.cpuUsPerRequest.toFixed(1).padStart(6)} µs/req`,
  );
}
