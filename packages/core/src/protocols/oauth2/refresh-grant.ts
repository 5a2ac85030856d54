// The refresh_token grant and RFC 7009 revocation for one OAuth 2 provider, with errors in the library's terms.
import * as client from "openid-client";
import { DanceError } from "../../errors.js";
import { type Token, toPlainToken } from "../../token.js";
import { DPOP_KEY_FIELD, isDPoPBound } from "./dpop.js";
import type { OAuth2Grants } from "./oauth2-grants.js";
import { endpointRefusal } from "./token-endpoint-error.js";

/**
 * Exchanges the token's refresh token for a new token. When the answer has no refresh token, the old one is kept
 * (Google does this), unless the provider rotates refresh tokens (`refresh: "rotating"`): then it is spent.
 *
 * @throws DanceError `refresh_failed`, with the provider's `status`, `error` and description when it answered.
 */
export async function refreshGrant(oauth: OAuth2Grants, token: Token): Promise<Token> {
  const configuration = await oauth.refreshConfiguration();
  const autoRefresh = oauth.options.autoRefresh;
  const params = typeof autoRefresh === "object" ? autoRefresh.params : undefined;
  try {
    // A DPoP token is refreshed with its own key, which the new token keeps.
    const dpop = await oauth.dpopKeys.of(token, configuration);
    if (!dpop && isDPoPBound(token)) throw new Error("the token's DPoP key cannot be opened");
    const answer = toPlainToken(
      await client.refreshTokenGrant(
        configuration,
        token.refresh_token as string,
        params,
        dpop ? { DPoP: dpop.handle } : undefined,
      ),
    );
    if (dpop) answer[DPOP_KEY_FIELD] = dpop.sealed;
    // The ID token of the login stays with the token, for a federated logout's id_token_hint, when a refresh
    // answers without a new one (most providers).
    if (!answer.id_token && typeof token.id_token === "string") answer.id_token = token.id_token;
    if (answer.refresh_token) return answer;
    // A rotating provider retired the refresh token just spent: sending it again could only fail, and at some
    // providers (reuse detection) revoke the whole grant. Elsewhere the old one stays valid and is kept.
    return oauth.options.refresh === "rotating"
      ? answer
      : { ...answer, refresh_token: token.refresh_token as string };
  } catch (cause) {
    const refusal = await endpointRefusal(cause);
    const message = refusal
      ? `${oauth.name} refused to refresh the token: ${refusal.error ?? `HTTP ${refusal.status}`}`
      : `${oauth.name} could not refresh the token`;
    throw new DanceError("refresh_failed", message, {
      provider: oauth.name,
      step: "refresh",
      status: refusal?.status,
      error: refusal?.error,
      errorDescription: refusal?.description,
      errorUri: refusal?.uri && (await oauth.isProviderPage(refusal.uri)) ? refusal.uri : undefined,
      cause,
    });
  }
}

/**
 * Whether a refresh failure means the refresh token is dead, so the stored token should go: `invalid_grant`,
 * a code the provider declares fatal (`fatalRefreshErrors`), or a 400 that names no code at all (RFC 6749 answers
 * a refused grant with 400; some servers leave the body empty). Anything else keeps the token: a client that
 * failed to authenticate (`invalid_client`), rate limits (`slow_down`, 429), outages (5xx,
 * `temporarily_unavailable`) and a provider that never answered say nothing about the refresh token.
 */
export function isDeadRefreshToken(oauth: OAuth2Grants, error: DanceError): boolean {
  if (error.code !== "refresh_failed" || error.status === undefined) return false;
  if (error.error !== undefined) {
    return error.error === "invalid_grant" || (oauth.options.fatalRefreshErrors ?? []).includes(error.error);
  }
  return error.status === 400;
}

/** Revokes the refresh token (which ends the grant) or else the access token, where the provider can. */
export async function revokeToken(oauth: OAuth2Grants, token: Token): Promise<boolean> {
  const configuration = await oauth.configuration();
  if (!configuration.serverMetadata().revocation_endpoint) return false;
  const [value, hint] = token.refresh_token
    ? [token.refresh_token, "refresh_token"]
    : [token.access_token as string, "access_token"];
  await client.tokenRevocation(configuration, value, { token_type_hint: hint });
  if (token.refresh_token && token.access_token) {
    await client.tokenRevocation(configuration, token.access_token, { token_type_hint: "access_token" });
  }
  return true;
}
