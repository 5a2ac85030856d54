// Withings: `action=requesttoken` on every token call, the token wrapped in `{ status, body }`, the user id in it.
import { oauth2Preset } from "./preset.js";

export interface WithingsOptions {
  /** Use the demo user (`mode=demo`) instead of a real account. */
  demo?: boolean;
}

/** The fields of Withings' token answer that name the user. */
export interface WithingsProfile {
  userid: string;
  [field: string]: unknown;
}

/**
 * Withings. Without `clientId`, reads `WITHINGS_CLIENT_ID` / `WITHINGS_CLIENT_SECRET` from the config source.
 *
 * @example withings({ clientId, clientSecret, scope: ["user.info", "user.metrics"] })
 */
export const withings = oauth2Preset<WithingsOptions, WithingsProfile>({
  id: "withings",
  name: "Withings",
  docs: "https://developer.withings.com/api-reference#tag/oauth2",
  checked: "2026-11-27",
  options: ["demo"],
  oauth2: ({ demo }) => ({
    authorizationUrl: "https://account.withings.com/oauth2_user/authorize2",
    tokenUrl: "https://wbsapi.withings.net/v2/oauth2",
    baseUrl: "https://wbsapi.withings.net/",
    scope: ["user.info"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenParams: { action: "requesttoken" },
    autoRefresh: { params: { action: "requesttoken" } },
    tokenResponse: { unwrap: "body", error: "status", errorDescription: "error" },
    pkceSupport: "unsupported",
    refresh: "rotating",
    ...(demo ? { authorizationParams: { mode: "demo" } } : {}),
  }),
  profile: { fromToken: true, map: (raw) => ({ id: raw.userid }) },
});
