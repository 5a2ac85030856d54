// Verimi (Germany): OpenID Connect on web.verimi.de; personal data by scope, read at UserInfo.
import { standardClaims } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Verimi's UserInfo answer, the claims the profile reads. */
export interface VerimiProfile {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  email_verified?: boolean;
  [claim: string]: unknown;
}

/**
 * Verimi. Data is released per scope (`email`, `name`, `address`, `birthdate`, `idcard`, ...); the `claims`
 * parameter is not supported. Add `offline_access` for a refresh token. Without `clientId`, reads
 * `VERIMI_CLIENT_ID` / `VERIMI_CLIENT_SECRET` from the config source.
 *
 * @example verimi({ clientId, clientSecret, scope: ["openid", "login", "email", "name"] })
 */
export const verimi = oauth2Preset<NoOptions, VerimiProfile>({
  id: "verimi",
  name: "Verimi",
  docs: "https://docs.verimi.de/",
  checked: "2026-12-04",
  oauth2: {
    issuer: "https://web.verimi.de",
    authorizationUrl: "https://web.verimi.de/oauth2/auth",
    tokenUrl: "https://web.verimi.de/oauth2/token",
    userinfoUrl: "https://web.verimi.de/userinfo",
    revocationUrl: "https://web.verimi.de/oauth2/revoke",
    scope: ["openid", "login", "email"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "rotating",
  },
  profile: { url: "https://web.verimi.de/userinfo", map: standardClaims },
});
