// mojeID (Czech Republic, CZ.NIC): OpenID Connect; clients usually register dynamically; the user is read at UserInfo.
import { standardClaims } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** mojeID's UserInfo answer, the claims the profile reads. */
export interface MojeIdProfile {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  email_verified?: boolean;
  /** Whether the account's identity was validated by CZ.NIC. */
  mojeid_valid?: boolean;
  [claim: string]: unknown;
}

/**
 * mojeID. Clients are registered at `https://mojeid.cz/oidc/registration/` (or pass `register` to let the dance
 * do it). Without `clientId`, reads `MOJEID_CLIENT_ID` / `MOJEID_CLIENT_SECRET` from the config source.
 *
 * @example mojeid({ clientId, clientSecret, scope: ["openid", "email", "profile"] })
 */
export const mojeid = oauth2Preset<NoOptions, MojeIdProfile>({
  id: "mojeid",
  name: "mojeID",
  docs: "https://www.mojeid.cz/en/provider/getting-started/",
  checked: "2026-12-04",
  oauth2: {
    issuer: "https://mojeid.cz/oidc/",
    authorizationUrl: "https://mojeid.cz/oidc/authorization/",
    tokenUrl: "https://mojeid.cz/oidc/token/",
    userinfoUrl: "https://mojeid.cz/oidc/userinfo/",
    scope: ["openid", "email", "profile"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "standard",
  },
  profile: { url: "https://mojeid.cz/oidc/userinfo/", map: standardClaims },
});
