// Overhead of `handle.api.get(...)` against a raw fetch with a hand-written bearer header, same local endpoint.
// The endpoint runs in its own process; this process's CPU time per call is the cost compared.
// Run: npx tsx --conditions=@oauth-dance/source bench/api-overhead.ts
import { fork } from "node:child_process";
import { createDance, createDanceRequest, MemoryStorage, oauth2 } from "@oauth-dance/core";

const ROUNDS = 5;
const CALLS = 3000;
const CONCURRENCY = 16;

const endpoint = fork(new URL("./support/json-endpoint.ts", import.meta.url), {
  execArgv: ["--import", "tsx"],
});
const port = await new Promise<number>((resolve) => endpoint.once("message", (m) => resolve(Number(m))));
const base = `http://127.0.0.1:${port}/`;

const dance = createDance({
  secret: "benchmark-secret-that-is-long-enough-000",
  storage: new MemoryStorage({ access_token: "bench-token", token_type: "bearer" }),
  providers: {
    api: oauth2({
      clientId: "c",
      authorizationUrl: `${base}authorize`,
      tokenUrl: `${base}token`,
      baseUrl: base,
    }),
  },
});

async function viaHandle(): Promise<void> {
  // A new request context per call, as in a real app: token load, ky instance, auth header.
  const context = dance.createContext(
    createDanceRequest({ method: "GET", url: "/", headers: { host: "app" } }),
  );
  await context.oauth.api?.api.get("user").json();
}

async function viaFetch(): Promise<void> {
  const response = await fetch(`${base}user`, { headers: { authorization: "Bearer bench-token" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  await response.json();
}

/** Runs CALLS calls at CONCURRENCY; returns calls per second and this process's CPU microseconds per call. */
async function run(call: () => Promise<void>): Promise<{ rate: number; cpu: number }> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < CALLS) await call();
    }),
  );
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { rate: (CALLS / elapsed) * 1000, cpu: (used.user + used.system) / CALLS };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

await run(viaFetch);
await run(viaHandle);
const raw: { rate: number; cpu: number }[] = [];
const handle: { rate: number; cpu: number }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  raw.push(await run(viaFetch));
  handle.push(await run(viaHandle));
}
const rawCpu = median(raw.map((r) => r.cpu));
const handleCpu = median(handle.map((r) => r.cpu));
const rawRate = median(raw.map((r) => r.rate));
const handleRate = median(handle.map((r) => r.rate));
console.log(
  `medians of ${ROUNDS} rounds x ${CALLS} calls, concurrency ${CONCURRENCY}, endpoint in another process`,
);
console.log(`raw fetch + bearer : ${rawRate.toFixed(0)} calls/s, ${rawCpu.toFixed(1)} µs CPU per call`);
console.log(`handle.api.get()   : ${handleRate.toFixed(0)} calls/s, ${handleCpu.toFixed(1)} µs CPU per call`);
console.log(
  `overhead           : ${((handleCpu / rawCpu - 1) * 100).toFixed(1)}% CPU, ${((rawRate / handleRate - 1) * 100).toFixed(1)}% time`,
);
endpoint.kill();

// The library's own cost, network excluded: the same call answered by an in-process fetch.
const canned = () =>
  Promise.resolve(new Response('{"id":1}', { headers: { "content-type": "application/json" } }));
const offline = createDance({
  secret: "benchmark-secret-that-is-long-enough-000",
  storage: new MemoryStorage({ access_token: "bench-token", token_type: "bearer" }),
  fetch: canned,
  providers: {
    api: oauth2({
      clientId: "c",
      authorizationUrl: `${base}authorize`,
      tokenUrl: `${base}token`,
      baseUrl: base,
    }),
  },
});
const offlineHandle = async () => {
  const context = offline.createContext(
    createDanceRequest({ method: "GET", url: "/", headers: { host: "app" } }),
  );
  await context.oauth.api?.api.get("user").json();
};
const offlineRaw = async () => {
  await (await canned()).json();
};
await run(offlineHandle);
const library: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  library.push((await run(offlineHandle)).cpu - (await run(offlineRaw)).cpu);
const libraryCpu = median(library);
console.log(`library CPU per call, network excluded: ${libraryCpu.toFixed(1)} µs`);
