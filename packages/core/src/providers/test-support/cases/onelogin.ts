// OneLogin: the provider's documented behaviour.
import { onelogin } from "../../onelogin.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: onelogin,
    options: { subdomain: "oidc-sample" },
    authorize: {
      url: "https://oidc-sample.onelogin.com/oidc/2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://oidc-sample.onelogin.com/oidc/2/token",
      auth: "basic",
      answer: {
        access_token: "R0RydTY5WDlzZ3k0Q2tWcTZsT2ZsYjlsTXhZS3ZaYQ",
        expires_in: 3600,
        refresh_token: "UEo4Uk5mMnRyQjZ4R0NhZkZQTnV6bXRJbVdscUpsTA",
        scope: "openid profile email",
        token_type: "Bearer",
      },
      idToken: { iss: "https://oidc-sample.onelogin.com/oidc/2", ...USER },
      expect: { refresh_token: "UEo4Uk5mMnRyQjZ4R0NhZkZQTnV6bXRJbVdscUpsTA" },
    },
    profile: { expected: USER_PROFILE },
  },
];
