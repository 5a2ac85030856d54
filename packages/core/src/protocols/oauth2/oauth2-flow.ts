// The OAuth 2 / OpenID Connect dance: build the authorization redirect, then exchange the code (openid-client).

import * as client from "openid-client";
import { calculatePKCECodeChallenge, randomNonce, randomPKCECodeVerifier, randomState } from "#random";
import { DanceError } from "../../errors.js";
import { type Token, toPlainToken } from "../../token.js";
import type { CallbackRefusal, DanceInFlight, StartedDance } from "../protocol.js";
import { DPOP_KEY_FIELD } from "./dpop.js";
import type { OAuth2Grants } from "./oauth2-grants.js";
import { endpointRefusal } from "./token-endpoint-error.js";

/**
 * The authorization redirect: state, PKCE S256 (unless the provider cannot take it), a nonce for OpenID Connect;
 * the scope asked for this login, else the configured one.
 */
export async function startDance(
  oauth: OAuth2Grants,
  callbackUrl: string,
  asked?: readonly string[],
): Promise<StartedDance> {
  const configuration = await oauth.configuration();
  const state = randomState();
  const secrets: Record<string, string> = {};
  const params: Record<string, string> = { redirect_uri: callbackUrl, response_type: "code", state };
  const { options } = oauth;
  const scope = asked ? asked.join(options.scopeSeparator ?? " ") : oauth.scope;
  if (scope) params.scope = scope;
  const pkce = options.pkce ?? options.pkceSupport !== "unsupported";
  if (pkce !== false) {
    secrets.codeVerifier = randomPKCECodeVerifier();
    const plain = pkce === "plain";
    params.code_challenge = plain
      ? secrets.codeVerifier
      : await calculatePKCECodeChallenge(secrets.codeVerifier);
    params.code_challenge_method = plain ? "plain" : "S256";
  }
  if (oauth.isOpenId) {
    secrets.nonce = randomNonce();
    params.nonce = secrets.nonce;
  }
  if (options.responseMode === "form_post") params.response_mode = "form_post";
  Object.assign(params, options.authorizationParams);
  const url = client.buildAuthorizationUrl(configuration, params);
  renameParam(url.searchParams, "client_id", options.clientIdParam);
  return { url, key: state, secrets };
}

/** The provider's `error=` on the callback, with its `error_uri` only when that is one of the provider's pages. */
export async function callbackRefusal(
  oauth: OAuth2Grants,
  params: URLSearchParams,
): Promise<CallbackRefusal | undefined> {
  const error = params.get("error");
  if (!error) return undefined;
  const uri = params.get("error_uri");
  return {
    error,
    description: params.get("error_description") ?? undefined,
    uri: uri !== null && (await oauth.isProviderPage(uri)) ? uri : undefined,
  };
}

/**
 * Exchanges the code. The state was already matched against the sealed one; openid-client checks it again, with
 * the issuer (RFC 9207 `iss`) and, for OpenID Connect, the ID token and nonce.
 */
export async function finishDance(
  oauth: OAuth2Grants,
  dance: DanceInFlight,
  params: URLSearchParams,
): Promise<Token> {
  if (!params.get("code")) {
    throw new DanceError("missing_code", `${oauth.name} sent neither a code nor an error`, {
      provider: oauth.name,
      step: "callback",
    });
  }
  const configuration = await oauth.configuration();
  const currentUrl = new URL(dance.callbackUrl);
  currentUrl.search = params.toString();
  const { codeVerifier, nonce } = dance.secrets;
  const checks: client.AuthorizationCodeGrantChecks = {
    expectedState: dance.key,
    idTokenExpected: oauth.isOpenId,
  };
  if (codeVerifier) checks.pkceCodeVerifier = codeVerifier;
  if (nonce) checks.expectedNonce = nonce;
  let token: Token;
  try {
    // A DPoP token gets a key of its own, made here and kept (sealed) with it; openid-client retries a nonce.
    const dpop = oauth.usesDPoP ? await oauth.dpopKeys.create(configuration) : undefined;
    const answer = await client.authorizationCodeGrant(
      configuration,
      currentUrl,
      checks,
      tokenParams(oauth, params),
      dpop ? { DPoP: dpop.handle } : undefined,
    );
    token = toPlainToken(answer);
    if (dpop) token[DPOP_KEY_FIELD] = dpop.sealed;
  } catch (cause) {
    throw await exchangeError(oauth, cause);
  }
  for (const name of oauth.options.callbackParams ?? []) {
    const value = params.get(name);
    if (value !== null && !(name in token)) token[name] = value;
  }
  return token;
}

/** The extra parameters of the code exchange: `tokenParams`, and callback values the provider wants back. */
function tokenParams(oauth: OAuth2Grants, params: URLSearchParams): Record<string, string> | undefined {
  const echoed = oauth.options.tokenCallbackParams ?? [];
  if (!echoed.length) return oauth.options.tokenParams;
  const extra: Record<string, string> = { ...oauth.options.tokenParams };
  for (const name of echoed) {
    const value = params.get(name);
    if (value !== null) extra[name] = value;
  }
  return extra;
}

/** Renames a parameter in place, keeping its position (for providers that call `client_id` something else). */
function renameParam(params: URLSearchParams, from: string, to: string | undefined): void {
  if (!to || to === from || !params.has(from)) return;
  const entries = [...params].map(([name, value]) => [name === from ? to : name, value] as const);
  for (const name of [...params.keys()]) params.delete(name);
  for (const [name, value] of entries) params.append(name, value);
}

/** The code exchange's failure in the library's terms, with the provider's own words when it answered. */
async function exchangeError(oauth: OAuth2Grants, cause: unknown): Promise<DanceError> {
  if (cause instanceof client.AuthorizationResponseError) {
    return new DanceError("token_exchange_failed", `The provider refused the code: ${cause.error}`, {
      provider: oauth.name,
      step: "exchange",
      error: cause.error,
      errorDescription: cause.error_description,
      cause,
    });
  }
  const refusal = await endpointRefusal(cause);
  if (refusal) {
    return new DanceError(
      "token_exchange_failed",
      `The provider refused the code: ${refusal.error ?? `HTTP ${refusal.status}`}${await dpopHint(oauth)}`,
      {
        provider: oauth.name,
        step: "exchange",
        status: refusal.status,
        error: refusal.error,
        errorDescription: refusal.description,
        errorUri: refusal.uri && (await oauth.isProviderPage(refusal.uri)) ? refusal.uri : undefined,
        cause,
      },
    );
  }
  const reason =
    cause instanceof client.ClientError ? cause.message : "the token endpoint could not be reached";
  return new DanceError("token_exchange_failed", `The code exchange failed: ${reason}`, {
    provider: oauth.name,
    step: "exchange",
    cause,
  });
}

/**
 * A hint for a refused exchange at a server that speaks DPoP with a client that does not: servers that require
 * DPoP of a client often say only `invalid_grant`.
 */
async function dpopHint(oauth: OAuth2Grants): Promise<string> {
  if (oauth.usesDPoP) return "";
  const server = (await oauth.configuration()).serverMetadata();
  return server.dpop_signing_alg_values_supported?.length
    ? " (the server supports DPoP, which this client does not use: if its registration requires DPoP, set dpop: true)"
    : "";
}
