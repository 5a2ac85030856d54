// IBM Verify: the provider's documented behaviour.
import { ibmverify } from "../../ibmverify.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: ibmverify,
    options: { tenant: "example.verify.ibm.com" },
    authorize: {
      url: "https://example.verify.ibm.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://example.verify.ibm.com/oauth2/token",
      auth: "basic",
      answer: { ...OIDC_ANSWER, expires_in: 7200, scope: "openid email profile" },
      idToken: { iss: "https://example.verify.ibm.com/oauth2", ...USER },
      expect: { scope: "openid email profile" },
    },
    profile: { expected: USER_PROFILE },
  },
];
