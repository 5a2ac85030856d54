// `dance.fetch`: the dance as a Web fetch handler, for any runtime, and for frameworks that have no adapter.
import type { Dance } from "../dance.js";
import type { ConfigSource } from "../options/from-config.js";
import type { Provider } from "../provider.js";
import { danceRequestFromWeb, type WebRequestOptions } from "./web-request.js";
import { toWebResponse } from "./web-response.js";

/** Options of `dance.fetch`. */
export interface FetchOptions extends WebRequestOptions {
  /** Where `fromConfig` reads from: a Workers `env`, `process.env`, any record. Default: none. */
  config?: ConfigSource | undefined;
}

/** Serves one Web `Request`: the dance route's `Response`, or `undefined` when the request is not a dance route. */
export async function fetchDance<P extends Record<string, Provider>>(
  dance: Pick<Dance<P>, "createContext" | "route">,
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
