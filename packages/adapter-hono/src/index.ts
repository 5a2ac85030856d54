// @oauth-dance/hono: Hono middleware that maps requests onto the core and exposes `c.var.oauth`, on any runtime.
import {
  type ConfigSource,
  type Dance,
  type DeclaredProvider,
  danceRequestFromWeb,
  type Handles,
  type RegisteredHandles,
  toWebResponse,
} from "@oauth-dance/core";
import type { Context, MiddlewareHandler } from "hono";

export interface HonoDanceOptions {
  /** Believe X-Forwarded-Proto / X-Forwarded-Host for the public URL. Only behind a proxy you run. Default false. */
  trustProxy?: boolean;
  /** The app's public origin (`https://app.example.com`), when it cannot be read from the request. */
  baseUrl?: string;
  /** Where `fromConfig` reads: a record, or a function of the context. Default `c.env`, then `process.env`. */
  config?: ConfigSource | ((c: Context) => ConfigSource);
}

/** Hono's `Env` of an app that uses `oauthDance(dance)`: `new Hono<OAuthDanceEnv<typeof dance>>()`. */
export type OAuthDanceEnv<D extends Dance = Dance> = {
  Variables: { oauth: D extends Dance<infer P> ? Handles<P> : Handles };
};

declare module "hono" {
  interface ContextVariableMap {
    /** This request's provider handles (`c.var.oauth.github`), set by `oauthDance()`. */
    oauth: RegisteredHandles;
  }
}

/**
 * Mounts the dance routes (`/login/:provider`, `/login/:provider/authorized`) and sets `c.var.oauth` for every
 * other route. Cookie changes made in handlers (`logout()`, `setToken()`) are added to the handler's response.
 * Uses Web APIs only, so it runs wherever Hono runs (Node, Bun, Deno, Workers).
 *
 * @throws DanceError `missing_config` or `invalid_options` (to `app.onError`) when `fromConfig` finds nothing usable.
 * @example app.use(oauthDance(dance));
 */
export function oauthDance<P extends Record<string, DeclaredProvider>>(
  dance: Dance<P>,
  options: HonoDanceOptions = {},
): MiddlewareHandler<OAuthDanceEnv<Dance<P>>> {
  return async function oauthDanceMiddleware(c, next) {
    const headers = nodeHeaders(c);
    const request = danceRequestFromWeb(c.req.raw, options, headers);
    const config = configOf(c, options.config, headers !== undefined);
    const context = dance.createContext(request, { native: c, config });
    const result = await dance.route(context);
    if (result.type !== "pass") return toWebResponse(result);
    c.set("oauth", context.oauth);
    await next();
    // c.header() copies a finalized response first, so this works on immutable ones (Response.redirect, fetch).
    for (const cookie of context.takeCookies()) c.header("Set-Cookie", cookie, { append: true });
  };
}

/**
 * On @hono/node-server `c.env.incoming` is Node's request: reading its header record spares building the Web
 * `Headers` the lightweight `c.req.raw` otherwise makes on first use. Elsewhere: undefined (use `c.req.raw`).
 */
function nodeHeaders(c: Context): Record<string, string | string[] | undefined> | undefined {
  const headers = (c.env as { incoming?: { headers?: unknown } } | undefined)?.incoming?.headers;
  return typeof headers === "object" && headers !== null
    ? (headers as Record<string, string | string[]>)
    : undefined;
}

/**
 * Workers hand their secrets over as `c.env`, read first, with `process.env` behind it. On @hono/node-server
 * `c.env` is only Node's request and response (`onNode`), so `process.env` is read alone.
 */
function configOf(c: Context, config: HonoDanceOptions["config"], onNode: boolean): ConfigSource | undefined {
  if (config) return typeof config === "function" ? config(c) : config;
  const processEnv = (globalThis as { process?: { env?: ConfigSource } }).process?.env;
  const env: unknown = c.env;
  if (onNode || typeof env !== "object" || env === null) return processEnv;
  if (!processEnv) return env as ConfigSource;
  // Defined, not assigned: an assignment would go through process.env's setter, which on Deno writes c.env's
  // entries into the process environment (and on Node warns about non-string values).
  const merged: ConfigSource = Object.create(processEnv);
  for (const [key, value] of Object.entries(env)) {
    Object.defineProperty(merged, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return merged;
}
