// Ecwid: the provider's documented behaviour.
import { ecwid } from "../../ecwid.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: ecwid,
    options: { scope: ["read_store_profile", "update_catalog"] },
    authorize: {
      url: "https://my.ecwid.com/api/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_store_profile update_catalog" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://my.ecwid.com/api/oauth/token",
      auth: "post",
      answer: {
        access_token: "secret_7c2a1b9d8e4f3a6b5c0d1e2f3a4b5c6d",
        token_type: "bearer",
        scope: "read_store_profile update_catalog",
        store_id: 1003,
        public_token: "public_qKDUqKkNXzcj9DejkMUqEkYLq2E6BXM9",
      },
      expect: { store_id: 1003, public_token: "public_qKDUqKkNXzcj9DejkMUqEkYLq2E6BXM9" },
    },
    profile: {
      url: "https://app.ecwid.com/api/v3/1003/profile",
      answer: {
        generalInfo: { storeId: 1003, storeUrl: "https://example.company.site" },
        account: {
          accountName: "John Doe",
          accountNickName: "Super Seller",
          accountEmail: "ecwid@example.com",
        },
        settings: { closed: false, storeName: "My Super Store" },
      },
      expected: { id: 1003, name: "My Super Store", email: "ecwid@example.com" },
    },
  },
];
