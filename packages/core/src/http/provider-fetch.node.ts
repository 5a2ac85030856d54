// Protocol calls on Node: node:http(s) instead of fetch, whose Web-streams machinery costs several times more
// CPU per call. Only the calls openid-client makes (never-followed redirects, small bodies) take this path.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { ClientCertificate } from "./client-certificate.js";
import { readBody, toResponse } from "./node-answer.node.js";

const nativeFetch = globalThis.fetch;
const DISPATCHER = Symbol.for("undici.globalDispatcher.1");

/**
 * Sends the request with node:http(s) (the global agents, so keep-alive and an app's agent apply), reading at
 * most `maxBytes` of the answer, abandoning it after `timeoutMs` (a plain timer, where a caller's deadline would
 * be an `AbortSignal.timeout` per call, about ten times the cost). Returns undefined (use fetch) for anything but a plain protocol call: a Request
 * object, a streamed body, redirects to follow, or when the app changed how fetch works (a replaced global fetch,
 * an undici dispatcher of its own such as a proxy or a mock).
 */
export function fastFetch(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  maxBytes: number,
  tooLarge: (url: string) => Error,
  timeoutMs?: number,
): Promise<Response> | undefined {
  if (init?.redirect !== "manual" || !usesDefaults()) return undefined;
  if (typeof input !== "string" && !(input instanceof URL)) return undefined;
  const body = init.body;
  if (body != null && typeof body !== "string" && !(body instanceof URLSearchParams)) return undefined;
  const url = new URL(input);
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const headers = requestHeaders(init.headers);
  if (headers === undefined) return undefined;
  const limits = { maxBytes, tooLarge, timeoutMs };
  return send(url, init.method ?? "GET", headers, body, init.signal ?? undefined, limits);
}

/** The app left fetch as Node ships it: same function, and no undici dispatcher but Node's default Agent. */
function usesDefaults(): boolean {
  if (globalThis.fetch !== nativeFetch) return false;
  const dispatcher = (globalThis as Record<symbol, unknown>)[DISPATCHER];
  return dispatcher === undefined || (dispatcher as object).constructor?.name === "Agent";
}

/** The headers as a plain lower-case record, or undefined for a Headers-like this path does not read. */
function requestHeaders(init: HeadersInit | undefined): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  if (init === undefined) return headers;
  if (init instanceof Headers || Array.isArray(init)) {
    for (const [name, value] of init instanceof Headers ? init : (init as [string, string][])) {
      headers[name.toLowerCase()] = value;
    }
    return headers;
  }
  if (typeof init !== "object") return undefined;
  for (const [name, value] of Object.entries(init)) headers[name.toLowerCase()] = String(value);
  return headers;
}

interface Limits {
  maxBytes: number;
  tooLarge: (url: string) => Error;
  timeoutMs: number | undefined;
}

/**
 * A fetch that presents the app's TLS client certificate (RFC 8705) on every call, whatever the request (a
 * `Request`, any body), trusting `ca` for the server when given. Redirects are not followed.
 */
export function clientCertificateFetch(
  tls: ClientCertificate,
  maxBytes: number,
  tooLarge: (url: string) => Error,
  timeoutMs?: number,
): typeof fetch | undefined {
  const ca = typeof tls.ca === "string" ? tls.ca : tls.ca && [...tls.ca];
  const agent = new HttpsAgent({ cert: tls.cert, key: tls.key, keepAlive: true, ...(ca ? { ca } : {}) });
  const certified = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input));
    const headers = requestHeaders(init?.headers ?? request?.headers) ?? {};
    const given = init?.body ?? (request?.body ? await request.arrayBuffer() : undefined);
    const body =
      given == null || typeof given === "string" || given instanceof URLSearchParams
        ? given
        : new Uint8Array(await new Response(given).arrayBuffer());
    const signal = init?.signal ?? request?.signal ?? undefined;
    const limits = { maxBytes, tooLarge, timeoutMs: signal ? undefined : timeoutMs };
    return send(url, init?.method ?? request?.method ?? "GET", headers, body, signal, limits, agent);
  };
  return certified as typeof fetch;
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | URLSearchParams | Uint8Array | null | undefined,
  signal: AbortSignal | undefined,
  { maxBytes, tooLarge, timeoutMs }: Limits,
  agent?: HttpsAgent,
): Promise<Response> {
  // What fetch would send: a form body's type, its length, and undici's defaults.
  let payload: Buffer | undefined;
  if (body instanceof Uint8Array) {
    payload = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  } else if (body != null) {
    if (body instanceof URLSearchParams)
      headers["content-type"] ??= "application/x-www-form-urlencoded;charset=UTF-8";
    else headers["content-type"] ??= "text/plain;charset=UTF-8";
    payload = Buffer.from(body.toString(), "utf8");
  }
  if (payload) headers["content-length"] = String(payload.length);
  headers.accept ??= "*/*";
  headers["user-agent"] ??= "node";
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      req.destroy();
      fail(signal?.reason);
    };
    // The rejection AbortSignal.timeout would give, so callers see no difference.
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            req.destroy();
            fail(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
          }, timeoutMs).unref();
    const settled = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (reason: unknown) => {
      settled();
      reject(reason);
    };
    const networkError = (error: unknown) => fail(new TypeError("fetch failed", { cause: error }));
    const https = url.protocol === "https:";
    const request = https ? httpsRequest : httpRequest;
    const req = request(url, { method, headers, ...(https && agent ? { agent } : {}) }, (res) => {
      readBody(res, url.href, maxBytes, tooLarge).then(
        (bytes) => {
          settled();
          try {
            resolve(toResponse(res, bytes, url.href, maxBytes, tooLarge));
          } catch (error) {
            reject(error);
          }
        },
        (error: unknown) => {
          req.destroy();
          if (signal?.aborted) fail(signal.reason);
          else if (error instanceof Error && error.name === "ResponseTooLargeError") fail(error);
          else networkError(error);
        },
      );
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    req.on("error", (error) => {
      if (!signal?.aborted) networkError(error);
    });
    req.end(payload);
  });
}
