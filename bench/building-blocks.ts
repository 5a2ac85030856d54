// What each building block of a login, callback and logged-in request costs, alone, in CPU microseconds per call:
// the Fe26 seal (iron-session's Web Crypto vs node:crypto), the dance's random values, openid-client's URL
// builder, a provider call (fetch vs node:http) and ky. Calls that go over HTTP hit a local endpoint on core 1.
// Build first (npm run build), then: node --import tsx bench/building-blocks.ts [--out building-blocks]
import { execFileSync, fork } from "node:child_process";
import { request } from "node:http";
import ky from "ky";
import * as client from "openid-client";
import {
  calculatePKCECodeChallenge as nodeChallenge,
  randomState as nodeState,
} from "../packages/core/dist/random.node.js";
import { Sealer as WebSealer } from "../packages/core/dist/session/seal.js";
import { Sealer as NodeSealer } from "../packages/core/dist/session/seal.node.js";
import { argument, LOAD_CORE, machine, median, SERVER_CORE, writeResult } from "./support/kit.js";

const ROUNDS = 5;
const CONCURRENCY = 16;

execFileSync("taskset", ["-a", "-cp", SERVER_CORE, String(process.pid)], { stdio: "ignore" });
const endpoint = fork(new URL("./support/token-endpoint.ts", import.meta.url), {
  execArgv: ["--import", "tsx"],
});
const port = await new Promise<number>((resolve) => endpoint.once("message", (m) => resolve(Number(m))));
execFileSync("taskset", ["-a", "-cp", LOAD_CORE, String(endpoint.pid)], { stdio: "ignore" });
const base = `http://127.0.0.1:${port}/`;

const SECRET = "bench-session-secret-that-is-long-enough";
const pending = {
  provider: "github",
  key: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG",
  callbackUrl: "http://127.0.0.1:3000/login/github/authorized",
  secrets: { codeVerifier: "v".repeat(43) },
};
const web = new WebSealer([SECRET]);
const node = new NodeSealer([SECRET]);
const sealed = await node.seal(pending, 600);
const configuration = new client.Configuration(
  {
    issuer: "https://github.com",
    authorization_endpoint: "https://github.com/login/oauth/authorize",
    token_endpoint: "https://github.com/login/oauth/access_token",
  },
  "bench-client-id",
  "bench-client-secret",
);
const params = {
  redirect_uri: "http://127.0.0.1:3000/login/github/authorized",
  response_type: "code",
  state: pending.key,
  scope: "read:user",
  code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
  code_challenge_method: "S256",
};
const form = "grant_type=authorization_code&code=bench-code&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb";
const bearer = { authorization: "Bearer bench-token" };

function httpPost(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}token`,
      {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(form),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(form);
  });
}

/** Name, calls per round, the call; HTTP calls run CONCURRENCY at a time, the rest one after another. */
const blocks: [string, number, () => unknown][] = [
  ["seal, iron-session (Web Crypto)", 2000, () => web.seal(pending, 600)],
  ["seal, node:crypto", 20000, () => node.seal(pending, 600)],
  ["unseal, iron-session (Web Crypto)", 2000, () => web.unseal(sealed, 600)],
  ["unseal, node:crypto", 20000, () => node.unseal(sealed, 600)],
  [
    "state + PKCE, openid-client (Web Crypto)",
    5000,
    () => {
      client.randomState();
      return client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier());
    },
  ],
  [
    "state + PKCE, node:crypto + pool",
    50000,
    () => {
      nodeState();
      return nodeChallenge(nodeState());
    },
  ],
  [
    "openid-client buildAuthorizationUrl + href",
    50000,
    () => client.buildAuthorizationUrl(configuration, params).href,
  ],
  [
    "token POST, fetch",
    4000,
    async () =>
      (
        await fetch(`${base}token`, {
          method: "POST",
          body: new URLSearchParams(form),
          redirect: "manual",
          signal: AbortSignal.timeout(10_000),
        })
      ).json(),
  ],
  ["token POST, node:http", 4000, httpPost],
  ["API GET, fetch", 4000, async () => (await fetch(`${base}user`, { headers: bearer })).json()],
  [
    "API GET, ky (created per request)",
    4000,
    () => ky.create({ prefixUrl: base, headers: bearer }).get("user").json(),
  ],
];

async function cpuPerCall(calls: number, call: () => unknown, concurrent: boolean): Promise<number> {
  let next = 0;
  const start = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrent ? CONCURRENCY : 1 }, async () => {
      while (next++ < calls) await call();
    }),
  );
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

const results: Record<string, { median: number; runs: number[] }> = {};
for (const [name, calls, call] of blocks) {
  const concurrent = name.includes("POST") || name.includes("GET");
  await cpuPerCall(Math.ceil(calls / 4), call, concurrent);
  const runs: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    runs.push(Number((await cpuPerCall(calls, call, concurrent)).toFixed(1)));
  results[name] = { median: median(runs), runs };
  console.log(`${name.padEnd(44)} ${median(runs).toFixed(1).padStart(7)} µs CPU per call`);
}
endpoint.kill();
writeResult(argument("out") ?? "building-blocks", {
  bench: "building-blocks",
  date: new Date().toISOString(),
  machine: machine(),
  settings: { rounds: ROUNDS, concurrency: CONCURRENCY },
  command: `node --import tsx bench/building-blocks.ts ${process.argv.slice(2).join(" ")}`.trim(),
  results,
});
process.exit(0);
