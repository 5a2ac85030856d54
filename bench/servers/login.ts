// One server for the login-redirect bench: `node login.js <kind>` answers GET /login/github with a 302.
// Every kind listens on 127.0.0.1 and prints `{"port": n}` when ready. Competitors keep the state in their
// usual session store, configured as their READMEs show.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Hono } from "hono";
// passport-oauth2 takes `state: true`; the passport-github2 typings only know a string.
import type { StrategyOptions } from "passport-github2";

// Each kind loads only the packages it uses, so its memory figures are its own.
const load = {
  express: async () => (await import("express")).default,
  hono: async () => (await import("hono")).Hono,
  koa: async () => (await import("koa")).default,
  fastify: async () => (await import("fastify")).default,
  session: async () => (await import("express-session")).default,
  // grant's typings declare an ES default export; at run time it is module.exports, which has `default` too.
  grant: async () => (await import("grant")).default.default,
};

const SECRET = "bench-session-secret-that-is-long-enough";
const CLIENT = { id: "bench-client-id", secret: "bench-client-secret" };
/** What a static login route answers: the URL a real one builds, with a constant state. */
const STATIC_URL =
  "https://github.com/login/oauth/authorize?client_id=bench-client-id&redirect_uri=http%3A%2F%2F127.0.0.1%2Flogin%2Fgithub%2Fauthorized&response_type=code&scope=read%3Auser&state=unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";

async function dance() {
  const { createDance } = await import("@oauth-dance/core");
  const { github } = await import("@oauth-dance/core/providers");
  return createDance({
    secret: SECRET,
    providers: { github: github({ clientId: CLIENT.id, clientSecret: CLIENT.secret, scope: ["read:user"] }) },
  });
}

const servers: Record<string, () => Promise<number>> = {
  "node:http static": () =>
    listen(
      createServer((_req, res) => {
        res.writeHead(302, { location: STATIC_URL });
        res.end();
      }),
    ),
  "express static": async () => {
    const app = (await load.express())();
    app.get("/login/github", (_req, res) => res.redirect(302, STATIC_URL));
    return listen(createServer(app));
  },
  "hono static": async () => {
    const app = new (await load.hono())();
    app.get("/login/github", (c) => c.redirect(STATIC_URL, 302));
    return serveHono(app);
  },
  "koa static": async () => {
    const app = new (await load.koa())();
    app.use((ctx) => {
      if (ctx.path === "/login/github") ctx.redirect(STATIC_URL);
    });
    return listen(createServer(app.callback()));
  },
  "fastify static": async () => {
    const app = (await load.fastify())();
    app.get("/login/github", (_request, reply) => reply.redirect(STATIC_URL, 302));
    return listenFastify(app);
  },
  "fastify hand-written": async () => {
    // The floor of any login on Fastify: a random state, kept in an HMAC-signed cookie, and the redirect.
    const { createHmac, randomBytes } = await import("node:crypto");
    const app = (await load.fastify())();
    app.get("/login/github", (_request, reply) => {
      const state = randomBytes(32).toString("base64url");
      const signature = createHmac("sha256", SECRET).update(state).digest("base64url");
      const location = `${STATIC_URL.slice(0, STATIC_URL.indexOf("&state="))}&state=${state}`;
      reply.header("set-cookie", `state=${state}.${signature}; HttpOnly; SameSite=Lax; Path=/; Max-Age=600`);
      return reply.redirect(location, 302);
    });
    return listenFastify(app);
  },
  "oauth-dance fastify": async () => {
    const { oauthDance } = await import("@oauth-dance/fastify");
    const app = (await load.fastify())();
    await app.register(oauthDance(await dance()));
    return listenFastify(app);
  },
  "oauth-dance express": async () => {
    const { oauthDance } = await import("@oauth-dance/express");
    const app = (await load.express())();
    app.use(oauthDance(await dance()));
    return listen(createServer(app));
  },
  "oauth-dance hono": async () => {
    const { oauthDance } = await import("@oauth-dance/hono");
    const app = new (await load.hono())();
    app.use(oauthDance(await dance()));
    return serveHono(app);
  },
  "oauth-dance koa": async () => {
    const { oauthDance } = await import("@oauth-dance/koa");
    const app = new (await load.koa())();
    app.use(oauthDance(await dance()));
    return listen(createServer(app.callback()));
  },
  "grant + cookie-session": async () => {
    const { default: cookieSession } = await import("cookie-session");
    const app = (await load.express())();
    app.use(cookieSession({ name: "grant", secret: SECRET }));
    app.use((await load.grant()).express(grantConfig()));
    return listen(createServer(app));
  },
  "grant + express-session": async () => {
    const app = (await load.express())();
    app.use((await load.session())({ secret: SECRET, saveUninitialized: true, resave: false }));
    app.use((await load.grant()).express(grantConfig()));
    return listen(createServer(app));
  },
  "passport + express-session": async () => {
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
        (
          _accessToken: string,
          _refreshToken: string,
          profile: unknown,
          done: (e: null, u: unknown) => void,
        ) => done(null, profile),
      ),
    );
    const app = (await load.express())();
    app.use((await load.session())({ secret: SECRET, saveUninitialized: false, resave: false }));
    app.use(passport.initialize());
    app.use(passport.session());
    app.get("/login/github", passport.authenticate("github"));
    return listen(createServer(app));
  },
};

function grantConfig() {
  return {
    defaults: { origin: "http://127.0.0.1", transport: "session" as const, state: true, prefix: "/login" },
    github: { key: CLIENT.id, secret: CLIENT.secret, scope: ["read:user"] },
  };
}

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
}

async function serveHono(app: Hono): Promise<number> {
  const { serve } = await import("@hono/node-server");
  return new Promise((resolve) => {
    serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => resolve(info.port));
  });
}

const kind = process.argv[2] ?? "";
const start = servers[kind];
if (!start) throw new Error(`unknown server "${kind}"; one of: ${Object.keys(servers).join(", ")}`);
console.log(JSON.stringify({ port: await start() }));
// A clean exit on SIGTERM, so `--cpu-prof` gets to write its profile.
process.on("SIGTERM", () => process.exit(0));

async function listenFastify(app: import("fastify").FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  return (app.server.address() as AddressInfo).port;
}
