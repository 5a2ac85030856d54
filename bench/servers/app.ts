// One app for the logged-in and memory benches: `node app.js <kind> <apiUrl>`. Every kind serves
//   GET /me            the logged-in page: the user's token from where the kind keeps it, then GET <api>/user with it
//   GET /login/github  the login redirect (the memory bench counts what 100k of them leave behind)
//   GET /setup         a logged-in session for wrk: the cookies to send with every /me (in the JSON, or Set-Cookie)
// and prints `{"port": n}` when ready. Databases: SQLite in a temporary file, PostgreSQL on 127.0.0.1 (`test`).
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TokenStorage } from "@oauth-dance/core";
import type { KnexStorage } from "@oauth-dance/store-knex";
import type { Hono } from "hono";
import type { Knex } from "knex";
// passport-oauth2 takes `state: true`; the passport-github2 typings only know a string.
import type { StrategyOptions } from "passport-github2";

// Each kind loads only the packages it uses, so the memory at start is its own.
const load = {
  core: () => import("@oauth-dance/core"),
  express: async () => (await import("express")).default,
  session: async () => (await import("express-session")).default,
};

const [kind = "", apiUrl = ""] = process.argv.slice(2);
const SECRET = "bench-session-secret-that-is-long-enough";
const CLIENT = { id: "bench-client-id", secret: "bench-client-secret" };
const TOKEN = { access_token: "bench-token", token_type: "bearer", scope: "read:user" };
const TABLE = `bench_${process.pid}`;
const cleanups: (() => Promise<unknown> | undefined)[] = [];

/** The provider as GitHub's preset has it, with the API on the local endpoint. */
const provider = async () =>
  (await load.core()).oauth2({
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    authorizationUrl: "https://github.com/login/oauth/authorize",
    tokenUrl: "https://github.com/login/oauth/access_token",
    baseUrl: apiUrl,
    scope: ["read:user"],
  });

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? "").split(";")) {
    const eq = pair.indexOf("=");
    if (pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

/** The hand-written floor's API call: fetch with a bearer header. */
async function callApi(token: string): Promise<unknown> {
  const response = await fetch(`${apiUrl}user`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`API answered ${response.status}`);
  return response.json();
}

async function database(client: "sqlite" | "pg"): Promise<Knex> {
  const { default: createKnex } = await import("knex");
  const { createTokensTable, dropTokensTable } = await import("@oauth-dance/store-knex");
  let knex: Knex;
  if (client === "sqlite") {
    const folder = mkdtempSync(join(tmpdir(), "oauth-dance-bench-"));
    knex = createKnex({
      client: "better-sqlite3",
      connection: { filename: join(folder, "tokens.sqlite") },
      useNullAsDefault: true,
    });
    cleanups.push(() => Promise.resolve(rmSync(folder, { recursive: true, force: true })));
  } else {
    knex = createKnex({
      client: "pg",
      connection: { host: "127.0.0.1", user: "postgres", database: "test" },
    });
  }
  await createTokensTable(knex, { tableName: TABLE });
  cleanups.unshift(async () => {
    await dropTokensTable(knex, { tableName: TABLE });
    await knex.destroy();
  });
  return knex;
}

/** An oauth-dance app on `framework`, its token in `storage`; /setup stores alice's token and hands out cookies. */
async function danceApp(framework: "express" | "hono" | "koa", storage?: TokenStorage): Promise<Listener> {
  const { createDance, createDanceRequest } = await load.core();
  const dance = createDance({
    secret: SECRET,
    ...(storage ? { storage } : {}),
    providers: { github: await provider() },
  });
  // The session a logged-in browser carries: the sealed token (SessionStorage) or the app's own user cookie.
  const setup = async (): Promise<string[]> => {
    const context = dance.createContext(
      createDanceRequest({ method: "GET", url: "/", headers: { host: "127.0.0.1", cookie: "uid=alice" } }),
    );
    await context.oauth.github?.setToken(TOKEN);
    return [...context.takeCookies().map((cookie) => cookie.split(";")[0] as string), "uid=alice"];
  };
  if (framework === "express") {
    const { oauthDance } = await import("@oauth-dance/express");
    const app = (await load.express())();
    app.use(oauthDance(dance));
    app.get("/me", async (req, res) => {
      res.json(await req.oauth.github?.api.get("user").json());
    });
    app.get("/setup", async (_req, res) => {
      res.json({ cookies: await setup() });
    });
    return app;
  }
  if (framework === "koa") {
    const { oauthDance } = await import("@oauth-dance/koa");
    const { default: Koa } = await import("koa");
    const app = new Koa();
    app.use(oauthDance(dance));
    app.use(async (ctx) => {
      if (ctx.path === "/me") ctx.body = await ctx.state.oauth.github?.api.get("user").json();
      else if (ctx.path === "/setup") ctx.body = { cookies: await setup() };
    });
    return app.callback();
  }
  const { oauthDance } = await import("@oauth-dance/hono");
  const app = new (await import("hono")).Hono();
  app.use(oauthDance(dance));
  app.get("/me", async (c) => c.json(await c.var.oauth.github?.api.get("user").json()));
  app.get("/setup", async (c) => c.json({ cookies: await setup() }));
  return { hono: app };
}

/** The floor: read the user's token (a cookie, or one SQL query by the app's user cookie) and fetch. */
async function handWritten(knex?: Knex): Promise<Listener> {
  const app = (await load.express())();
  app.get("/me", async (req, res) => {
    let token = cookieValue(req.headers.cookie, "token");
    if (knex) {
      const row = await knex(TABLE)
        .select("token")
        .where({ provider: "github", user_key: cookieValue(req.headers.cookie, "uid") ?? "" })
        .first();
      const stored = typeof row?.token === "string" ? JSON.parse(row.token) : row?.token;
      token = stored?.access_token;
    }
    if (!token) {
      res.status(401).end();
      return;
    }
    res.json(await callApi(token));
  });
  app.get("/setup", async (_req, res) => {
    if (knex) {
      await knex(TABLE).insert({
        provider: "github",
        user_id: "alice",
        user_key: "alice",
        token: JSON.stringify(TOKEN),
        version: 1,
      });
    }
    res.json({ cookies: knex ? ["uid=alice"] : [`token=${TOKEN.access_token}`] });
  });
  app.get("/login/github", (_req, res) => res.redirect(302, "https://github.com/login/oauth/authorize"));
  return app;
}

/** grant or passport on Express with express-session: /setup logs alice in as their callback would. */
async function competitor(library: "grant" | "passport"): Promise<Listener> {
  const app = (await load.express())();
  const session = await load.session();
  app.use(session({ secret: SECRET, saveUninitialized: library === "grant", resave: false }));
  if (library === "grant") {
    const grant = (await import("grant")).default.default;
    app.use(
      grant.express({
        defaults: { origin: "http://127.0.0.1", transport: "session", state: true, prefix: "/login" },
        github: { key: CLIENT.id, secret: CLIENT.secret, scope: ["read:user"] },
      }),
    );
    app.get("/setup", (req, res) => {
      (req.session as unknown as { grant: unknown }).grant = { provider: "github", response: TOKEN };
      // express-session adds its cookie when the answer goes out: the client takes it from Set-Cookie.
      res.json({ cookies: [] });
    });
    app.get("/me", async (req, res) => {
      const grantSession = (req.session as unknown as { grant?: { response?: typeof TOKEN } }).grant;
      const token = grantSession?.response?.access_token;
      if (!token) {
        res.status(401).end();
        return;
      }
      res.json(await callApi(token));
    });
    return app;
  }
  const { default: passport } = await import("passport");
  const { Strategy: GitHubStrategy } = await import("passport-github2");
  passport.use(
    new GitHubStrategy(
      {
        clientID: CLIENT.id,
        clientSecret: CLIENT.secret,
        callbackURL: "http://127.0.0.1/login/github/authorized",
        scope: ["read:user"],
        state: true,
      } as unknown as StrategyOptions,
      (accessToken: string, _r: string, _p: unknown, done: (e: null, u: object) => void) =>
        done(null, { id: "alice", accessToken }),
    ),
  );
  passport.serializeUser((user, done) => done(null, user));
  passport.deserializeUser((user: Express.User, done) => done(null, user));
  app.use(passport.initialize());
  app.use(passport.session());
  app.get("/login/github", passport.authenticate("github"));
  app.get("/setup", (req, res, next) => {
    req.login({ id: "alice", accessToken: TOKEN.access_token }, (error) =>
      error ? next(error) : res.json({ cookies: [] }),
    );
  });
  app.get("/me", async (req, res) => {
    const token = (req.user as { accessToken?: string } | undefined)?.accessToken;
    if (!token) {
      res.status(401).end();
      return;
    }
    res.json(await callApi(token));
  });
  return app;
}

type Listener = RequestListener | { hono: Hono };

const apps: Record<string, () => Promise<Listener> | Listener> = {
  "hand-written: token cookie + fetch": () => handWritten(),
  "oauth-dance express (SessionStorage)": () => danceApp("express"),
  "oauth-dance hono (SessionStorage)": () => danceApp("hono"),
  "oauth-dance koa (SessionStorage)": () => danceApp("koa"),
  "hand-written: SQLite query + fetch": async () => handWritten(await database("sqlite")),
  "oauth-dance express (KnexStorage SQLite)": async () =>
    danceApp("express", await knexStorage(await database("sqlite"))),
  "hand-written: PostgreSQL query + fetch": async () => handWritten(await database("pg")),
  "oauth-dance express (KnexStorage PostgreSQL)": async () =>
    danceApp("express", await knexStorage(await database("pg"))),
  "grant + express-session": () => competitor("grant"),
  "passport + express-session": () => competitor("passport"),
};

async function knexStorage(knex: Knex): Promise<KnexStorage> {
  const { KnexStorage } = await import("@oauth-dance/store-knex");
  return new KnexStorage({
    knex,
    tableName: TABLE,
    user: ({ request }) => request?.cookies.uid,
  });
}

const build = apps[kind];
if (!build) throw new Error(`unknown app "${kind}"; one of: ${Object.keys(apps).join(", ")}`);
const listener = await build();
const port = await new Promise<number>((resolve) => {
  if ("hono" in listener) {
    void import("@hono/node-server").then(({ serve }) =>
      serve({ fetch: listener.hono.fetch, port: 0, hostname: "127.0.0.1" }, (info) => resolve(info.port)),
    );
  } else {
    const server = createServer(listener);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  }
});
console.log(JSON.stringify({ port }));
process.on("SIGTERM", () => {
  void (async () => {
    for (const cleanup of cleanups) await cleanup()?.catch(() => undefined);
    process.exit(0);
  })();
});
