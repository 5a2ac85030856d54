// `dance.fetch`: the dance as a Web fetch handler, for any runtime, and for frameworks that have no adapter.
import type { ConfigSource } from "../options/from-config.js";
import type { DanceRequest } from "./request.js";
import type { DanceResult } from "./result.js";
import { danceRequestFromWeb, type WebRequestOptions } from "./web-request.js";
import { toWebResponse } from "./web-response.js";

/** Options of `dance.fetch`. */
export interface FetchOptions extends WebRequestOptions {
  /** Where `fromConfig` reads from: a Workers `env`, `process.env`, any record. Default: none. */
  config?: ConfigSource | undefined;
}

/** The two calls of a dance that serving a request takes (what an adapter does, for a Web `Request`). */
export interface RequestServing<Context> {
  createContext(
    request: DanceRequest,
    options: { native: unknown; config: ConfigSource | undefined },
  ): Context;
  route(context: Context): Promise<DanceResult>;
}

/** Serves one Web `Request`: the dance route's `Response`, or `undefined` when the request is not a dance route. */
export async function fetchDance<Context>(
  dance: RequestServing<Context>,
  request: Request,
  options: FetchOptions = {},
): Promise<Response | undefined> {
  const context = dance.createContext(danceRequestFromWeb(request, options), {
    native: request,
    config: options.config,
  });
  const result = await dance.route(context);
  return result.type === "pass" ? undefined : toWebResponse(result);
}

/** A request's handles outside the dance's routes, for fetch frameworks (a route handler, a server action, a hook). */
export interface WebHandles<Oauth> {
  /** The provider handles: `oauth.github`. */
  readonly oauth: Oauth;
  /**
   * The `Set-Cookie` values the handles' changes produced so far (`logout()`, a refreshed or stored token), each
   * given once: send them with the response.
   */
  cookies(): string[];
}

/** The handles of a Web `Request`, as the adapters set them for a route that is not the dance's. */
export function fetchHandles<Context extends { oauth: unknown; takeCookies(): string[] }>(
  dance: Pick<RequestServing<Context>, "createContext">,
  request: Request,
  options: FetchOptions = {},
): WebHandles<Context["oauth"]> {
  const context = dance.createContext(danceRequestFromWeb(request, options), {
    native: request,
    config: options.config,
  });
  return { oauth: context.oauth, cookies: () => context.takeCookies() };
}
