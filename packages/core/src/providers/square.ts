// Square: sellers connect their account; a JSON token request with the secret in the body, the merchant as profile.
import { oauth2Preset } from "./preset.js";

export interface SquareOptions {
  /** Use the sandbox (`connect.squareupsandbox.com`). */
  sandbox?: boolean;
}

/** Square's `GET /v2/merchants/me`. */
export interface SquareProfile {
  merchant: {
    id: string;
    business_name?: string;
    country?: string;
    language_code?: string;
    currency?: string;
    status?: string;
    main_location_id?: string;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * Square. Tokens last 30 days; a code-flow refresh answers with the same refresh token. The token answer's
 * `expires_at` is an ISO date, not seconds, so tokens are refreshed when the API refuses them, not before. The
 * PKCE flow (public clients) is not the default: pass `pkce: true` and `tokenEndpointAuthMethod: "none"` for it.
 * Without `clientId`, reads `SQUARE_CLIENT_ID` / `SQUARE_CLIENT_SECRET` (application id and secret).
 *
 * @example square({ clientId, clientSecret, scope: ["MERCHANT_PROFILE_READ", "PAYMENTS_READ"] })
 */
export const square = oauth2Preset<SquareOptions, SquareProfile>({
  id: "square",
  name: "Square",
  docs: "https://developer.squareup.com/docs/oauth-api/overview",
  checked: "2026-12-04",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const host = sandbox ? "https://connect.squareupsandbox.com" : "https://connect.squareup.com";
    return {
      authorizationUrl: `${host}/oauth2/authorize`,
      tokenUrl: `${host}/oauth2/token`,
      baseUrl: `${host}/v2/`,
      scope: ["MERCHANT_PROFILE_READ"],
      tokenEndpointAuthMethod: "client_secret_post",
      tokenRequestFormat: "json",
      // The code flow (with a secret) takes no PKCE; the PKCE flow is for apps without one.
      pkce: false,
      refresh: "reuses",
      // `session=false` makes the seller sign in rather than reuse a Square dashboard session.
      authorizationParams: { session: "false" },
    };
  },
  profile: {
    url: "merchants/me",
    map: ({ merchant }) => ({ id: merchant.id, name: merchant.business_name }),
  },
});
