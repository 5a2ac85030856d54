// HTTP Basic client authentication (`client_secret_basic`) that works with servers that do and do not decode it.
import type * as client from "openid-client";

/**
 * How the client id and secret are written into the Basic header. RFC 6749 §2.3.1 has them form-encoded first;
 * some deployed servers compare the header's text without decoding it, so a secret with punctuation fails
 * there. `auto` (the default) sends the form-encoded pair and, when the server refuses the client and the raw
 * pair differs, sends the raw one once; whichever form a server accepts is used first from then on.
 */
export type BasicAuthEncoding = "auto" | "form-urlencoded" | "raw";

/** One provider's choice of form, shared by the header it writes and the retry that may correct it. */
export class BasicAuth {
  readonly #encoding: BasicAuthEncoding;
  #rawWorks = false;

  constructor(encoding: BasicAuthEncoding = "auto") {
    this.#encoding = encoding;
  }

  /** openid-client's client authentication hook: the header in the form to try first. */
  method(secretFor: (clientId: string) => string | Promise<string>): client.ClientAuth {
    return async (_as, metadata, _body, headers) => {
      const id = metadata.client_id;
      const secret = await secretFor(id);
      const raw = this.#encoding === "raw" || this.#rawWorks;
      const pair = raw ? `${id}:${secret}` : `${formEncode(id)}:${formEncode(secret)}`;
      headers.set("authorization", `Basic ${base64(pair)}`);
    };
  }

  /**
   * Wraps the fetch openid-client uses: a request refused for its form-encoded Basic credentials goes once more
   * with the raw pair (when that differs); every other answer passes through untouched.
   */
  retrying(send: client.CustomFetch): client.CustomFetch {
    if (this.#encoding !== "auto") return send;
    return async (url, init) => {
      const response = await send(url, init);
      // Answers that cannot be a refused client (nearly all of them) pass before any header is looked at.
      if (this.#rawWorks || !CLIENT_REFUSALS.has(response.status)) return response;
      const headers = new Headers(init.headers);
      const raw = rawHeaderOf(headers.get("authorization"));
      if (raw === undefined || !(await refusesClient(response))) return response;
      await response.body?.cancel();
      headers.set("authorization", raw);
      const second = await send(url, { ...init, headers: Object.fromEntries(headers) });
      if (second.ok) this.#rawWorks = true;
      return second;
    };
  }
}

/** The statuses a server refuses a client with (RFC 6749 §5.2 says 401; servers also answer 400 and 403). */
const CLIENT_REFUSALS = new Set([400, 401, 403]);

/** The raw form of a form-encoded Basic header, or undefined when the header is not one or encoding changed nothing. */
function rawHeaderOf(header: string | null): string | undefined {
  if (!header?.startsWith("Basic ")) return undefined;
  let pair: string;
  try {
    pair = new TextDecoder().decode(Uint8Array.from(atob(header.slice(6)), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const colon = pair.indexOf(":");
  if (colon === -1) return undefined;
  const decode = (text: string) => new URLSearchParams(`x=${text}`).get("x") ?? text;
  const raw = `${decode(pair.slice(0, colon))}:${decode(pair.slice(colon + 1))}`;
  return raw === pair ? undefined : `Basic ${base64(raw)}`;
}

/**
 * Whether an answer may be the server failing to recognise the client: a 401 (RFC 6749 §5.2), an
 * `invalid_client` or `unauthorized_client` error, or a 400 or 403 that gives no error code at all.
 */
async function refusesClient(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  let error: unknown;
  try {
    error = ((await response.clone().json()) as { error?: unknown } | null)?.error;
  } catch {
    return true;
  }
  return error === undefined || error === "invalid_client" || error === "unauthorized_client";
}

/** `application/x-www-form-urlencoded` as the URL standard's serializer writes it (`*-._` stay as they are). */
function formEncode(text: string): string {
  return new URLSearchParams({ x: text }).toString().slice(2);
}

function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
