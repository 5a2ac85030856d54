// KKBOX Open API: the authorization code flow at account.kkbox.com, 30-day tokens, the member from `/v1.1/me`.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** KKBOX's `GET /v1.1/me`. */
export interface KkboxProfile {
  id: string;
  name?: string;
  description?: string;
  url?: string;
  images?: { height: number; width: number; url: string }[];
  [field: string]: unknown;
}

/**
 * KKBOX. `clientId` and `clientSecret` are the app's ID and secret from the KKBOX developer site. Without
 * `clientId`, reads `KKBOX_CLIENT_ID` / `KKBOX_CLIENT_SECRET` from the config source.
 *
 * @example kkbox({ clientId, clientSecret })
 */
export const kkbox = oauth2Preset<NoOptions, KkboxProfile>({
  id: "kkbox",
  name: "KKBOX",
  docs: "https://docs-en.kkbox.codes/reference",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://account.kkbox.com/oauth2/authorize",
    tokenUrl: "https://account.kkbox.com/oauth2/token",
    baseUrl: "https://api.kkbox.com/v1.1/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "me",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.name),
      // The images come largest last.
      avatarUrl: text(raw.images?.[raw.images.length - 1]?.url),
    }),
  },
});
