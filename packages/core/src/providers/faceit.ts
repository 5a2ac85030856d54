// FACEIT Connect: OAuth 2 with PKCE and Basic client auth; the user comes from the userinfo resource.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** FACEIT's `GET /auth/v1/resources/userinfo` (scopes `openid email profile`). */
export interface FaceitProfile {
  guid: string;
  nickname: string;
  email?: string;
  picture?: string;
  [field: string]: unknown;
}

/**
 * FACEIT. The user is read from the userinfo resource rather than the ID token, whose claims FACEIT does not keep
 * consistent. Without `clientId`, reads `FACEIT_CLIENT_ID` / `FACEIT_CLIENT_SECRET` from the config source.
 *
 * @example faceit({ clientId, clientSecret })
 */
export const faceit = oauth2Preset<NoOptions, FaceitProfile>({
  id: "faceit",
  name: "FACEIT",
  docs: "https://docs.faceit.com/getting-started/authentication/oauth2",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://accounts.faceit.com",
    tokenUrl: "https://api.faceit.com/auth/v1/oauth/token",
    baseUrl: "https://open.faceit.com/data/v4/",
    scope: ["openid", "email", "profile"],
    tokenEndpointAuthMethod: "client_secret_basic",
    // The ID token is not checked: the profile comes from userinfo.
    openid: false,
    refresh: "standard",
  },
  profile: {
    url: "https://api.faceit.com/auth/v1/resources/userinfo",
    map: (raw) => ({
      id: raw.guid,
      name: raw.nickname,
      email: text(raw.email),
      avatarUrl: text(raw.picture),
    }),
  },
});
