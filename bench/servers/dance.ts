// One app for the full-dance bench: `node dance.js <kind> <port> <issuer> <clientId> <clientSecret>`.
// Each logs users in against Local ID with the authorization code flow, state, PKCE and scope openid, keeps the
// result in its usual session, and answers GET / with 200 "ok" for a logged-in browser (401 otherwise).
import { createServer, type RequestListener } from "node:http";
import type express from "express";
// passport-oauth2 takes `state: true` and `pkce`; the passport-github2 typings do not know them.
import type { StrategyOptions } from "passport-github2";

// Each kind loads only the packages it uses.
const load = {
  express: async () => (await import("express")).default,
  session: async () => (await import("express-session")).default,
};

const [kind = "", portText = "", issuer = "", clientId = "", clientSecret = ""] = process.argv.slice(2);
const port = Number(portText);
const origin = `http://127.0.0.1:${port}`;
const SECRET = "bench-session-secret-that-is-long-enough";

/** Where the provider sends the browser back (grant's own path is `/login/corp/callback`). */
const CALLBACK_PATH = "/login/corp/authorized";

async function dance() {
  const { createDance, oauth2 } = await import("@oauth-dance/core");
  return createDance({
    secret: SECRET,
    providers: { corp: oauth2({ issuer, clientId, clientSecret, scope: ["openid"] }) },
  });
}

const apps: Record<string, () => Promise<RequestListener | "hono">> = {
  "oauth-dance express": async () => {
    const { oauthDance } = await import("@oauth-dance/express");
    const app = (await load.express())();
    app.use(oauthDance(await dance()));
    app.get("/", async (req, res) => {
      res.status((await req.oauth.corp?.authorized()) ? 200 : 401).send("ok");
    });
    return app;
  },
  "oauth-dance koa": async () => {
    const { oauthDance } = await import("@oauth-dance/koa");
    const { default: Koa } = await import("koa");
    const app = new Koa();
    app.use(oauthDance(await dance()));
    app.use(async (ctx) => {
      if (ctx.path !== "/") return;
      ctx.status = (await ctx.state.oauth.corp?.authorized()) ? 200 : 401;
      ctx.body = "ok";
    });
    return app.callback();
  },
  "oauth-dance hono": async () => "hono",
  "grant + express-session": async () =>
    grantApp((await load.session())({ secret: SECRET, saveUninitialized: true, resave: false })),
  "grant + cookie-session": async () =>
    grantApp((await import("cookie-session")).default({ name: "grant", secret: SECRET })),
  "passport + express-session": async () => {
    const { default: passport } = await import("passport");
    const { Strategy: GitHubStrategy } = await import("passport-github2");
    passport.use(
      "corp",
      new GitHubStrategy(
        {
          clientID: clientId,
          clientSecret,
          authorizationURL: `${issuer}/auth`,
          tokenURL: `${issuer}/token`,
          callbackURL: `${origin}${CALLBACK_PATH}`,
          scope: ["openid"],
          state: true,
          pkce: true,
          // As the others: the token is the result; nobody fetches a profile during the dance.
          skipUserProfile: true,
        } as unknown as StrategyOptions,
        (accessToken: string, _refreshToken: string, _profile: unknown, done: (e: null, u: object) => void) =>
          done(null, { id: "alice", accessToken }),
      ),
    );
    passport.serializeUser((user, done) => done(null, user));
    passport.deserializeUser((user: Express.User, done) => done(null, user));
    const app = (await load.express())();
    app.use((await load.session())({ secret: SECRET, saveUninitialized: false, resave: false }));
    app.use(passport.initialize());
    app.use(passport.session());
    app.get("/login/corp", passport.authenticate("corp"));
    app.get(
      CALLBACK_PATH,
      passport.authenticate("corp", { successRedirect: "/", failureRedirect: "/failed" }),
    );
    app.get("/", (req, res) => {
      res.status(req.user ? 200 : 401).send("ok");
    });
    return app;
  },
};

async function grantApp(sessionMiddleware: express.RequestHandler): Promise<RequestListener> {
  const grant = (await import("grant")).default.default;
  const app = (await load.express())();
  app.use(sessionMiddleware);
  app.use(
    grant.express({
      defaults: { origin, transport: "session", state: true, nonce: true, pkce: true, prefix: "/login" },
      corp: {
        authorize_url: `${issuer}/auth`,
        access_url: `${issuer}/token`,
        oauth: 2,
        key: clientId,
        secret: clientSecret,
        scope: ["openid"],
        callback: "/",
      },
    }),
  );
  app.get("/", (req, res) => {
    const response = (req.session as { grant?: { response?: { access_token?: string } } } | null)?.grant
      ?.response;
    res.status(response?.access_token ? 200 : 401).send("ok");
  });
  return app;
}

const build = apps[kind];
if (!build) throw new Error(`unknown app "${kind}"; one of: ${Object.keys(apps).join(", ")}`);
const listener = await build();
if (listener === "hono") {
  const { oauthDance } = await import("@oauth-dance/hono");
  const { serve } = await import("@hono/node-server");
  const app = new (await import("hono")).Hono();
  app.use(oauthDance(await dance()));
  app.get("/", async (c) => c.text("ok", (await c.var.oauth.corp?.authorized()) ? 200 : 401));
  serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, () => console.log(JSON.stringify({ port })));
} else {
  createServer(listener).listen(port, "127.0.0.1", () => console.log(JSON.stringify({ port })));
}
process.on("SIGTERM", () => process.exit(0));
