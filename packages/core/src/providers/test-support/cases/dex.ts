// Dex: the provider's documented behaviour.
import { dex } from "../../dex.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: dex,
    options: { issuer: "https://dex.example.com/dex" },
    authorize: {
      url: "https://dex.example.com/dex/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { connectorId: "github" }, params: { connector_id: "github" } }],
    token: {
      url: "https://dex.example.com/dex/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiIsImtpZCI6ImRleCJ9.dx",
        token_type: "bearer",
        expires_in: 86399,
        refresh_token: "ChlwZ2c0d2h2d2Rta2xqbmx3Y3Z6d2V2cWp3EhlhZ2",
      },
      idToken: {
        iss: "https://dex.example.com/dex",
        ...USER,
        federated_claims: { connector_id: "github", user_id: "1" },
      },
      expect: { refresh_token: "ChlwZ2c0d2h2d2Rta2xqbmx3Y3Z6d2V2cWp3EhlhZ2" },
    },
    profile: { expected: USER_PROFILE },
  },
];
