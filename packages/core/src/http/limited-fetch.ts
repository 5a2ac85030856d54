// A fetch that stops reading a provider's answer past a size limit, so a hostile or broken server cannot exhaust memory.
import { clientCertificateFetch, fastFetch } from "#fetch";
import type { ClientCertificate } from "./client-certificate.js";

/** What every call to a provider's protocol endpoints may read by default (discovery, token, userinfo, JWKS). */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
/** What `handle.api` may read by default: API answers (file contents, long lists) can be much larger. */
export const DEFAULT_MAX_API_RESPONSE_BYTES = 32 * 1024 * 1024;

/** The answer was larger than the limit: reading it stopped there, and the connection was let go. */
export class ResponseTooLargeError extends Error {
  override readonly name = "ResponseTooLargeError";
  readonly limit: number;

  constructor(url: string, limit: number) {
    super(`The answer from ${originOf(url)} is larger than ${limit} bytes`);
    this.limit = limit;
  }
}

/**
 * Wraps a fetch so that no answer is read past `maxBytes`: a declared Content-Length above it fails at once; an
 * undeclared or false one fails the body's stream when the limit is crossed. A call that brings no signal of its
 * own is abandoned after `timeoutMs`, when given. The global fetch is looked up on each call, so a fetch stubbed
 * after start-up is still used.
 *
 * @throws ResponseTooLargeError from the returned fetch, or from reading the body it returns.
 */
export function limitResponseSize(
  base: typeof fetch | undefined,
  maxBytes: number,
  timeoutMs?: number,
): typeof fetch {
  const tooLarge = (url: string) => new ResponseTooLargeError(url, maxBytes);
  const limited = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const deadline = init?.signal ? undefined : timeoutMs;
    // On Node, openid-client's calls go out through node:http, which reads at most maxBytes itself.
    const fast = base ? undefined : fastFetch(input, init, maxBytes, tooLarge, deadline);
    if (fast) return fast;
    const sent = deadline === undefined ? init : { ...init, signal: AbortSignal.timeout(deadline) };
    const response = await (base ?? fetch)(input, sent);
    return capResponse(response, maxBytes);
  };
  return limited as typeof fetch;
}

/**
 * A fetch that presents the app's TLS client certificate on every call and reads no answer past `maxBytes`;
 * undefined where the runtime cannot present one (anywhere but Node).
 */
export function limitedClientCertificateFetch(
  tls: ClientCertificate,
  maxBytes: number,
  timeoutMs?: number,
): typeof fetch | undefined {
  const tooLarge = (url: string) => new ResponseTooLargeError(url, maxBytes);
  return clientCertificateFetch(tls, maxBytes, tooLarge, timeoutMs);
}

async function capResponse(response: Response, maxBytes: number): Promise<Response> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(response.url, maxBytes);
  }
  if (!response.body) return response;
  // A network answer with a declared length and no encoding cannot carry more than it declared (the HTTP parser
  // stops there), so it needs no counting stream; constructed answers ("default") and encoded ones still do.
  if (declared > 0 && response.type !== "default" && !response.headers.has("content-encoding"))
    return response;
  let seen = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        // Erroring the transform cancels the source, so the rest is never downloaded.
        if (seen > maxBytes) controller.error(new ResponseTooLargeError(response.url, maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  const capped = new Response(counted, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A new Response has no URL; openid-client and ky may read it.
  Object.defineProperty(capped, "url", { value: response.url });
  Object.defineProperty(capped, "redirected", { value: response.redirected });
  return capped;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "the provider";
  }
}
