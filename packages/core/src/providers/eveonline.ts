// EVE Online SSO (v2): the access token is a JWT naming the character; there is no user endpoint.
import { idTokenClaims } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of an EVE SSO access token that name the character. */
export interface EveOnlineProfile {
  /** `CHARACTER:EVE:<character id>`. */
  sub: string;
  /** The character's name. */
  name: string;
  /** Changes when the character moves to another account. */
  owner: string;
  scp?: string | string[];
  [claim: string]: unknown;
}

/**
 * EVE Online. The user is a character, read from the access token's claims; a refresh token comes only when at
 * least one ESI scope is asked for. Without `clientId`, reads `EVEONLINE_CLIENT_ID` / `EVEONLINE_CLIENT_SECRET`
 * from the config source.
 *
 * @example eveonline({ clientId, clientSecret, scope: ["esi-skills.read_skills.v1"] })
 */
export const eveonline = oauth2Preset<NoOptions, EveOnlineProfile>({
  id: "eveonline",
  name: "EVE Online",
  docs: "https://developers.eveonline.com/docs/services/sso/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://login.eveonline.com/v2/oauth/authorize",
    tokenUrl: "https://login.eveonline.com/v2/oauth/token",
    revocationUrl: "https://login.eveonline.com/v2/oauth/revoke",
    baseUrl: "https://esi.evetech.net/",
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "standard",
  },
  profile: {
    fromToken: true,
    map: (_raw, token) => {
      const claims = idTokenClaims("eveonline", String(token.access_token)) as EveOnlineProfile;
      return { id: claims.sub.replace(/^CHARACTER:EVE:/, ""), name: claims.name };
    },
  },
});
