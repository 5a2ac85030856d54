// The one place a provider's token-endpoint quirks are applied: the request openid-client sends, and the answer it reads.
import type * as client from "openid-client";
import { peekBody } from "../../http/buffered-response.js";
import type { OAuth2Options, TokenResponseShape } from "./oauth2-options.js";

/** Token answers longer than this are not read (a token response is a few kilobytes at most). */
const MAX_ANSWER_CHARS = 256 * 1024;
const utf8 = new TextDecoder();

type QuirkOptions = Pick<
  OAuth2Options,
  | "clientId"
  | "clientIdParam"
  | "clientSecretParam"
  | "clientIdInBody"
  | "tokenRequestFormat"
  | "tokenHeaders"
  | "tokenResponse"
>;

/**
 * Wraps the fetch openid-client uses. Token requests (a form with `grant_type`: the code exchange and refreshes)
 * are rewritten as the provider declares (renamed client parameters, JSON or GET, extra headers) and their
 * answers normalised into an RFC 6749 answer; every other call goes through untouched.
 */
export function quirksFetch(
  options: Readonly<QuirkOptions>,
  base: typeof fetch | undefined,
): client.CustomFetch {
  const rewrites = rewritesTokenRequests(options);
  return async (url, init) => {
    const send = (base ?? fetch) as client.CustomFetch;
    const { body } = init;
    if (!(body instanceof URLSearchParams) || !body.has("grant_type")) return send(url, init);
    const request = rewrites ? tokenRequest(url, init, body, options) : { url, init };
    return normalizeTokenAnswer(await send(request.url, request.init), options.tokenResponse);
  };
}

/** Whether the provider wants token requests other than as openid-client sends them. */
function rewritesTokenRequests(options: Readonly<QuirkOptions>): boolean {
  const { clientIdParam, clientSecretParam, clientIdInBody, tokenRequestFormat, tokenHeaders } = options;
  return Boolean(
    clientIdParam ||
      clientSecretParam ||
      clientIdInBody ||
      (tokenRequestFormat && tokenRequestFormat !== "form") ||
      (tokenHeaders && Object.keys(tokenHeaders).length > 0),
  );
}

/** The token request as the provider wants it. */
export function tokenRequest(
  url: string,
  init: client.CustomFetchOptions,
  body: URLSearchParams,
  options: Readonly<QuirkOptions>,
): { url: string; init: client.CustomFetchOptions } {
  const params = new URLSearchParams();
  if (options.clientIdInBody && options.clientId && !body.has("client_id"))
    body.set("client_id", options.clientId);
  const renames: Record<string, string | undefined> = {
    client_id: options.clientIdParam,
    client_secret: options.clientSecretParam,
  };
  for (const [name, value] of body) params.append(renames[name] ?? name, value);
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(options.tokenHeaders ?? {})) headers.set(name, value);
  switch (options.tokenRequestFormat ?? "form") {
    case "json":
      headers.set("content-type", "application/json");
      return {
        url,
        init: { ...init, headers: plain(headers), body: JSON.stringify(Object.fromEntries(params)) },
      };
    case "get": {
      headers.delete("content-type");
      const target = new URL(url);
      for (const [name, value] of params) target.searchParams.append(name, value);
      return { url: target.href, init: { ...init, method: "GET", headers: plain(headers), body: undefined } };
    }
    default:
      return { url, init: { ...init, headers: plain(headers), body: params } };
  }
}

/** Headers of a token answer the client acts on: a challenge, the DPoP nonce to retry with (RFC 9449 §8), a wait. */
const KEPT_HEADERS = ["www-authenticate", "dpop-nonce", "retry-after"] as const;

/**
 * Turns what a token endpoint answered into what RFC 6749 says it answers: JSON (form-encoded answers are
 * converted), the token unwrapped, `scope` a string, `expires_in` a number, `token_type` present; an answer
 * without a token, whatever its status, becomes a 400 `{ error, error_description }`.
 */
export async function normalizeTokenAnswer(
  response: Response,
  shape: Readonly<TokenResponseShape> | undefined,
): Promise<Response> {
  const peeked = peekBody(response);
  const text = (peeked ? utf8.decode(peeked) : await response.text()).slice(0, MAX_ANSWER_CHARS);
  const contentType = response.headers.get("content-type");
  const answer = parseAnswer(text, contentType);
  const headers = new Headers({ "content-type": "application/json" });
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (!answer) return new Response(text, { status: response.ok ? 502 : response.status, headers });
  const wrapped = shape?.unwrap ? at(answer, shape.unwrap) : undefined;
  const token = isRecord(wrapped) ? wrapped : answer;
  if (typeof token.access_token === "string" && response.ok) {
    const normalized = normalizeToken(token, shape?.tokenType);
    // Already an RFC 6749 answer, and still unread: openid-client reads the provider's own Response.
    const unchanged = normalized === answer && response.status === 200 && isJson(contentType);
    if (unchanged && peeked) return response;
    return Response.json(normalized, { status: 200, headers });
  }
  const code = answer[shape?.error ?? "error"] ?? answer.error;
  if (code === undefined || code === null)
    return new Response(text, { status: errorStatus(response), headers });
  const description = answer[shape?.errorDescription ?? "error_description"] ?? answer.error_description;
  const error: Record<string, string> = { error: String(code) };
  if (typeof description === "string" || typeof description === "number") {
    error.error_description = String(description);
  }
  return Response.json(error, { status: errorStatus(response), headers });
}

/** The token with RFC 6749's types; the same object when it already has them. */
function normalizeToken(
  token: Record<string, unknown>,
  tokenType: string | undefined,
): Record<string, unknown> {
  const fixes: Record<string, unknown> = {};
  if (tokenType && token.token_type !== tokenType) fixes.token_type = tokenType;
  if (Array.isArray(token.scope)) fixes.scope = token.scope.join(" ");
  // `"scope": null` (Imgur) says as much as no scope at all, which RFC 6749 allows; a client refuses a non-string.
  if (token.scope === null) fixes.scope = undefined;
  if (typeof token.expires_in === "string" && /^-?\d+$/.test(token.expires_in)) {
    fixes.expires_in = Number(token.expires_in);
  }
  // A negative lifetime (`-1`) is how some providers say "never expires": the same as none.
  if (Number(fixes.expires_in ?? token.expires_in) < 0) fixes.expires_in = undefined;
  // Some providers leave the type out; RFC 6750 bearer is what they all issue.
  if (!tokenType && (typeof token.token_type !== "string" || !token.token_type)) fixes.token_type = "Bearer";
  return Object.keys(fixes).length > 0 ? { ...token, ...fixes } : token;
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}

function parseAnswer(text: string, contentType: string | null): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text);
    return isRecord(json) ? json : undefined;
  } catch {
    const formLike = contentType?.includes("form") || contentType?.includes("text/plain");
    if (!formLike || !text.includes("=")) return undefined;
    return Object.fromEntries(new URLSearchParams(text.trim()));
  }
}

/** The value at a dot path (`data.0`), through objects and arrays. */
function at(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function errorStatus(response: Response): number {
  return Math.max(response.status, 400);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function plain(headers: Headers): Record<string, string> {
  return Object.fromEntries(headers.entries());
}
