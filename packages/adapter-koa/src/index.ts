// @oauth-dance/koa: Koa 2/3 middleware that maps requests onto the core and exposes `ctx.state.oauth`.
import {
  type ConfigSource,
  type Dance,
  type DanceResult,
  type DeclaredProvider,
  danceRequestFromNode,
  type RegisteredHandles,
} from "@oauth-dance/core";
import type { Context, Middleware } from "koa";

export interface KoaDanceOptions {
  /** Believe X-Forwarded-Proto / X-Forwarded-Host for the public URL. Default: the app's own `app.proxy`. */
  trustProxy?: boolean;
  /** The app's public origin (`https://app.example.com`), when it cannot be read from the request. */
  baseUrl?: string;
  /** Where `fromConfig` reads: a record, or a function of the context. Default `process.env`. */
  config?: ConfigSource | ((ctx: Context) => ConfigSource);
}

declare module "koa" {
  interface DefaultState {
    /** This request's provider handles (`ctx.state.oauth.github`), set by `oauthDance()`. */
    oauth: RegisteredHandles;
  }
}

/**
 * Mounts the dance routes (`/login/:provider`, `/login/:provider/authorized`) and sets `ctx.state.oauth` for the
 * middleware after it. Cookie changes made downstream (`logout()`, `setToken()`) are added to the response.
 *
 * @throws DanceError `missing_config` or `invalid_options` (to Koa's error handling) when `fromConfig` finds
 * nothing usable.
 * @example app.use(oauthDance(dance));
 */
export function oauthDance<P extends Record<string, DeclaredProvider>>(
  dance: Dance<P>,
  options: KoaDanceOptions = {},
): Middleware {
  return async function oauthDanceMiddleware(ctx, next) {
    const config =
      typeof options.config === "function" ? options.config(ctx) : (options.config ?? process.env);
    const request = danceRequestFromNode(ctx.req, {
      url: ctx.originalUrl,
      trustProxy: options.trustProxy ?? ctx.app.proxy,
      baseUrl: options.baseUrl,
      parsedBody: () => (ctx.request as { body?: unknown }).body,
    });
    const context = dance.createContext(request, { native: ctx, config });
    const result = await dance.route(context);
    if (result.type !== "pass") return send(ctx, result);
    ctx.state.oauth = context.oauth as RegisteredHandles;
    await next();
    // Koa writes the response after the whole chain has returned, so headers can still be added here.
    const cookies = context.takeCookies();
    if (cookies.length > 0) ctx.append("Set-Cookie", cookies);
  };
}

function send(ctx: Context, result: Exclude<DanceResult, { type: "pass" }>): void {
  if (result.cookies.length > 0) ctx.append("Set-Cookie", result.cookies);
  if (result.type === "redirect") {
    ctx.set("Location", result.location);
    // A null body before the status: Koa sends it empty (setting it after would turn the status into 204).
    ctx.body = null;
    ctx.status = result.status;
    return;
  }
  ctx.status = result.status;
  ctx.set(result.headers);
  ctx.body = result.body;
}
