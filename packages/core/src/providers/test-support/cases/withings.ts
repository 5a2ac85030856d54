// Withings: the provider's documented behaviour.
import { withings } from "../../withings.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: withings,
    authorize: {
      url: "https://account.withings.com/oauth2_user/authorize2",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user.info" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { demo: true }, params: { mode: "demo" } }],
    token: {
      url: "https://wbsapi.withings.net/v2/oauth2",
      auth: "post",
      params: { action: "requesttoken" },
      // The token sits in `body`.
      answer: {
        status: 0,
        body: {
          userid: "363",
          access_token: "a075f8c14fb8df40b08ebc8508533dc332a6910a",
          refresh_token: "f631236f02b991810feb774765b6ae8e6c6839ca",
          expires_in: 10800,
          scope: "user.info,user.metrics",
          csrf_token: "PACnnxwHTaBQOzF7bQqwFUUotIuvtzSM",
          token_type: "Bearer",
        },
      },
      expect: { userid: "363", access_token: "a075f8c14fb8df40b08ebc8508533dc332a6910a" },
    },
    profile: { expected: { id: "363" } },
  },
];
