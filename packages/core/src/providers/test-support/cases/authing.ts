// Authing: the provider's documented behaviour.
import { authing } from "../../authing.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: authing,
    options: { domain: "oidc1.authing.cn" },
    authorize: {
      url: "https://oidc1.authing.cn/oidc/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    variants: [
      {
        options: { offline: true },
        params: { scope: "openid profile email offline_access", prompt: "consent" },
      },
    ],
    token: {
      url: "https://oidc1.authing.cn/oidc/token",
      auth: "post",
      answer: { ...OIDC_ANSWER, expires_in: 1209600, scope: "openid profile email" },
      idToken: { iss: "https://oidc1.authing.cn/oidc", ...USER },
      expect: { scope: "openid profile email" },
    },
    profile: { expected: USER_PROFILE },
  },
];
