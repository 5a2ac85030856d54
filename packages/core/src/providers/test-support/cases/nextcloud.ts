// Nextcloud: the provider's documented behaviour.
import { nextcloud } from "../../nextcloud.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: nextcloud,
    options: { serverUrl: "https://cloud.example.org" },
    authorize: {
      url: "https://cloud.example.org/index.php/apps/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://cloud.example.org/index.php/apps/oauth2/api/v1/token",
      auth: "post",
      // The answer names the Nextcloud user.
      answer: {
        access_token: "4ZvDdW2OFbZ3FBd4fA9LkYJS1W7DPVrsmKrDtVMixxV1kT4sUFMGdUN0yMGxmbt2GsJW3uXf",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token: "aBVbJxK2ylRVvcjL6Bu1EHGWRj0XH2zN8wi0oU6A1Dv3tC7T6jTy1jDsmzUQklRuyi4R0cmk",
        user_id: "alice",
      },
      expect: { user_id: "alice" },
    },
    profile: {
      url: "https://cloud.example.org/ocs/v2.php/cloud/user?format=json",
      headers: { "ocs-apirequest": "true" },
      answer: {
        ocs: {
          meta: { status: "ok", statuscode: 200, message: "OK" },
          data: { id: "alice", displayname: "Alice Example", email: "alice@example.org", enabled: true },
        },
      },
      expected: { id: "alice", name: "Alice Example", email: "alice@example.org" },
    },
  },
];
