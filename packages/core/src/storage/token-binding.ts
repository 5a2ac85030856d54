// The issuer and client a token of a provider chosen per request was issued under, kept in the token itself.
import type { ClientBinding } from "../protocols/provider-runtime.js";
import type { Token } from "../token.js";

/** The token's issuer (or token endpoint), for providers chosen per request. */
export const ISSUER_FIELD = "oauth_dance_issuer";
/** The client id the token was issued to, for providers chosen per request. */
export const CLIENT_ID_FIELD = "oauth_dance_client_id";

/** The token, marked with the issuer and client it belongs to. */
export function bindToken(token: Token, binding: ClientBinding): Token {
  return { ...token, [ISSUER_FIELD]: binding.issuer, [CLIENT_ID_FIELD]: binding.clientId };
}

/**
 * Whether a token belongs to this issuer and client. A token without the marks (stored before the provider was
 * chosen per request, or by hand elsewhere) belongs to none: it cannot be told apart from another tenant's.
 */
export function isBoundTo(token: Token, binding: ClientBinding): boolean {
  return token[ISSUER_FIELD] === binding.issuer && token[CLIENT_ID_FIELD] === binding.clientId;
}
