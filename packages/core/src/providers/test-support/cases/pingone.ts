// PingOne: the provider's documented behaviour.
import { pingone } from "../../pingone.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

const ENV = "5caa81af-ec05-41ff-a709-c7378007a99c";

export const CASES: PresetCase[] = [
  {
    preset: pingone,
    options: { environmentId: ENV },
    authorize: {
      url: `https://auth.pingone.com/${ENV}/as/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `https://auth.pingone.com/${ENV}/as/token`,
      auth: "basic",
      answer: { ...OIDC_ANSWER, expires_in: 3600, scope: "openid email profile" },
      idToken: { iss: `https://auth.pingone.com/${ENV}/as`, ...USER },
      expect: { scope: "openid email profile" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    title: "PingOne (Europe)",
    preset: pingone,
    options: { environmentId: ENV, region: "eu" },
    authorize: {
      url: `https://auth.pingone.eu/${ENV}/as/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `https://auth.pingone.eu/${ENV}/as/token`,
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: `https://auth.pingone.eu/${ENV}/as`, ...USER },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: USER_PROFILE },
  },
];
