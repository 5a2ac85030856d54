// LINE WORKS: the provider's documented behaviour.
import { expect } from "vitest";
import { lineworks } from "../../lineworks.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: lineworks,
    authorize: {
      url: "https://auth.worksmobile.com/oauth2/v2.0/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://auth.worksmobile.com/oauth2/v2.0/token",
      auth: "post",
      // LINE WORKS sends expires_in as a string.
      answer: {
        access_token: "kr1AAABDbzO8ZFaMNW2JKL0B+HljZxUcTVkN",
        refresh_token: "kr1AAAAq0v2LkpNFwPy9qPNLB8sORSDuh3dW",
        scope: "openid profile email",
        token_type: "Bearer",
        expires_in: "86400",
      },
      idToken: {
        iss: "https://auth.worksmobile.com",
        sub: "4f8e1a2b-3c4d-5e6f-7a8b-9c0d1e2f3a4b",
        name: "Works Taro",
        email: "taro@works.example.com",
      },
      expect: { refresh_token: "kr1AAAAq0v2LkpNFwPy9qPNLB8sORSDuh3dW", expires_at: expect.any(Number) },
    },
    profile: {
      expected: {
        id: "4f8e1a2b-3c4d-5e6f-7a8b-9c0d1e2f3a4b",
        name: "Works Taro",
        email: "taro@works.example.com",
      },
    },
  },
];
