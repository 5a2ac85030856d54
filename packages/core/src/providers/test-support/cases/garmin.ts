// Garmin Connect: the provider's documented behaviour (OAuth 2.0 PKCE specification).
import { garmin } from "../../garmin.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: garmin,
    authorize: {
      url: "https://connect.garmin.com/oauth2Confirm",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://diauth.garmin.com/di-oauth2-service/oauth/token",
      auth: "post",
      answer: {
        access_token: "VTkc5JilK0dd8w_s0FJGabMqSFyjSXyNHIb0lUgFJyIr2YZxhey",
        expires_in: 86400,
        token_type: "bearer",
        refresh_token: "xUEA805jTCcGd4b7rs-SkOJP==",
        scope: "PARTNER_WRITE PARTNER_READ CONNECT_READ CONNECT_WRITE",
        jti: "f9eb2316-9b9d-495a-8732-e16c4b5bcafd",
        refresh_token_expires_in: 7775998,
      },
      expect: {
        access_token: "VTkc5JilK0dd8w_s0FJGabMqSFyjSXyNHIb0lUgFJyIr2YZxhey",
        refresh_token: "xUEA805jTCcGd4b7rs-SkOJP==",
        refresh_token_expires_in: 7775998,
      },
    },
    profile: {
      url: "https://apis.garmin.com/wellness-api/rest/user/id",
      answer: { userId: "d3315b1072421d0dd7c8f6b8e1de4df8" },
      expected: { id: "d3315b1072421d0dd7c8f6b8e1de4df8" },
    },
  },
];
