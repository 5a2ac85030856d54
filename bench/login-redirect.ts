import {
  argument,
  compileServers,
  machine,
  measureWrk,
  selectedKinds,
  startServer,
  withMedians,
  writeResult,
} from "./support/kit.js";

const KINDS = [
  "node:http static",
  "express static",
  "hono static",
  "koa static",
  "fastify static",
  "fastify hand-written",
  "oauth-dance express",
  "oauth-dance hono",
  "oauth-dance koa",
  "oauth-dance fastify",
  "grant + cookie-session",
  "grant + express-session",
  "passport + express-session",
];
const RUNS = Number(argument("runs") ?? 3);
const SECONDS = Number(argument("seconds") ?? 10);
const CONNECTIONS = Number(argument("connections") ?? 50);
const WARMUP_SECONDS = 2;
const kinds = selectedKinds(KINDS);
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
      const { unexpected, ...measured } = await measureWrk(server.pid, url, {
        connections: CONNECTIONS,
        seconds: SECONDS,
        warmupSeconds: WARMUP_SECONDS,
      });
      const entry: Run = { ...measured, non3xx: unexpected };
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
