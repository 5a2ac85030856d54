// The app the runtime matrix serves on each runtime: the scenario app's routes behind `dance.fetch` or the Hono
// adapter, configured only from the environment it is handed, the way a Worker receives its secrets as `env`.
import { createDance, type Dance, danceRequestFromWeb, oauth2 } from "@oauth-dance/core";
import { Hono } from "hono";
import { mountHonoApp } from "../../support/drivers/hono-app.js";
import { appRoutes } from "../../support/scenario-app.js";

/**
 * `fetch`: `dance.fetch` for the dance routes and the core's handles for the rest. `hono`: the Hono adapter.
 * `express`, `koa`: the Node-only adapters, served by serve-node only.
 */
export type AppKind = "fetch" | "hono" | "express" | "koa";

/** What the app reads from its environment. The client id and secret are read per request through fromConfig. */
export interface RuntimeEnv {
  ISSUER: string;
  SESSION_SECRET: string;
  CORP_CLIENT_ID: string;
  CORP_CLIENT_SECRET: string;
  [key: string]: unknown;
}

export type FetchHandler = (request: Request, env: RuntimeEnv) => Promise<Response>;

/** The dance on Local ID's "corp" client; `?as=<user>` becomes Local ID's login_hint, so no login form is needed. */
export function createRuntimeDance(env: RuntimeEnv): Dance {
  return createDance({
    secret: env.SESSION_SECRET,
    on: {
      beforeLogin: ({ url, request }) => {
        const as = request.url.searchParams.get("as");
        if (as) url.searchParams.set("login_hint", as);
      },
    },
    providers: {
      corp: oauth2({
        issuer: env.ISSUER,
        fromConfig: { clientId: "CORP_CLIENT_ID", clientSecret: "CORP_CLIENT_SECRET" },
        scope: ["openid", "email", "profile"],
        baseUrl: `${env.ISSUER}/api/`,
      }),
    },
  });
}

/** The app as a fetch handler. The dance is made on the first request, from that request's env. */
export function createRuntimeApp(kind: AppKind): FetchHandler {
  let handler: FetchHandler | undefined;
  return (request, env) => {
    if (kind === "express" || kind === "koa") throw new Error(`${kind} is served by serve-node only`);
    handler ??= kind === "hono" ? honoApp(createRuntimeDance(env)) : fetchApp(createRuntimeDance(env));
    return handler(request, env);
  };
}

function honoApp(dance: Dance): FetchHandler {
  const app = new Hono();
  mountHonoApp(app, dance, {});
  app.get("/runtime", (c) => c.json(runtimeName()));
  return async (request, env) => app.fetch(request, env);
}

function fetchApp(dance: Dance): FetchHandler {
  return async (request, env) => {
    const danced = await dance.fetch(request, { config: env });
    if (danced) return danced;
    const url = new URL(request.url);
    if (url.pathname === "/runtime") return Response.json(runtimeName());
    const route = appRoutes.find((r) => r.path === url.pathname);
    if (!route) return new Response("not found", { status: 404 });
    const context = dance.createContext(danceRequestFromWeb(request), { native: request, config: env });
    const reply = await route.handle(context.oauth, { url: url.pathname + url.search });
    const response = Response.json(reply.body, { status: reply.status, headers: reply.headers ?? {} });
    for (const cookie of context.takeCookies()) response.headers.append("set-cookie", cookie);
    return response;
  };
}

/** Which runtime answers, as it says itself: the matrix checks that the app under test runs where it was started. */
function runtimeName(): string {
  const g = globalThis as {
    Bun?: { version: string };
    Deno?: { version: { deno: string } };
    navigator?: { userAgent?: string };
    process?: { versions?: { node?: string } };
  };
  if (g.Bun) return `bun ${g.Bun.version}`;
  if (g.Deno) return `deno ${g.Deno.version.deno}`;
  if (g.navigator?.userAgent === "Cloudflare-Workers") return "workerd";
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`;
  return g.navigator?.userAgent ?? "unknown";
}
