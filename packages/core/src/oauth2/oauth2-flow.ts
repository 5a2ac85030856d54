// The two steps of the OAuth 2 dance as plain functions: build the authorization redirect, exchange the code.
import * as client from "openid-client";
import { DanceError } from "../errors.js";
import { type Token, toPlainToken } from "../token.js";
import type { OAuth2Client } from "./oauth2-client.js";

/** What must survive, sealed, between the redirect to the provider and the callback. */
export interface PendingAuthorization {
  state: string;
  codeVerifier?: string;
  nonce?: string;
}

export async function buildAuthorizationRedirect(
  oauth: OAuth2Client,
  redirectUri: string,
): Promise<{ url: URL; pending: PendingAuthorization }> {
  const configuration = await oauth.configuration();
  const pending: PendingAuthorization = { state: client.randomState() };
  const params: Record<string, string> = {
    redirect_uri: redirectUri,
    response_type: "code",
    state: pending.state,
  };
  const { scope } = oauth;
  if (scope) params.scope = scope;
  const pkce = oauth.options.pkce ?? true;
  if (pkce !== false) {
    pending.codeVerifier = client.randomPKCECodeVerifier();
    const plain = pkce === "plain";
    params.code_challenge = plain
      ? pending.codeVerifier
      : await client.calculatePKCECodeChallenge(pending.codeVerifier);
    params.code_challenge_method = plain ? "plain" : "S256";
  }
  if (oauth.isOpenId) {
    pending.nonce = client.randomNonce();
    params.nonce = pending.nonce;
  }
  Object.assign(params, oauth.options.authorizationParams);
  return { url: client.buildAuthorizationUrl(configuration, params), pending };
}

/**
 * Exchanges the callback's code for a token. The state was already matched against the sealed one;
 * openid-client checks it again, with the issuer (RFC 9207 `iss`) and, for OpenID Connect, the ID token and nonce.
 */
export async function exchangeCode(
  oauth: OAuth2Client,
  redirectUri: string,
  callbackParams: URLSearchParams,
  pending: PendingAuthorization,
): Promise<Token> {
  const configuration = await oauth.configuration();
  const currentUrl = new URL(redirectUri);
  currentUrl.search = callbackParams.toString();
  const checks: client.AuthorizationCodeGrantChecks = {
    expectedState: pending.state,
    idTokenExpected: oauth.isOpenId,
  };
  if (pending.codeVerifier) checks.pkceCodeVerifier = pending.codeVerifier;
  if (pending.nonce) checks.expectedNonce = pending.nonce;
  try {
    const response = await client.authorizationCodeGrant(
      configuration,
      currentUrl,
      checks,
      oauth.options.tokenParams,
    );
    return toPlainToken(response);
  } catch (cause) {
    throw exchangeError(oauth.name, cause);
  }
}

function exchangeError(provider: string, cause: unknown): DanceError {
  if (cause instanceof client.ResponseBodyError || cause instanceof client.AuthorizationResponseError) {
    return new DanceError("token_exchange_failed", `The provider refused the code: ${cause.error}`, {
      provider,
      step: "exchange",
      error: cause.error,
      errorDescription: cause.error_description,
      cause,
    });
  }
  const reason =
    cause instanceof client.ClientError ? cause.message : "the token endpoint could not be reached";
  return new DanceError("token_exchange_failed", `The code exchange failed: ${reason}`, {
    provider,
    step: "exchange",
    cause,
  });
}
