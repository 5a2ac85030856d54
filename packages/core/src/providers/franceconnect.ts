// FranceConnect (France, v2): OpenID Connect at eIDAS level 1; ES256/RS256 ID tokens; UserInfo answers a signed JWT.
import { oauth2Preset } from "./preset.js";

export interface FranceConnectOptions {
  /** Use the integration platform (`fcp-low.integ01.dev-franceconnect.fr`) instead of production. */
  integration?: boolean;
}

/** The claims of a FranceConnect ID token. */
export interface FranceConnectProfile {
  /** A pairwise subject identifier for this service provider. */
  sub: string;
  acr?: string;
  amr?: string[];
  [claim: string]: unknown;
}

/**
 * FranceConnect. Every login asks for `acr_values=eidas1`. The ID token names the user by `sub` only; the
 * identity (`given_name`, `family_name`, `birthdate`, `email`, ...) comes from `userinfo`, which answers a JWT
 * signed with the keys at `/jwks`: fetch it with `handle.api("userinfo")` and verify it. Without `clientId`,
 * reads `FRANCECONNECT_CLIENT_ID` / `FRANCECONNECT_CLIENT_SECRET` from the config source.
 *
 * @example franceconnect({ clientId, clientSecret, scope: ["openid", "given_name", "family_name", "email"] })
 */
export const franceconnect = oauth2Preset<FranceConnectOptions, FranceConnectProfile>({
  id: "franceconnect",
  name: "FranceConnect",
  docs: "https://docs.partenaires.franceconnect.gouv.fr/",
  checked: "2026-12-04",
  options: ["integration"],
  oauth2: ({ integration }) => {
    const base = integration
      ? "https://fcp-low.integ01.dev-franceconnect.fr/api/v2"
      : "https://oidc.franceconnect.gouv.fr/api/v2";
    return {
      issuer: base,
      authorizationUrl: `${base}/authorize`,
      tokenUrl: `${base}/token`,
      userinfoUrl: `${base}/userinfo`,
      baseUrl: `${base}/`,
      scope: ["openid", "given_name", "family_name", "email"],
      tokenEndpointAuthMethod: "client_secret_post",
      idTokenAlgorithms: ["ES256", "RS256"],
      pkceSupport: "unsupported",
      refresh: "none",
      authorizationParams: { acr_values: "eidas1" },
    };
  },
  profile: { map: (raw) => ({ id: raw.sub }) },
});
