// The framework-free request the core works on, and how adapters derive its public URL.
import { parseCookieHeader } from "./cookies.js";

export type HeaderValue = string | string[] | undefined;

/** What the core needs of a request: no framework object, no body. */
export interface DanceRequest {
  method: string;
  /** The absolute URL as the browser sees it (public scheme and host, after any proxy). */
  url: URL;
  /** Request headers, lower-case names (Node's `IncomingHttpHeaders` fits), or a Web `Headers`. */
  headers: Headers | Readonly<Record<string, HeaderValue>>;
  /** Cookies by name; parsed from the Cookie header when not given. */
  cookies: Readonly<Record<string, string>>;
  /**
   * Reads the form body (`application/x-www-form-urlencoded`) of a POST. Adapters set it on POST requests; the core
   * calls it once, and only on the callback of a provider that returns with `response_mode=form_post`.
   */
  readForm?: (() => Promise<URLSearchParams>) | undefined;
}

export interface DanceRequestInit {
  method: string;
  /**
   * The path and query as received (`/login/github?next=%2F`). An absolute URL gives only its path and query:
   * the origin always comes from `baseUrl`, the forwarding headers (with `trustProxy`) or Host.
   */
  url: string;
  headers: DanceRequest["headers"];
  /** Whether the connection to this server is TLS. */
  secure?: boolean;
  /** Believe X-Forwarded-Proto / X-Forwarded-Host (only behind a proxy you run). Default false. */
  trustProxy?: boolean;
  /** The app's public origin (`https://app.example.com`); wins over Host and forwarding headers. */
  baseUrl?: string | undefined;
  cookies?: Readonly<Record<string, string>>;
  /** See `DanceRequest.readForm`: set it for POST requests. */
  readForm?: (() => Promise<URLSearchParams>) | undefined;
}

/** Reads one header as a single string (the first value of a list). */
export function headerOf(headers: DanceRequest["headers"], name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, HeaderValue>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Builds a `DanceRequest` from what every server knows: method, raw URL, headers and whether TLS is on. */
export function createDanceRequest(init: DanceRequestInit): DanceRequest {
  return danceRequestAt(publicUrl(init), init);
}

/** A `DanceRequest` at a URL the caller already knows to be the public one. */
export function danceRequestAt(url: URL, init: Omit<DanceRequestInit, "url">): DanceRequest {
  return {
    method: init.method.toUpperCase(),
    url,
    headers: init.headers,
    cookies: init.cookies ?? parseCookieHeader(headerOf(init.headers, "cookie")),
    ...(init.readForm ? { readForm: init.readForm } : {}),
  };
}

const FALLBACK_ORIGIN = "http://localhost";

function publicUrl(init: DanceRequestInit): URL {
  const path = init.url.startsWith("/") ? init.url : pathOf(init.url);
  if (init.baseUrl) return joinOrigin(safeUrl(init.baseUrl)?.origin ?? FALLBACK_ORIGIN, path);
  const forwarded = init.trustProxy ? forwardedOrigin(init.headers) : undefined;
  const scheme = forwarded?.proto ?? (init.secure ? "https" : "http");
  const host = forwarded?.host ?? headerOf(init.headers, "host") ?? "localhost";
  return joinOrigin(originOf(scheme, host) ?? FALLBACK_ORIGIN, path);
}

/**
 * The origin of a scheme and a Host value, or undefined when they are not one: a scheme other than http or https,
 * or a Host that is not a host (spaces, slashes, userinfo) is ignored rather than trusted. For adapters whose
 * framework resolved the public scheme and host itself (Fastify's `request.protocol` and `request.host`).
 */
export function originOf(scheme: string, host: string): string | undefined {
  if (scheme !== "http" && scheme !== "https") return undefined;
  return /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? safeUrl(`${scheme}://${host}`)?.origin : undefined;
}

/**
 * Only the path and query of an absolute-form target (`GET http://evil.example/login/x HTTP/1.1`): its
 * authority is whatever the sender wrote, so the public origin comes from `baseUrl` and the Host rules as always.
 */
function pathOf(target: string): string {
  const url = safeUrl(target);
  return url ? url.pathname + url.search : "/";
}

/** Concatenates rather than resolves, so a path like `//evil.example/x` stays a path on our origin. */
function joinOrigin(origin: string, path: string): URL {
  return safeUrl(origin + path) ?? new URL(origin);
}

function forwardedOrigin(headers: DanceRequest["headers"]): { proto?: string; host?: string } {
  const proto = headerOf(headers, "x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const host = headerOf(headers, "x-forwarded-host")?.split(",")[0]?.trim();
  const result: { proto?: string; host?: string } = {};
  if (proto === "http" || proto === "https") result.proto = proto;
  if (host) result.host = host;
  return result;
}

function safeUrl(input: string, base?: string): URL | undefined {
  try {
    return new URL(input, base);
  } catch {
    return undefined;
  }
}
