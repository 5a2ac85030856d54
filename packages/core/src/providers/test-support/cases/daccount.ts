// d ACCOUNT Connect: the provider's documented behaviour.
import { daccount } from "../../daccount.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: daccount,
    authorize: {
      url: "https://id.smt.docomo.ne.jp/cgi8/oidc/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://conf.uw.docomo.ne.jp/token",
      auth: "basic",
      answer: {
        access_token: "dacc-at-7c1f2e3d4b5a69788796a5b4c3d2e1f0",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token: "dacc-rt-0f1e2d3c4b5a69788796a5b4c3d2e1f",
      },
      idTokenAlg: "HS256",
      idToken: { iss: "https://conf.uw.docomo.ne.jp/", sub: "Z2FtZXMtcGFpcndpc2Utc3ViamVjdA" },
      expect: { refresh_token: "dacc-rt-0f1e2d3c4b5a69788796a5b4c3d2e1f" },
    },
    profile: { expected: { id: "Z2FtZXMtcGFpcndpc2Utc3ViamVjdA" } },
  },
];
