// Full dance against a local oidc-provider: completed dances per second and the app's CPU milliseconds per dance
// (from /proc), for each oauth-dance adapter, grant and passport. The app runs alone on core 0; Local ID and the
// scripted browsers share core 1. Every dance starts as a new visitor of the app; the browsers stay signed in at
// the provider (returning users), so the provider answers /auth with a redirect and the app's work dominates.
// Build first (npm run build), then: node --import tsx bench/full-dance.ts [--runs 3] [--seconds 10]
//   [--concurrency 16] [--only "oauth-dance hono"] [--out full-dance] [--node-args "--cpu-prof"]
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { CookieJar, closeAgents, get } from "./support/browser.js";
import {
  argument,
  compileServers,
  cpuMs,
  LOAD_CORE,
  machine,
  memoryMb,
  selectedKinds,
  startServer,
  withMedians,
  writeResult,
} from "./support/kit.js";

const KINDS = [
  "oauth-dance express",
  "oauth-dance hono",
  "oauth-dance koa",
  "grant + express-session",
  "grant + cookie-session",
  "passport + express-session",
];
const RUNS = Number(argument("runs") ?? 3);
const SECONDS = Number(argument("seconds") ?? 10);
const CONCURRENCY = Number(argument("concurrency") ?? 16);
const WARMUP_SECONDS = 3;
/** Every this many dances a browser also loads the app's home page, to check it really is logged in. */
const VERIFY_EVERY = 25;
const kinds = selectedKinds(KINDS);
const nodeArgs = argument("node-args")?.split(" ").filter(Boolean) ?? [];

// This process is the browsers: it runs on the load core, beside the provider.
execFileSync("taskset", ["-a", "-cp", LOAD_CORE, String(process.pid)], { stdio: "ignore" });

const { "servers/dance.ts": appFile } = await compileServers(["servers/dance.ts"]);
const localIdFile = fileURLToPath(new URL("./servers/local-id.ts", import.meta.url));

interface Run {
  dancesPerSecond: number;
  appCpuMsPerDance: number;
  dances: number;
  failures: number;
  verified: number;
  appPeakRssMb: number;
  loadavg1: number;
}

interface Tally {
  dances: number;
  failures: number;
  verified: number;
  firstFailure?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One dance as a browser does it: login, the provider's redirects, the callback; true when it logged in. */
async function danceOnce(app: URL, issuer: URL, idpJar: CookieJar, verify: boolean): Promise<true | string> {
  const appJar = new CookieJar();
  let answer = await get(new URL("/login/corp", app), appJar);
  if (answer.status !== 302 || !answer.location) return `login answered ${answer.status}`;
  let next = new URL(answer.location, app);
  // Local ID signs alice in without pages the first time (autoLogin); later it remembers her.
  next.searchParams.set("login_hint", "alice");
  for (let hop = 0; hop < 12 && next.origin === issuer.origin; hop++) {
    answer = await get(next, idpJar);
    if (!answer.location) return `provider answered ${answer.status} at ${next.pathname}`;
    next = new URL(answer.location, next);
  }
  if (next.origin !== app.origin) return `the provider did not come back (${next.origin})`;
  answer = await get(next, appJar);
  if (answer.status !== 302 || answer.location !== "/") {
    return `callback answered ${answer.status} -> ${answer.location}`;
  }
  if (verify) {
    const home = await get(new URL("/", app), appJar);
    if (home.status !== 200) return `logged-in home page answered ${home.status}`;
  }
  return true;
}

/** CONCURRENCY browsers dancing until `until`; only dances finished by then count. */
async function drive(app: URL, issuer: URL, jars: CookieJar[], until: number, tally: Tally): Promise<void> {
  await Promise.all(
    jars.map(async (jar) => {
      let count = 0;
      while (Date.now() < until) {
        const outcome = await danceOnce(app, issuer, jar, ++count % VERIFY_EVERY === 0).catch(
          (error: unknown) => String(error),
        );
        if (Date.now() > until) break;
        if (outcome === true) {
          tally.dances++;
          if (count % VERIFY_EVERY === 0) tally.verified++;
        } else {
          tally.failures++;
          tally.firstFailure ??= outcome;
        }
      }
    }),
  );
}

const runs: Record<string, Run[]> = Object.fromEntries(kinds.map((kind) => [kind, []]));
for (let run = 0; run < RUNS; run++) {
  for (const kind of kinds) {
    const port = await freePort();
    const isGrant = kind.startsWith("grant");
    const callbackPath = isGrant ? "/login/corp/callback" : "/login/corp/authorized";
    const client = {
      clientId: "bench-app",
      clientSecret: "bench-app-secret",
      redirectUris: [`http://127.0.0.1:${port}${callbackPath}`],
      // What each library sends by default: openid-client Basic, grant and passport the body.
      tokenEndpointAuthMethod: kind.startsWith("oauth-dance") ? "client_secret_basic" : "client_secret_post",
    };
    const idp = await startServer(localIdFile, [JSON.stringify([client])], {
      core: LOAD_CORE,
      nodeArgs: ["--import", "tsx"],
    });
    const issuer = new URL(String(idp.info.issuer));
    const app = await startServer(
      appFile as string,
      [kind, String(port), issuer.origin, client.clientId, client.clientSecret],
      { nodeArgs },
    );
    try {
      const appUrl = new URL(`http://127.0.0.1:${port}/`);
      const jars = Array.from({ length: CONCURRENCY }, () => new CookieJar());
      const warm: Tally = { dances: 0, failures: 0, verified: 0 };
      await drive(appUrl, issuer, jars, Date.now() + WARMUP_SECONDS * 1000, warm);
      if (warm.dances === 0)
        throw new Error(`${kind}: no dance completed in the warm-up: ${warm.firstFailure}`);
      const tally: Tally = { dances: 0, failures: 0, verified: 0 };
      const load = loadavg()[0] as number;
      const before = cpuMs(app.pid);
      const started = Date.now();
      await drive(appUrl, issuer, jars, started + SECONDS * 1000, tally);
      const elapsed = (Date.now() - started) / 1000;
      const cpu = cpuMs(app.pid) - before;
      const entry: Run = {
        dancesPerSecond: Math.round(tally.dances / elapsed),
        appCpuMsPerDance: Number((cpu / tally.dances).toFixed(3)),
        dances: tally.dances,
        failures: tally.failures,
        verified: tally.verified,
        appPeakRssMb: Number(memoryMb(app.pid).peak.toFixed(1)),
        loadavg1: Number(load.toFixed(2)),
      };
      runs[kind]?.push(entry);
      console.log(
        `run ${run + 1}/${RUNS}  ${kind.padEnd(28)} ${String(entry.dancesPerSecond).padStart(5)} dances/s  ${entry.appCpuMsPerDance.toFixed(3)} ms app CPU/dance  failures ${entry.failures}${tally.firstFailure ? ` (${tally.firstFailure})` : ""}  load ${entry.loadavg1}`,
      );
    } finally {
      closeAgents();
      await app.stop();
      await idp.stop();
    }
  }
}

const results = withMedians(runs, ["dancesPerSecond", "appCpuMsPerDance", "appPeakRssMb"]);
const file = writeResult(argument("out") ?? "full-dance", {
  bench: "full-dance",
  date: new Date().toISOString(),
  machine: machine(),
  settings: {
    runs: RUNS,
    seconds: SECONDS,
    concurrency: CONCURRENCY,
    warmupSeconds: WARMUP_SECONDS,
    nodeArgs,
  },
  command: `node --import tsx bench/full-dance.ts ${process.argv.slice(2).join(" ")}`.trim(),
  results,
});
console.log(`\nmedians of ${RUNS} runs -> ${file}`);
for (const [kind, { median: m }] of Object.entries(results)) {
  console.log(
    `${kind.padEnd(28)} ${String(m.dancesPerSecond).padStart(5)} dances/s  ${m.appCpuMsPerDance.toFixed(3)} ms/dance`,
  );
}
