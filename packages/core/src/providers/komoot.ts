// komoot Connect (partners only): Basic client authentication, short-lived tokens, the username in the token answer.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The field of komoot's token answer that names the user: `username`, the komoot user id. */
export interface KomootProfile {
  username: string;
  [field: string]: unknown;
}

/**
 * komoot. Credentials come from a komoot account manager under a partner contract. Scopes: `profile` (tours) and
 * `tour-upload`. A refresh refused with `invalid_grant` means the user disconnected. Without `clientId`, reads
 * `KOMOOT_CLIENT_ID` / `KOMOOT_CLIENT_SECRET` from the config source.
 *
 * @example komoot({ clientId, clientSecret, scope: ["profile", "tour-upload"] })
 */
export const komoot = oauth2Preset<NoOptions, KomootProfile>({
  id: "komoot",
  name: "komoot",
  docs: "https://static.komoot.de/doc/auth/oauth2.html",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://auth-api.main.komoot.net/oauth/authorize",
    tokenUrl: "https://auth-api.main.komoot.net/oauth/token",
    baseUrl: "https://external-api.komoot.de/v007/",
    scope: ["profile"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: { fromToken: true, map: (raw) => ({ id: raw.username }) },
});
