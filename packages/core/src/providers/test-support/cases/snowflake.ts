// Snowflake: the provider's documented behaviour.
import { snowflake } from "../../snowflake.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: snowflake,
    options: { account: "myorg-myaccount" },
    authorize: {
      url: "https://myorg-myaccount.snowflakecomputing.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "refresh_token" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://myorg-myaccount.snowflakecomputing.com/oauth/token-request",
      auth: "basic",
      answer: {
        access_token: "ver:1-hint:1234-ETMsDgAAAXaccess",
        expires_in: 600,
        refresh_token: "ver:2-hint:5678-ETMsDgAAAXrefresh",
        token_type: "Bearer",
        username: "USER1",
        scope: "refresh_token session:role:TEST_ROLE",
        refresh_token_expires_in: 86399,
        idpInitiated: false,
      },
      expect: {
        refresh_token: "ver:2-hint:5678-ETMsDgAAAXrefresh",
        username: "USER1",
        refresh_token_expires_in: 86399,
      },
    },
    profile: { expected: { id: "USER1", name: "USER1" } },
  },
];
