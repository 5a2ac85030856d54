// Oura: the provider's documented behaviour.
import { oura } from "../../oura.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: oura,
    authorize: {
      url: "https://cloud.ouraring.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "email personal" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.ouraring.com/oauth/token",
      auth: "post",
      answer: {
        token_type: "bearer",
        access_token: "VRZN7VQRNMRZXJ6TN3TXGFWDQBJXWQ5M",
        expires_in: 86400,
        refresh_token: "CPXNQM4SSZXU63IDBTBLDUK5NGLRYLG3",
      },
      expect: { refresh_token: "CPXNQM4SSZXU63IDBTBLDUK5NGLRYLG3" },
    },
    profile: {
      url: "https://api.ouraring.com/v2/usercollection/personal_info",
      answer: {
        id: "8f9a5602-7f0c-4a9e-a1f3-6c1b2d3e4f50",
        age: 31,
        weight: 74.8,
        height: 1.8,
        biological_sex: "male",
        email: "example@example.com",
      },
      expected: { id: "8f9a5602-7f0c-4a9e-a1f3-6c1b2d3e4f50", email: "example@example.com" },
    },
  },
];
