// Overhead of `handle.api.get(...)` against a raw fetch with a hand-written bearer header, same local endpoint.
// Run: npx tsx --conditions=source bench/api-overhead.ts
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createDance, createDanceRequest, MemoryStorage, oauth2 } from "@oauth-dance/core";

const ROUNDS = 5;
const CALLS = 4000;
const CONCURRENCY = 16;

const server = createServer((req, res) => {
  res.writeHead(req.headers.authorization === "Bearer bench-token" ? 200 : 401, {
    "content-type": "application/json",
  });
  res.end('{"id":1,"login":"alice"}');
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

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

async function run(call: () => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < CALLS) await call();
    }),
  );
  return (CALLS / (performance.now() - started)) * 1000;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

await run(viaFetch);
await run(viaHandle);
const raw: number[] = [];
const handle: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  raw.push(await run(viaFetch));
  handle.push(await run(viaHandle));
}
const rawRate = median(raw);
const handleRate = median(handle);
console.log(
  `raw fetch + bearer : ${rawRate.toFixed(0)} calls/s (median of ${ROUNDS} x ${CALLS}, concurrency ${CONCURRENCY})`,
);
console.log(`handle.api.get()   : ${handleRate.toFixed(0)} calls/s`);
console.log(`overhead           : ${((rawRate / handleRate - 1) * 100).toFixed(1)}% more time per call`);
server.close();
