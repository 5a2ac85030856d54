// Kinde: the provider's documented behaviour.
import { kinde } from "../../kinde.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: kinde,
    options: { domain: "example.kinde.com" },
    authorize: {
      url: "https://example.kinde.com/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    variants: [
      { options: { audience: "https://api.example.com" }, params: { audience: "https://api.example.com" } },
      { options: { orgCode: "org_1ccfb819462" }, params: { org_code: "org_1ccfb819462" } },
    ],
    token: {
      url: "https://example.kinde.com/oauth2/token",
      auth: "post",
      answer: { ...OIDC_ANSWER, scope: "openid profile email offline" },
      idToken: {
        iss: "https://example.kinde.com",
        sub: "kp_c3143a4b50ad43c88e541d9077681782",
        given_name: "Jane",
        family_name: "Doe",
        email: "janedoe@example.com",
        picture: "https://example.com/janedoe/me.jpg",
      },
      expect: { scope: "openid profile email offline" },
    },
    profile: {
      expected: {
        id: "kp_c3143a4b50ad43c88e541d9077681782",
        name: "Jane Doe",
        email: "janedoe@example.com",
        avatarUrl: "https://example.com/janedoe/me.jpg",
      },
    },
  },
];
