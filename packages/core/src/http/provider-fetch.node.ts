// Protocol calls on Node: node:http(s) instead of fetch, whose Web-streams machinery costs several times more
// CPU per call. Only the calls openid-client makes (never-followed redirects, small bodies) take this path.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { BufferedResponse } from "./buffered-response.js";

const nativeFetch = globalThis.fetch;
const DISPATCHER = Symbol.for("undici.globalDispatcher.1");
/** Statuses whose answer has no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

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

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | URLSearchParams | null | undefined,
  signal: AbortSignal | undefined,
  { maxBytes, tooLarge, timeoutMs }: Limits,
): Promise<Response> {
  // What fetch would send: a form body's type, its length, and undici's defaults.
  let payload: Buffer | undefined;
  if (body != null) {
    if (body instanceof URLSearchParams)
      headers["content-type"] ??= "application/x-www-form-urlencoded;charset=UTF-8";
    else headers["content-type"] ??= "text/plain;charset=UTF-8";
    payload = Buffer.from(body.toString(), "utf8");
    headers["content-length"] = String(payload.length);
  }
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
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = request(url, { method, headers }, (res) => {
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

/** The whole body, failing as soon as it is larger than `maxBytes` (declared or counted). */
function readBody(
  res: IncomingMessage,
  url: string,
  maxBytes: number,
  tooLarge: (url: string) => Error,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(res.headers["content-length"] ?? 0) > maxBytes) {
      reject(tooLarge(url));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    res.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        reject(tooLarge(url));
      } else {
        chunks.push(chunk);
      }
    });
    res.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)));
    res.on("error", reject);
    res.on("close", () => {
      if (!res.complete) reject(new Error("the connection closed before the answer was complete"));
    });
  });
}

function toResponse(
  res: IncomingMessage,
  raw: Buffer,
  url: string,
  maxBytes: number,
  tooLarge: (url: string) => Error,
): Response {
  const headers = new Headers();
  const rawHeaders = res.rawHeaders;
  for (let i = 0; i < rawHeaders.length; i += 2)
    headers.append(rawHeaders[i] as string, rawHeaders[i + 1] as string);
  const status = res.statusCode ?? 0;
  const bytes = NULL_BODY.has(status) ? null : decode(raw, headers, url, maxBytes, tooLarge);
  // Node's Buffers sit on plain ArrayBuffers; the DOM typings ask for that to be spelled out.
  const body =
    bytes && (new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>);
  return new BufferedResponse(body, { status, statusText: res.statusMessage ?? "", headers, url });
}

/** Undoes a Content-Encoding the server chose anyway (none is asked for), within the same size limit. */
function decode(
  raw: Buffer,
  headers: Headers,
  url: string,
  maxBytes: number,
  tooLarge: (url: string) => Error,
): Buffer {
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  if (!encoding || encoding === "identity") return raw;
  const decoders: Record<string, (input: Buffer, options: { maxOutputLength: number }) => Buffer> = {
    gzip: gunzipSync,
    "x-gzip": gunzipSync,
    deflate: inflateSync,
    br: brotliDecompressSync,
  };
  const decoder = decoders[encoding];
  if (!decoder) throw new TypeError("fetch failed", { cause: new Error(`unsupported encoding ${encoding}`) });
  try {
    const decoded = decoder(raw, { maxOutputLength: maxBytes });
    headers.delete("content-encoding");
    headers.delete("content-length");
    return decoded;
  } catch (cause) {
    if ((cause as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(url);
    throw new TypeError("fetch failed", { cause });
  }
}
