// SwissID (Switzerland, SwissSign): OpenID Connect under /idp/oauth2, a production and an integration host.
import { standardClaims } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface SwissIdOptions {
  /** Use the integration environment (`login.int.swissid.ch`) instead of production. */
  integration?: boolean;
}

/** SwissID's UserInfo answer, the claims the profile reads. */
export interface SwissIdProfile {
  sub: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  email_verified?: boolean;
  language?: string;
  [claim: string]: unknown;
}

/**
 * SwissID. The user is read at UserInfo; ask for a quality of authentication with `authorizationParams`
 * (`acr_values`). Without `clientId`, reads `SWISSID_CLIENT_ID` / `SWISSID_CLIENT_SECRET` from the config source.
 *
 * @example swissid({ clientId, clientSecret, scope: ["openid", "profile", "email"] })
 */
export const swissid = oauth2Preset<SwissIdOptions, SwissIdProfile>({
  id: "swissid",
  name: "SwissID",
  docs: "https://www.swissid.ch/en/business",
  checked: "2026-12-04",
  options: ["integration"],
  oauth2: ({ integration }) => {
    const base = `https://${integration ? "login.int.swissid.ch" : "login.swissid.ch"}/idp/oauth2`;
    return {
      issuer: base,
      authorizationUrl: `${base}/authorize`,
      tokenUrl: `${base}/access_token`,
      userinfoUrl: `${base}/userinfo`,
      scope: ["openid", "profile", "email"],
      tokenEndpointAuthMethod: "client_secret_basic",
      refresh: "standard",
    };
  },
  profile: ({ integration }) => ({
    url: `https://${integration ? "login.int.swissid.ch" : "login.swissid.ch"}/idp/oauth2/userinfo`,
    map: standardClaims,
  }),
});
