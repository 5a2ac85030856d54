// What PAR, JAR, DPoP and mTLS cost the app per login and per API call: the core in process, Local ID in another
// process on the other core, so only the app's side of each call is counted (CPU µs), with the wall time beside it.
// Run: node --import tsx --conditions=@oauth-dance/source bench/security-profiles.ts [--calls 300] [--rounds 3]
//   [--out security-profiles]
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createDance, createDanceRequest, type OAuth2Options, oauth2 } from "@oauth-dance/core";
import type { LocalIdClient } from "@oauth-dance/local-id";
import { Browser } from "../test/support/browser.js";
import { makeCertificates } from "../test/support/certificates.js";
import { startLocalIdProcess } from "../test/support/local-id-process.js";
import { argument, LOAD_CORE, machine, median, SERVER_CORE, writeResult } from "./support/kit.js";

const CALLS = Number(argument("calls") ?? 300);
const ROUNDS = Number(argument("rounds") ?? 3);
const APP = "http://app.test";
const SECRET = "bench-session-secret-that-is-long-enough";

const key = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PRIVATE_KEY = key.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
const JWKS = { keys: [{ ...key.publicKey.export({ format: "jwk" }), kid: "k1", use: "sig" }] };
const certificates = makeCertificates("mtls");

/** One way of dancing: how the client is registered at Local ID, and the provider options it dances with. */
interface Profile {
  client: Omit<LocalIdClient, "redirectUris">;
  options: Partial<OAuth2Options>;
}

const secretClient = (clientId: string, metadata = {}) => ({
  clientId,
  clientSecret: `${clientId}-secret`,
  metadata,
});
const PROFILES: Record<string, Profile> = {
  bearer: { client: secretClient("bearer"), options: {} },
  par: { client: secretClient("par"), options: { par: true } },
  jar: {
    client: secretClient("jar", { jwks: JWKS, require_signed_request_object: true }),
    options: { requestObject: { key: PRIVATE_KEY, keyId: "k1" } },
  },
  "jar-par": {
    client: secretClient("jar-par", { jwks: JWKS, require_signed_request_object: true }),
    options: { par: true, requestObject: { key: PRIVATE_KEY, keyId: "k1" } },
  },
  dpop: { client: secretClient("dpop", { dpop_bound_access_tokens: true }), options: { dpop: true } },
  mtls: {
    client: {
      clientId: "mtls",
      tokenEndpointAuthMethod: "tls_client_auth",
      metadata: { tls_client_auth_subject_dn: "CN=mtls", tls_client_certificate_bound_access_tokens: true },
    },
    options: {
      tokenEndpointAuthMethod: "tls_client_auth",
      mtls: { ...certificates.client, ca: certificates.ca },
    },
  },
};

const idp = await startLocalIdProcess({
  autoLogin: true,
  requestObjects: true,
  mtls: { ...certificates.server, ca: certificates.ca },
  clients: Object.values(PROFILES).map(({ client }) => ({
    ...client,
    redirectUris: Object.keys(PROFILES).map((name) => `${APP}/login/${name}/authorized`),
  })),
});
execFileSync("taskset", ["-a", "-cp", SERVER_CORE, String(process.pid)], { stdio: "ignore" });
const localId = execFileSync("pgrep", ["-f", "local-id-child"]).toString().trim().split("\n");
for (const pid of localId) execFileSync("taskset", ["-a", "-cp", LOAD_CORE, pid], { stdio: "ignore" });

const dance = createDance({
  secret: SECRET,
  on: { beforeLogin: ({ url }) => void url.searchParams.set("login_hint", "alice") },
  providers: Object.fromEntries(
    Object.entries(PROFILES).map(([name, { client, options }]) => [
      name,
      oauth2({
        issuer: idp.issuer,
        clientId: client.clientId,
        ...(client.clientSecret ? { clientSecret: client.clientSecret } : {}),
        scope: ["openid", "email"],
        baseUrl: options.mtls ? idp.mtls?.apiUrl : idp.apiUrl,
        ...options,
      }),
    ]),
  ),
});

/** The cookie header of a browser that danced with `name` (in memory on the app's side, Local ID over HTTP). */
async function dancedCookie(name: string): Promise<string> {
  const browser = new Browser({
    [APP]: async (url, init) =>
      (await dance.fetch(new Request(url, init))) ?? new Response("not the dance's", { status: 404 }),
  });
  const visit = await browser.visit(`${APP}/login/${name}`);
  if (visit.url !== `${APP}/`) throw new Error(`${name}: the dance ended at ${visit.url}: ${visit.body}`);
  return Object.entries(browser.cookies("app.test"))
    .map(([cookie, value]) => `${cookie}=${value}`)
    .join("; ");
}

async function login(name: string): Promise<void> {
  const context = dance.createContext(
    createDanceRequest({ method: "GET", url: `/login/${name}`, headers: { host: "app.test" } }),
  );
  if ((await dance.route(context)).type !== "redirect") throw new Error(`${name}: login did not redirect`);
}

async function apiCall(name: string, cookie: string): Promise<void> {
  const context = dance.createContext(
    createDanceRequest({ method: "GET", url: "/page", headers: { host: "app.test", cookie } }),
  );
  const me = await context.oauth[name]?.api.get("me").json<{ sub: string }>();
  if (me?.sub !== "alice") throw new Error(`${name}: the API call failed`);
}

/** CPU and wall microseconds per call, `CALLS` calls one after another. */
async function perCall(call: () => Promise<void>): Promise<{ cpu: number; wall: number }> {
  const start = process.cpuUsage();
  const began = performance.now();
  for (let i = 0; i < CALLS; i++) await call();
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / CALLS, wall: ((performance.now() - began) * 1000) / CALLS };
}

const cookies = Object.fromEntries(
  await Promise.all(Object.keys(PROFILES).map(async (name) => [name, await dancedCookie(name)] as const)),
);
type Runs = Record<string, { login: number[]; loginWall: number[]; api: number[]; apiWall: number[] }>;
const runs: Runs = Object.fromEntries(
  Object.keys(PROFILES).map((name) => [name, { login: [], loginWall: [], api: [], apiWall: [] }]),
);
// Round -1 warms the JIT and the connections up and is not counted; profiles alternate within each round.
for (let round = -1; round < ROUNDS; round++) {
  for (const name of Object.keys(PROFILES)) {
    const logins = await perCall(() => login(name));
    const calls = await perCall(() => apiCall(name, cookies[name] as string));
    if (round < 0) continue;
    const run = runs[name] as Runs[string];
    run.login.push(logins.cpu);
    run.loginWall.push(logins.wall);
    run.api.push(calls.cpu);
    run.apiWall.push(calls.wall);
  }
}
await idp.close();

const round1 = (value: number) => Number(value.toFixed(1));
const medians = Object.fromEntries(
  Object.entries(runs).map(([name, run]) => [
    name,
    {
      login: round1(median(run.login)),
      loginWall: round1(median(run.loginWall)),
      api: round1(median(run.api)),
      apiWall: round1(median(run.apiWall)),
    },
  ]),
);
console.log(`µs per call, app process, medians of ${ROUNDS} rounds x ${CALLS} calls (CPU / wall)`);
console.log(`${"profile".padEnd(10)} ${"login".padStart(16)} ${"API call".padStart(16)}`);
for (const [name, m] of Object.entries(medians)) {
  console.log(
    `${name.padEnd(10)} ${`${m.login} / ${m.loginWall}`.padStart(16)} ${`${m.api} / ${m.apiWall}`.padStart(16)}`,
  );
}
const out = argument("out");
if (out) {
  writeResult(out, {
    bench: "security-profiles",
    date: new Date().toISOString(),
    machine: machine(),
    settings: { rounds: ROUNDS, calls: CALLS, execArgv: process.execArgv },
    command: `node --import tsx bench/security-profiles.ts ${process.argv.slice(2).join(" ")}`.trim(),
    results: { medians, runs },
  });
}
process.exit(0);
