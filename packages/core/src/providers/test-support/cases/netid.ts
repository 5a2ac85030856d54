// netID: the provider's documented behaviour.
import { netid } from "../../netid.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: netid,
    authorize: {
      url: "https://broker.netid.de/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: true,
      nonce: true,
    },
    variants: [
      {
        options: { claims: ["email", "email_verified"] },
        params: { claims: '{"userinfo":{"email":{"essential":true},"email_verified":{"essential":true}}}' },
      },
    ],
    token: {
      url: "https://broker.netid.de/token",
      auth: "basic",
      answer: { access_token: "eyJhbGciOiJkaXIiLCJlbmMi.netid", token_type: "Bearer", expires_in: 600 },
      idToken: {
        iss: "https://broker.netid.de/",
        sub: "0lme_TXmA_TQ3M4g1ZmqJcOeKdW2tZ0MvzXhgV8Rn3w",
        auth_time: 1598277720,
      },
      expect: { access_token: "eyJhbGciOiJkaXIiLCJlbmMi.netid" },
    },
    profile: {
      url: "https://broker.netid.de/userinfo",
      answer: {
        sub: "0lme_TXmA_TQ3M4g1ZmqJcOeKdW2tZ0MvzXhgV8Rn3w",
        given_name: "Max",
        family_name: "Mustermann",
        email: "max.mustermann@example.de",
        email_verified: true,
      },
      expected: {
        id: "0lme_TXmA_TQ3M4g1ZmqJcOeKdW2tZ0MvzXhgV8Rn3w",
        name: "Max Mustermann",
        email: "max.mustermann@example.de",
        emailVerified: true,
      },
    },
  },
];
