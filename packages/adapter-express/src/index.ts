// @oauth-dance/express: Express 4/5 middleware that maps requests onto the core and exposes `req.oauth`.
import {
  type ConfigSource,
  type Dance,
  type DanceResult,
  type DeclaredProvider,
  danceRequestFromNode,
  type RegisteredHandles,
} from "@oauth-dance/core";
import type { NextFunction, Request, RequestHandler, Response } from "express";

export interface ExpressDanceOptions {
  /** Believe X-Forwarded-Proto / X-Forwarded-Host for the public URL. Only behind a proxy you run. Default false. */
  trustProxy?: boolean;
  /** The app's public origin (`https://app.example.com`), when it cannot be read from the request. */
  baseUrl?: string;
  /** Where `fromConfig` reads: a record, or a function of the request. Default `process.env`. */
  config?: ConfigSource | ((req: Request) => ConfigSource);
}

declare global {
  namespace Express {
    interface Request {
      /** This request's provider handles (`req.oauth.github`), set by `oauthDance()`. */
      oauth: RegisteredHandles;
    }
  }
}

/**
 * Mounts the dance routes (`/login/:provider`, `/login/:provider/authorized`) and sets `req.oauth` for every
 * other route. Cookie changes made in route handlers (`logout()`, `setToken()`) are sent with the response.
 *
 * @example app.use(oauthDance(dance));
 */
export function oauthDance<P extends Record<string, DeclaredProvider>>(
  dance: Dance<P>,
  options: ExpressDanceOptions = {},
): RequestHandler {
  return async function oauthDanceMiddleware(req: Request, res: Response, next: NextFunction) {
    try {
      const config =
        typeof options.config === "function" ? options.config(req) : (options.config ?? process.env);
      const request = danceRequestFromNode(req, {
        url: req.originalUrl,
        trustProxy: options.trustProxy ?? false,
        baseUrl: options.baseUrl,
        parsedBody: () => req.body,
      });
      const context = dance.createContext(request, { native: req, config });
      const result = await dance.route(context);
      if (result.type !== "pass") return send(res, result);
      req.oauth = context.oauth as RegisteredHandles;
      flushCookiesBeforeHeaders(res, () => context.takeCookies());
      next();
    } catch (error) {
      next(error);
    }
  };
}

function send(res: Response, result: Exclude<DanceResult, { type: "pass" }>): void {
  // Node's own calls: the core's locations are serialized URLs already, which Express's helpers would re-check.
  if (result.cookies.length > 0) res.appendHeader("Set-Cookie", result.cookies);
  if (result.type === "redirect") {
    res.statusCode = result.status;
    res.setHeader("Location", result.location);
    res.end();
    return;
  }
  res.status(result.status).set(result.headers).send(result.body);
}

/** Sends whatever cookies the app's handlers produced, at the last moment before the status line is written. */
function flushCookiesBeforeHeaders(res: Response, take: () => string[]): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
    const cookies = take();
    if (cookies.length > 0 && !this.headersSent) this.append("Set-Cookie", cookies);
    return writeHead.apply(this, args);
  } as Response["writeHead"];
}
