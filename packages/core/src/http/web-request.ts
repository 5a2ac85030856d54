// Building the core's `DanceRequest` from a Web `Request`, for `dance.fetch` and fetch-based adapters (Hono).
import { readFormBody } from "./form-body.js";
import { createDanceRequest, type DanceRequest, danceRequestAt, headerOf } from "./request.js";

/** How to read the public URL of a Web `Request`. */
export interface WebRequestOptions {
  /** Believe X-Forwarded-Proto / X-Forwarded-Host (only behind a proxy you run). Default false. */
  trustProxy?: boolean | undefined;
  /** The app's public origin (`https://app.example.com`); wins over the request's URL and forwarding headers. */
  baseUrl?: string | undefined;
}

/**
 * The `DanceRequest` of a Web `Request`: its URL is the public one unless `trustProxy` or `baseUrl` says otherwise.
 *
 * @param headers The request's headers as the server already holds them (Node's header record under
 *   @hono/node-server), which spares building a Web `Headers`; default `request.headers`.
 * @example
 * const context = dance.createContext(danceRequestFromWeb(request, { trustProxy: true }));
 */
export function danceRequestFromWeb(
  request: Request,
  options: WebRequestOptions = {},
  headers: DanceRequest["headers"] = request.headers,
): DanceRequest {
  const href = request.url;
  const init = {
    method: request.method,
    secure: href.startsWith("https:"),
    trustProxy: options.trustProxy ?? false,
    baseUrl: options.baseUrl,
    // Read only when the core needs it (a form_post callback), so other routes keep their body for the app.
    ...(request.method === "POST" ? { readForm: () => readFormBody(request.body) } : {}),
  };
  // The runtime built this URL from the request line and Host: without a proxy or a set origin it is the public
  // one, unless the request line was an absolute-form target naming another host than Host does.
  if (!init.trustProxy && !init.baseUrl && !namesAnotherHost(href, headers)) {
    return danceRequestAt(new URL(href), { ...init, headers });
  }
  const url = new URL(href);
  return createDanceRequest({
    ...init,
    url: url.pathname + url.search,
    headers: withHost(headers, url.host),
  });
}

/** Whether the URL's host differs from the Host header (when there is one). */
function namesAnotherHost(href: string, headers: DanceRequest["headers"]): boolean {
  const host = headerOf(headers, "host");
  if (host === undefined) return false;
  const start = href.indexOf("//") + 2;
  const end = href.indexOf("/", start);
  return href.slice(start, end === -1 ? undefined : end).toLowerCase() !== host.toLowerCase();
}

/** A request made in memory (`app.request()`) may have no Host header; its URL's host stands in for it. */
function withHost(headers: DanceRequest["headers"], host: string): DanceRequest["headers"] {
  if (headerOf(headers, "host")) return headers;
  if (!(headers instanceof Headers)) return { ...headers, host };
  const copy = new Headers(headers);
  copy.set("host", host);
  return copy;
}
