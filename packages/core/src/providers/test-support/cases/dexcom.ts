// Dexcom, one of Flask-Dance's presets: the provider's documented behaviour.
import { dexcom } from "../../dexcom.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: dexcom,
    authorize: {
      url: "https://api.dexcom.com/v2/oauth2/login",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "offline_access" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.dexcom.com/v2/oauth2/token",
      auth: "post",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiIsImtpZCI6ImRleGNvbSJ9",
        expires_in: 7200,
        token_type: "Bearer",
        refresh_token: "ec3fb2dbb3a5d6b2c1e2d4e5",
      },
      expect: { refresh_token: "ec3fb2dbb3a5d6b2c1e2d4e5" },
    },
    profile: {
      url: "https://api.dexcom.com/v3/users/self/dataRange",
      answer: {
        recordType: "dataRange",
        recordVersion: "3.0",
        userId: "f8ea83f2-9c3d-4a6b-9f56-2f1b7b0ac1d4",
        egvs: { start: { systemTime: "2024-02-06T19:05:00", displayTime: "2024-02-06T11:05:00" } },
      },
      expected: { id: "f8ea83f2-9c3d-4a6b-9f56-2f1b7b0ac1d4" },
    },
  },
];
