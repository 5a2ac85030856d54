// Signs OAuth 1.0a requests (RFC 5849 §3.4): base strings from `oauth-1.0a`, signatures with Web Crypto.
import OAuth from "oauth-1.0a";
import { DanceError } from "../../errors.js";
import type { OAuth1SignatureMethod } from "./oauth1-options.js";
import { importRsaPrivateKey } from "./rsa-key.js";

export interface OAuth1Credentials {
  /** The request token or access token, with its secret (absent for the request-token call). */
  token?: { key: string; secret: string } | undefined;
}

export interface SignableRequest {
  method: string;
  /** The URL the request goes to; its query parameters are signed. */
  url: string;
  /** Decoded form-body parameters (application/x-www-form-urlencoded bodies are part of the signature). */
  form?: URLSearchParams | Record<string, string>;
  /** Extra protocol parameters: `oauth_callback`, `oauth_verifier`. */
  protocol?: Record<string, string>;
}

/** A fixed nonce and timestamp in place of randomness and the clock, to reproduce a known signature. */
export interface FixedValues {
  nonce: string;
  timestamp: string;
  /** `false` leaves out the optional `oauth_version`, as RFC 5849's own examples do. */
  version?: false;
}

export interface OAuth1SignerOptions {
  clientKey: string;
  clientSecret?: string | undefined;
  signatureMethod?: OAuth1SignatureMethod | undefined;
  rsaPrivateKey?: string | undefined;
  /** The provider's name, to say which option is wrong when the RSA key cannot be read. */
  provider?: string | undefined;
}

/** Parameters by name; a name repeated in the query or body keeps every value (all of them are signed). */
type ParamMap = Record<string, string | string[]>;

/** Signs requests for one consumer; keys are imported once and reused. */
export class OAuth1Signer {
  readonly #oauth: OAuth;
  readonly #method: OAuth1SignatureMethod;
  readonly #consumerKey: string;
  readonly #rsaPem: string;
  readonly #provider: string;
  #rsaKey: Promise<CryptoKey> | undefined;
  readonly #hmacKeys = new Map<string, Promise<CryptoKey>>();

  constructor(options: OAuth1SignerOptions) {
    this.#method = options.signatureMethod ?? "HMAC-SHA1";
    this.#consumerKey = options.clientKey;
    this.#rsaPem = options.rsaPrivateKey ?? "";
    this.#provider = options.provider ?? "oauth1";
    // Only the base-string, signing-key and header helpers of oauth-1.0a are used; signing happens below.
    this.#oauth = new OAuth({
      consumer: { key: options.clientKey, secret: options.clientSecret ?? "" },
      signature_method: this.#method,
      hash_function: () => "",
    });
  }

  /** The `oauth_*` parameters, signature included, for one request. */
  async sign(
    request: SignableRequest,
    credentials: OAuth1Credentials = {},
    fixed?: FixedValues,
  ): Promise<Record<string, string>> {
    const params: Record<string, string> = {
      oauth_consumer_key: this.#consumerKey,
      oauth_nonce: fixed?.nonce ?? randomNonce(),
      oauth_signature_method: this.#method,
      oauth_timestamp: fixed?.timestamp ?? String(Math.floor(Date.now() / 1000)),
      oauth_version: "1.0",
      ...request.protocol,
    };
    if (fixed?.version === false) delete params.oauth_version;
    if (credentials.token) params.oauth_token = credentials.token.key;
    const signingKey = this.#oauth.getSigningKey(credentials.token?.secret ?? "");
    if (this.#method === "PLAINTEXT") {
      params.oauth_signature = signingKey;
      return params;
    }
    params.oauth_signature = await this.#signature(this.baseString(request, params), signingKey);
    return params;
  }

  /**
   * The signature base string (RFC 5849 §3.4.1). oauth-1.0a re-parses a URL's query without decoding names
   * (so `a[b]` would be encoded twice) and merges into the objects it is given, so it gets the base URI alone,
   * the request parameters already decoded, and a copy of the protocol parameters.
   */
  baseString(request: SignableRequest, protocol: Record<string, string>): string {
    const url = new URL(request.url);
    const data: ParamMap = Object.create(null);
    const add = (name: string, value: string) => {
      const existing = data[name];
      if (existing === undefined) data[name] = value;
      else data[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    };
    for (const [name, value] of url.searchParams) add(name, value);
    const form = request.form instanceof URLSearchParams ? request.form : Object.entries(request.form ?? {});
    for (const [name, value] of form) add(name, value);
    const baseUri = `${url.protocol}//${url.host}${url.pathname}`;
    return this.#oauth.getBaseString({ method: request.method, url: baseUri, data: data as OAuth.Param }, {
      ...protocol,
    } as unknown as OAuth.Data);
  }

  /** The Authorization header value for a set of signed parameters. */
  header(params: Record<string, string>): string {
    return this.#oauth.toHeader(params as unknown as OAuth.Authorization).Authorization;
  }

  async #signature(baseString: string, signingKey: string): Promise<string> {
    const data = new TextEncoder().encode(baseString);
    if (this.#method === "RSA-SHA1") {
      return toBase64(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", await this.#rsa(), data));
    }
    let key = this.#hmacKeys.get(signingKey);
    if (!key) {
      const hash = this.#method === "HMAC-SHA256" ? "SHA-256" : "SHA-1";
      key = crypto.subtle.importKey(
        "raw",
        new TextEncoder().encode(signingKey),
        { name: "HMAC", hash },
        false,
        ["sign"],
      );
      // Token secrets differ per user: keep only a few keys around.
      if (this.#hmacKeys.size > 64) this.#hmacKeys.clear();
      this.#hmacKeys.set(signingKey, key);
    }
    return toBase64(await crypto.subtle.sign("HMAC", await key, data));
  }

  /** Imported on first use (Web Crypto is asynchronous); a key that cannot be read is the app's mistake. */
  #rsa(): Promise<CryptoKey> {
    this.#rsaKey ??= importRsaPrivateKey(this.#rsaPem).catch((cause: unknown) => {
      throw new DanceError(
        "invalid_options",
        `Invalid options: providers.${this.#provider}.rsaPrivateKey: not a readable PEM RSA private key (PKCS#8 or PKCS#1)`,
        { provider: this.#provider, step: "options", cause },
      );
    });
    return this.#rsaKey;
  }
}

/**
 * The URL as it will be sent: query parameters re-encoded the RFC 3986 way (`+` read as a space, as servers
 * read it, then sent as %20), no fragment. The signature covers the decoded values, so any spelling that a
 * server decodes to the same values verifies.
 */
export function normalizeQuery(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  if (!parsed.search) return parsed.href;
  const pairs = [...parsed.searchParams].map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`);
  parsed.search = pairs.join("&");
  return parsed.href;
}

function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function toBase64(buffer: ArrayBuffer): string {
  let binary = "";
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
