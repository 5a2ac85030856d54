// ID Austria (Austria's eID): OpenID Connect discovered from the environment's issuer; the ID token names the user.
import { standardClaims } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface IdAustriaOptions {
  /** Use the test environment (`https://eid2.oesterreich.gv.at`) instead of production. */
  test?: boolean;
}

/** The claims of an ID Austria ID token (scopes `openid profile`). */
export interface IdAustriaProfile {
  sub: string;
  given_name?: string;
  family_name?: string;
  birthdate?: string;
  /** The sector-specific personal identifier (bPK) of the user. */
  "urn:pvpgvat:oidc.bpk"?: string;
  [claim: string]: unknown;
}

/**
 * ID Austria. `clientId` is the service's registered identifier (a URL). The client authenticates with its secret in
 * the body; the user's names and bPK come in the ID token (there is no UserInfo endpoint to rely on). Without
 * `clientId`, reads `IDAUSTRIA_CLIENT_ID` / `IDAUSTRIA_CLIENT_SECRET` from the config source.
 *
 * @example idaustria({ clientId: "https://app.example.at", clientSecret, test: true })
 */
export const idaustria = oauth2Preset<IdAustriaOptions, IdAustriaProfile>({
  id: "idaustria",
  name: "ID Austria",
  docs: "https://www.oesterreich.gv.at/id-austria.html",
  checked: "2026-12-04",
  options: ["test"],
  oauth2: ({ test }) => ({
    issuer: test ? "https://eid2.oesterreich.gv.at" : "https://eid.oesterreich.gv.at",
    scope: ["openid", "profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "none",
  }),
  profile: { map: standardClaims },
});
