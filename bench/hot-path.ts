// The core's own CPU cost per login, callback and logged-in request, in process: no framework, no HTTP server.
// The callback's token request and the logged-in request's API call go to a local endpoint in another process
// (on the other core), so the client side of those calls is counted, as it is in an app.
// Run: node --import tsx bench/hot-path.ts [--calls 4000] [--out hot-path] [--native-fetch] [--telemetry]
//   (built dist; npm run build first; --conditions=@oauth-dance/source runs the TypeScript sources instead)
//   --native-fetch sends provider calls with the global fetch, as before the node:http fast path.
//   --telemetry hands the dance @opentelemetry/api's tracer and meter with no SDK registered (the API's no-ops):
//   what tracing costs an app that has the API but exports nothing.
import { fork } from "node:child_process";
import { createDance, createDanceRequest, type DanceResult, oauth2 } from "@oauth-dance/core";
import { metrics, trace } from "@opentelemetry/api";
import { argument, LOAD_CORE, machine, median, SERVER_CORE, writeResult } from "./support/kit.js";

const ROUNDS = 5;
const CALLS = Number(argument("calls") ?? 4000);
const CONCURRENCY = 16;
const HOST = { host: "127.0.0.1:3000" };

if (process.argv.includes("--native-fetch")) {
  // Any replaced global fetch turns the fast path off; this one only forwards.
  const native = globalThis.fetch;
  globalThis.fetch = (input, init) => native(input, init);
}

const endpoint = fork(new URL("./support/token-endpoint.ts", import.meta.url), {
  execArgv: ["--import", "tsx"],
});
const port = await new Promise<number>((resolve) => endpoint.once("message", (m) => resolve(Number(m))));
const { execFileSync } = await import("node:child_process");
execFileSync("taskset", ["-a", "-cp", LOAD_CORE, String(endpoint.pid)], { stdio: "ignore" });
execFileSync("taskset", ["-a", "-cp", SERVER_CORE, String(process.pid)], { stdio: "ignore" });
const base = `http://127.0.0.1:${port}`;

// GitHub's shape (plain OAuth 2, PKCE, a client secret), pointed at the local endpoint.
const telemetry = process.argv.includes("--telemetry")
  ? { telemetry: { tracer: trace.getTracer("bench"), meter: metrics.getMeter("bench") } }
  : {};
const dance = createDance({
  secret: "bench-session-secret-that-is-long-enough",
  ...telemetry,
  providers: {
    github: oauth2({
      clientId: "bench-client-id",
      clientSecret: "bench-client-secret",
      authorizationUrl: "https://github.com/login/oauth/authorize",
      tokenUrl: `${base}/token`,
      baseUrl: `${base}/`,
      scope: ["read:user"],
    }),
  },
});

const cookieHeader = (result: DanceResult) =>
  result.type === "pass"
    ? ""
    : result.cookies
        .filter((cookie) => !/Max-Age=0/.test(cookie))
        .map((cookie) => cookie.split(";")[0])
        .join("; ");

async function login(): Promise<DanceResult> {
  const context = dance.createContext(
    createDanceRequest({ method: "GET", url: "/login/github", headers: HOST }),
  );
  return dance.route(context);
}

/** A login's redirect, turned into the callback request the browser makes when the provider sends it back. */
async function pendingCallback(): Promise<{ url: string; cookie: string }> {
  const result = await login();
  if (result.type !== "redirect") throw new Error("login did not redirect");
  const state = new URL(result.location).searchParams.get("state");
  return { url: `/login/github/authorized?code=bench-code&state=${state}`, cookie: cookieHeader(result) };
}

async function callback(pending: { url: string; cookie: string }): Promise<DanceResult> {
  const request = createDanceRequest({
    method: "GET",
    url: pending.url,
    headers: { ...HOST, cookie: pending.cookie },
  });
  const result = await dance.route(dance.createContext(request));
  if (result.type !== "redirect" || result.location !== "/")
    throw new Error(`callback failed: ${JSON.stringify(result)}`);
  return result;
}

/** A logged-in page: the token read from its sealed cookie, then one API call through `handle.api`. */
async function loggedIn(cookie: string): Promise<void> {
  const context = dance.createContext(
    createDanceRequest({ method: "GET", url: "/dashboard", headers: { ...HOST, cookie } }),
  );
  if ((await dance.route(context)).type !== "pass") throw new Error("not a pass");
  const me = await context.oauth.github?.api.get("user").json<{ login: string }>();
  if (me?.login !== "alice") throw new Error("the API call failed");
}

/** CPU microseconds per call of `call(i)`, CALLS calls with CONCURRENCY in flight. */
async function cpuPerCall(call: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CALLS) await call(next++);
    }),
  );
  const used = process.cpuUsage(start);
  return (used.user + used.system) / CALLS;
}

const tokenCookie = cookieHeader(await callback(await pendingCallback()));
const results: Record<string, number[]> = { login: [], callback: [], "logged-in api call": [] };
for (let round = -1; round < ROUNDS; round++) {
  const pending = await Promise.all(Array.from({ length: CALLS }, pendingCallback));
  const rounds = [
    await cpuPerCall(login),
    await cpuPerCall((i) => callback(pending[i] as { url: string; cookie: string })),
    await cpuPerCall(() => loggedIn(tokenCookie)),
  ];
  // Round -1 warms the JIT up and is not counted.
  if (round >= 0) {
    for (const [i, list] of Object.values(results).entries()) list.push(rounds[i] as number);
  }
}
endpoint.kill();

const medians = Object.fromEntries(
  Object.entries(results).map(([name, list]) => [name, Number(median(list).toFixed(1))]),
);
const label = [
  process.argv.includes("--native-fetch") ? "global fetch" : "default",
  ...(process.argv.includes("--telemetry") ? ["telemetry API, no SDK"] : []),
].join(", ");
console.log(
  `CPU µs per call (${label}), medians of ${ROUNDS} rounds x ${CALLS} calls, concurrency ${CONCURRENCY}`,
);
for (const [name, value] of Object.entries(medians))
  console.log(`${name.padEnd(22)} ${value.toFixed(1).padStart(7)} µs`);
const out = argument("out");
if (out) {
  writeResult(out, {
    bench: "hot-path",
    date: new Date().toISOString(),
    machine: machine(),
    settings: {
      rounds: ROUNDS,
      calls: CALLS,
      concurrency: CONCURRENCY,
      fetch: label,
      execArgv: process.execArgv,
    },
    command: `node --import tsx bench/hot-path.ts ${process.argv.slice(2).join(" ")}`.trim(),
    results: Object.fromEntries(
      Object.entries(results).map(([name, list]) => [name, { median: medians[name], runs: list }]),
    ),
  });
}
process.exit(0);
