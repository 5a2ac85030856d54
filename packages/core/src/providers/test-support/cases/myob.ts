// MYOB: the provider's documented behaviour.
import { myob } from "../../myob.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: myob,
    options: { scope: ["sme-company-file"] },
    authorize: {
      url: "https://secure.myob.com/oauth2/account/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "sme-company-file", prompt: "consent" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://secure.myob.com/oauth2/v1/authorize",
      auth: "post",
      callback: { businessId: "c4d5e6f7-0a1b-4c2d-9e3f-5a6b7c8d9e0f" },
      answer: {
        access_token: "AAEAAL1Yq8Nb0UX7ZKjW9BFDvJpzhrVZr0sQ6wgu2",
        token_type: "bearer",
        expires_in: "1200",
        refresh_token: "Pxkl!IAAAAEqZvLDp2ES2vT7dbWJ8yN0",
        scope: "sme-company-file",
        user: { uid: "b7f3d4b5-5f5e-4c2a-9f3a-1d2e3f4a5b6c", username: "developer@example.com" },
      },
      expect: {
        businessId: "c4d5e6f7-0a1b-4c2d-9e3f-5a6b7c8d9e0f",
        user: { username: "developer@example.com" },
      },
    },
    profile: { expected: { id: "b7f3d4b5-5f5e-4c2a-9f3a-1d2e3f4a5b6c", email: "developer@example.com" } },
  },
];
