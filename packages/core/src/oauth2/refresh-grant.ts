// The refresh_token grant and RFC 7009 revocation for one OAuth 2 provider, with errors in the library's terms.
import * as client from "openid-client";
import { DanceError } from "../errors.js";
import { type Token, toPlainToken } from "../token.js";
import type { OAuth2Client } from "./oauth2-client.js";

/**
 * Exchanges the token's refresh token for a new token. The old refresh token is kept when the answer has none
 * (Google does this). `rejected` tells whether the provider refused the grant (the token is then dead) as
 * opposed to being unreachable.
 */
export async function refreshGrant(oauth: OAuth2Client, token: Token): Promise<Token> {
  const configuration = await oauth.refreshConfiguration();
  const autoRefresh = oauth.options.autoRefresh;
  const params = typeof autoRefresh === "object" ? autoRefresh.params : undefined;
  try {
    const answer = toPlainToken(
      await client.refreshTokenGrant(configuration, token.refresh_token as string, params),
    );
    return answer.refresh_token ? answer : { ...answer, refresh_token: token.refresh_token as string };
  } catch (cause) {
    const refused = cause instanceof client.ResponseBodyError;
    throw new DanceError(
      "refresh_failed",
      refused
        ? `${oauth.name} refused to refresh the token: ${cause.error}`
        : `${oauth.name} could not refresh the token`,
      {
        provider: oauth.name,
        step: "refresh",
        error: refused ? cause.error : undefined,
        errorDescription: refused ? cause.error_description : undefined,
        cause,
      },
    );
  }
}

/** Whether a refresh failure means the refresh token itself is dead (so the stored token should go). */
export function isRefreshRejected(error: DanceError): boolean {
  return error.code === "refresh_failed" && error.error !== undefined;
}

/** Revokes the refresh token (which ends the grant) or else the access token, where the provider can. */
export async function revokeToken(oauth: OAuth2Client, token: Token): Promise<boolean> {
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
