// RingCentral: Basic client authentication, no scope parameter (permissions are set on the app), single-use refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** RingCentral's `GET /restapi/v1.0/account/~/extension/~`, the fields the profile reads. */
export interface RingCentralProfile {
  id: number;
  extensionNumber?: string;
  name?: string;
  contact?: { firstName?: string; lastName?: string; email?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * RingCentral. The authorization server ignores `scope`; access tokens last an hour, refresh tokens seven days and
 * are single-use (each refresh returns a new one). The token's `owner_id` is the user's extension id. Without
 * `clientId`, reads `RINGCENTRAL_CLIENT_ID` / `RINGCENTRAL_CLIENT_SECRET` from the config source.
 *
 * @example ringcentral({ clientId, clientSecret })
 */
export const ringcentral = oauth2Preset<NoOptions, RingCentralProfile>({
  id: "ringcentral",
  name: "RingCentral",
  docs: "https://developers.ringcentral.com/guide/authentication/auth-code-flow",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://platform.ringcentral.com/restapi/oauth/authorize",
    tokenUrl: "https://platform.ringcentral.com/restapi/oauth/token",
    revocationUrl: "https://platform.ringcentral.com/restapi/oauth/revoke",
    baseUrl: "https://platform.ringcentral.com/restapi/v1.0/",
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "rotating",
  },
  profile: {
    url: "account/~/extension/~",
    map: (raw) => ({
      id: raw.id,
      name:
        raw.name ?? ([raw.contact?.firstName, raw.contact?.lastName].filter(Boolean).join(" ") || undefined),
      email: raw.contact?.email,
    }),
  },
});
