// Snowflake OAuth (custom clients): an account host, Basic client authentication, the user named in the token answer.
import { oauth2Preset } from "./preset.js";

export interface SnowflakeOptions {
  /** The account's host label: `myorg-myaccount` for `myorg-myaccount.snowflakecomputing.com` (underscores as `-`). */
  account: string;
}

/** The fields of Snowflake's token answer that name the user. */
export interface SnowflakeProfile {
  username: string;
  scope?: string;
  [field: string]: unknown;
}

/**
 * Snowflake. Access tokens last ten minutes; `refresh_token` in the scope asks for a refresh token, and
 * `session:role:NAME` picks the session's role. Refreshes keep the refresh token unless the security integration
 * makes refresh tokens single-use. `api` sends `X-Snowflake-Authorization-Token-Type: OAUTH` for the SQL API.
 * Without `clientId`, reads `SNOWFLAKE_CLIENT_ID` / `SNOWFLAKE_CLIENT_SECRET` from the config source.
 *
 * @example snowflake({ account: "myorg-myaccount", clientId, clientSecret, scope: ["refresh_token", "session:role:ANALYST"] })
 */
export const snowflake = oauth2Preset<SnowflakeOptions, SnowflakeProfile>({
  id: "snowflake",
  name: "Snowflake",
  docs: "https://docs.snowflake.com/en/user-guide/oauth-custom",
  checked: "2026-12-04",
  options: ["account"],
  required: ["account"],
  example: { account: "myorg-myaccount" },
  oauth2: {
    authorizationUrl: "https://{account}.snowflakecomputing.com/oauth/authorize",
    tokenUrl: "https://{account}.snowflakecomputing.com/oauth/token-request",
    baseUrl: "https://{account}.snowflakecomputing.com/api/v2/",
    scope: ["refresh_token"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "reuses",
    apiHeaders: { "X-Snowflake-Authorization-Token-Type": "OAUTH" },
  },
  profile: { fromToken: true, map: (raw) => ({ id: raw.username, name: raw.username }) },
});
