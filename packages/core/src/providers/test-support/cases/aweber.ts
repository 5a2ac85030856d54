// AWeber: the provider's documented behaviour.
import { aweber } from "../../aweber.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: aweber,
    authorize: {
      url: "https://auth.aweber.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "account.read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://auth.aweber.com/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "3QmoSzXgYTzNnb1hX4rWVkdAjYHwNCmD",
        expires_in: 7200,
        refresh_token: "kd9L2q0Qbn1xOaVvJYtDZ5W3PbM6sRcF",
        token_type: "bearer",
      },
      expect: { refresh_token: "kd9L2q0Qbn1xOaVvJYtDZ5W3PbM6sRcF" },
    },
    profile: {
      url: "https://api.aweber.com/1.0/accounts",
      answer: {
        entries: [
          {
            http_etag: '"a7c8ffa2d1b6e28c3f9d5ed1e40a7c1b2f0f2ab4-ca5feee2b7fbb6febfca8af5541541ea960aaedb"',
            id: 1758964,
            uuid: "0a2b4c6d-8e0f-4a1b-9c3d-5e7f9a1b3c5d",
            company: "Example Outfitters",
            lists_collection_link: "https://api.aweber.com/1.0/accounts/1758964/lists",
            integrations_collection_link: "https://api.aweber.com/1.0/accounts/1758964/integrations",
            resource_type_link: "https://api.aweber.com/1.0/#account",
            self_link: "https://api.aweber.com/1.0/accounts/1758964",
          },
        ],
        start: 0,
        total_size: 1,
        resource_type_link: "https://api.aweber.com/1.0/#accounts",
      },
      expected: { id: 1758964, name: "Example Outfitters" },
    },
  },
];
