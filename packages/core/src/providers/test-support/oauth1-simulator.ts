// A stand-in for an OAuth 1.0a preset's provider, driven by its documented behaviour: it checks every request's
// OAuth parameters and verifies HMAC and PLAINTEXT signatures with its own RFC 5849 code (not the library's signer).
import type { ProfileFields } from "../../handle/profile.js";
import type { Provider } from "../../provider.js";
import type { PresetInfo } from "../preset.js";

export const CONSUMER_KEY = "consumer-key-123";
export const CONSUMER_SECRET = "consumer-secret-456";
const REQUEST_TOKEN = "request-token-789";
const REQUEST_SECRET = "request-secret-abc";
const VERIFIER = "verifier-def";

/** One OAuth 1.0a preset's documented behaviour. */
export interface OAuth1PresetCase {
  title?: string;
  preset: ((options: never) => Provider) & { readonly info: Pick<PresetInfo, "id" | "name"> };
  /** Options of this case, beside the test consumer key and secret. */
  options?: Record<string, unknown>;
  signatureMethod: "HMAC-SHA1" | "HMAC-SHA256" | "PLAINTEXT" | "RSA-SHA1";
  requestToken: {
    url: string;
    /** Default POST. */
    method?: "POST" | "GET";
    /** Parameters the provider documents beside the OAuth ones (Flickr's `perms` go on the redirect instead). */
    params?: Record<string, string>;
  };
  authorize: {
    /** Origin and path. */
    url: string;
    /** Every parameter beside `oauth_token`, with its value. */
    params: Record<string, string>;
  };
  accessToken: {
    url: string;
    method?: "POST" | "GET";
    /** The documented sample answer, beside `oauth_token` and `oauth_token_secret`. */
    answer: Record<string, string>;
    /** What the stored token must contain. */
    expect: Record<string, unknown>;
  };
  profile?: {
    url: string;
    /** The documented sample payload. */
    answer: unknown;
    expected: ProfileFields;
  };
}

/** What the provider issued for one access token (for the API's signature check). */
const ACCESS_TOKEN = "access-token-123";
const ACCESS_SECRET = "access-secret-456";

export class OAuth1Simulator {
  problems: string[] = [];
  received: string[] = [];
  #case: OAuth1PresetCase | undefined;

  use(testCase: OAuth1PresetCase): void {
    this.#case = testCase;
    this.problems = [];
    this.received = [];
  }

  /** The callback's parameters, as the provider sends the user back. */
  authorize(): URLSearchParams {
    return new URLSearchParams({ oauth_token: REQUEST_TOKEN, oauth_verifier: VERIFIER });
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const testCase = this.#case as OAuth1PresetCase;
    const url = new URL(request.url);
    const here = `${url.origin}${url.pathname}`;
    this.received.push(`${request.method} ${here}`);
    if (here === withoutQuery(testCase.requestToken.url)) {
      await this.#check(request, testCase.requestToken.method ?? "POST", "", {
        oauth_callback: (value) => value.startsWith("http"),
        ...exactly(testCase.requestToken.params ?? {}),
      });
      return form({
        oauth_token: REQUEST_TOKEN,
        oauth_token_secret: REQUEST_SECRET,
        oauth_callback_confirmed: "true",
      });
    }
    if (here === withoutQuery(testCase.accessToken.url)) {
      await this.#check(request, testCase.accessToken.method ?? "POST", REQUEST_SECRET, {
        oauth_token: (value) => value === REQUEST_TOKEN,
        oauth_verifier: (value) => value === VERIFIER,
      });
      return form({
        oauth_token: ACCESS_TOKEN,
        oauth_token_secret: ACCESS_SECRET,
        ...testCase.accessToken.answer,
      });
    }
    if (testCase.profile && here === withoutQuery(testCase.profile.url)) {
      await this.#check(request, "GET", ACCESS_SECRET, { oauth_token: (value) => value === ACCESS_TOKEN });
      return Response.json(testCase.profile.answer);
    }
    this.problems.push(`unexpected request ${request.method} ${here}`);
    return new Response("not found", { status: 404 });
  };

  /** Checks the method, the OAuth protocol parameters, the case's own ones, and the signature. */
  async #check(
    request: Request,
    method: string,
    tokenSecret: string,
    required: Record<string, (value: string) => boolean>,
  ): Promise<void> {
    const testCase = this.#case as OAuth1PresetCase;
    const where = `${request.method} ${new URL(request.url).pathname}`;
    if (request.method !== method) this.problems.push(`${where}: method, want ${method}`);
    const header = request.headers.get("authorization") ?? "";
    const oauth = new URLSearchParams();
    if (header.startsWith("OAuth ")) {
      for (const part of header.slice(6).split(/,\s*/)) {
        const match = /^([\w.~%-]+)="([^"]*)"$/.exec(part);
        if (match) oauth.append(decode(match[1] as string), decode(match[2] as string));
      }
    }
    const url = new URL(request.url);
    const body =
      request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") === true
        ? new URLSearchParams(await request.text())
        : new URLSearchParams();
    const all = new URLSearchParams([...oauth, ...url.searchParams, ...body]);
    const want = (name: string, ok: (value: string) => boolean) => {
      const value = all.get(name);
      if (value === null || !ok(value)) this.problems.push(`${where}: ${name} = ${JSON.stringify(value)}`);
    };
    want("oauth_consumer_key", (value) => value === CONSUMER_KEY);
    want("oauth_signature_method", (value) => value === testCase.signatureMethod);
    want("oauth_version", (value) => value === "1.0");
    if (testCase.signatureMethod !== "PLAINTEXT") {
      want("oauth_nonce", (value) => value.length >= 8);
      want("oauth_timestamp", (value) => /^\d{10}$/.test(value));
    }
    for (const [name, ok] of Object.entries(required)) want(name, ok);
    if (testCase.signatureMethod === "RSA-SHA1") {
      want("oauth_signature", (value) => value.length > 100);
      return;
    }
    const signature = all.get("oauth_signature");
    const expected = await signatureOf(testCase.signatureMethod, request.method, url, all, tokenSecret);
    if (signature !== expected) this.problems.push(`${where}: oauth_signature does not verify`);
  }
}

/** RFC 5849 section 3.4: the signature a request should carry. */
async function signatureOf(
  method: "HMAC-SHA1" | "HMAC-SHA256" | "PLAINTEXT",
  httpMethod: string,
  url: URL,
  params: URLSearchParams,
  tokenSecret: string,
): Promise<string> {
  const key = `${encode(CONSUMER_SECRET)}&${encode(tokenSecret)}`;
  if (method === "PLAINTEXT") return key;
  const pairs = [...params]
    .filter(([name]) => name !== "oauth_signature")
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  const normalized = pairs.map(([name, value]) => `${name}=${value}`).join("&");
  const baseUrl = `${url.protocol}//${url.host}${url.pathname}`;
  const base = [httpMethod.toUpperCase(), encode(baseUrl), encode(normalized)].join("&");
  const hash = method === "HMAC-SHA1" ? "SHA-1" : "SHA-256";
  const subtle = globalThis.crypto.subtle;
  const cryptoKey = await subtle.importKey("raw", bytes(key), { name: "HMAC", hash }, false, ["sign"]);
  const signed = new Uint8Array(await subtle.sign("HMAC", cryptoKey, bytes(base)));
  return btoa(String.fromCharCode(...signed));
}

/** RFC 5849 section 3.6 percent-encoding: everything but unreserved characters. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function decode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, "%20"));
}

function bytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

function exactly(params: Record<string, string>): Record<string, (value: string) => boolean> {
  return Object.fromEntries(
    Object.entries(params).map(([name, want]) => [name, (value: string) => value === want]),
  );
}

function form(fields: Record<string, string>): Response {
  return new Response(new URLSearchParams(fields).toString(), {
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

function withoutQuery(url: string): string {
  return url.split("?")[0] as string;
}
