// authentik: the provider's documented behaviour.
import { authentik } from "../../authentik.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: authentik,
    options: { issuer: "https://authentik.example.com/application/o/my-app/" },
    authorize: {
      url: "https://authentik.example.com/application/o/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://authentik.example.com/application/o/token/",
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://authentik.example.com/application/o/my-app/", ...USER },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: USER_PROFILE },
  },
];
