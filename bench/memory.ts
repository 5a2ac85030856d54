// Memory: each app's resident set at start, after a warm-up of 10k logins (V8 has sized its heap and compiled
// the hot code by then), after 100k more logins (each from a new visitor, as in a login storm), and after 100k
// logged-in requests (token load + API call). The growth from the warm-up to the end of the logins is what the
// logins themselves keep. App on core 0; autocannon and the API on core 1.
// Build first (npm run build), then:
//   node --import tsx bench/memory.ts [--requests 100000] [--warmup 10000] [--only "a|b"]
import { execFileSync, fork } from "node:child_process";
import { loadavg } from "node:os";
import autocannon from "autocannon";
import {
  argument,
  compileServers,
  cpuMs,
  LOAD_CORE,
  machine,
  memoryMb,
  selectedKinds,
  sleep,
  startServer,
  writeResult,
} from "./support/kit.js";

const KINDS = [
  "hand-written: token cookie + fetch",
  "oauth-dance express (SessionStorage)",
  "oauth-dance hono (SessionStorage)",
  "oauth-dance koa (SessionStorage)",
  "grant + express-session",
  "passport + express-session",
];
const REQUESTS = Number(argument("requests") ?? 100_000);
const WARMUP = Number(argument("warmup") ?? 10_000);
const CONNECTIONS = 50;
const kinds = selectedKinds(KINDS);

// This process drives the load: on the load core.
execFileSync("taskset", ["-a", "-cp", LOAD_CORE, String(process.pid)], { stdio: "ignore" });
const { "servers/app.ts": appFile } = await compileServers(["servers/app.ts"]);
const api = fork(new URL("./support/token-endpoint.ts", import.meta.url), { execArgv: ["--import", "tsx"] });
const apiPort = await new Promise<number>((resolve) => api.once("message", (m) => resolve(Number(m))));
const apiUrl = `http://127.0.0.1:${apiPort}/`;

/** `amount` GETs of `url`; throws unless every one got the expected kind of answer. */
async function drive(
  url: string,
  headers: Record<string, string>,
  expect: "2xx" | "3xx",
  amount = REQUESTS,
): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, amount, headers });
  const ok = expect === "2xx" ? result["2xx"] : result["3xx"];
  if (result.errors > 0 || ok !== result.requests.total) {
    throw new Error(`${url}: ${result.errors} errors, ${ok} of ${result.requests.total} answered ${expect}`);
  }
  return result.requests.average;
}

interface Figures {
  startMb: number;
  warmMb: number;
  afterLoginsMb: number;
  afterLoggedInMb: number;
  peakMb: number;
  loginRps: number;
  loggedInRps: number;
  cpuSeconds: number;
  loadavg1: number;
}

const results: Record<string, Figures> = {};
try {
  for (const kind of kinds) {
    const server = await startServer(appFile as string, [kind, apiUrl]);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      await sleep(1000);
      const startMb = memoryMb(server.pid).rss;
      const load = loadavg()[0] as number;
      await drive(`${base}/login/github`, {}, "3xx", WARMUP);
      await sleep(1000);
      const warmMb = memoryMb(server.pid).rss;
      const loginRps = await drive(`${base}/login/github`, {}, "3xx");
      await sleep(1000);
      const afterLoginsMb = memoryMb(server.pid).rss;
      const setup = await fetch(`${base}/setup`);
      const { cookies } = (await setup.json()) as { cookies: string[] };
      const cookie = [...cookies, ...setup.headers.getSetCookie().map((line) => line.split(";")[0])].join(
        "; ",
      );
      const loggedInRps = await drive(`${base}/me`, { cookie }, "2xx");
      await sleep(1000);
      const { rss: afterLoggedInMb, peak: peakMb } = memoryMb(server.pid);
      const figures: Figures = {
        startMb: Number(startMb.toFixed(1)),
        warmMb: Number(warmMb.toFixed(1)),
        afterLoginsMb: Number(afterLoginsMb.toFixed(1)),
        afterLoggedInMb: Number(afterLoggedInMb.toFixed(1)),
        peakMb: Number(peakMb.toFixed(1)),
        loginRps: Math.round(loginRps),
        loggedInRps: Math.round(loggedInRps),
        cpuSeconds: Number((cpuMs(server.pid) / 1000).toFixed(1)),
        loadavg1: Number(load.toFixed(2)),
      };
      results[kind] = figures;
      console.log(
        `${kind.padEnd(40)} start ${figures.startMb} MB, after ${WARMUP} logins ${figures.warmMb} MB, after ${REQUESTS} more logins ${figures.afterLoginsMb} MB, after ${REQUESTS} logged-in ${figures.afterLoggedInMb} MB (peak ${figures.peakMb})  load ${figures.loadavg1}`,
      );
    } finally {
      await server.stop();
    }
  }
} finally {
  api.kill();
}

const file = writeResult(argument("out") ?? "memory", {
  bench: "memory",
  date: new Date().toISOString(),
  machine: machine(),
  settings: { requests: REQUESTS, warmup: WARMUP, connections: CONNECTIONS, client: "autocannon" },
  command: `node --import tsx bench/memory.ts ${process.argv.slice(2).join(" ")}`.trim(),
  results,
});
console.log(`-> ${file}`);
process.exit(0);
