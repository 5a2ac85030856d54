// Dropbox Sign: the provider's documented behaviour.
import { dropboxsign } from "../../dropboxsign.js";
import { CLIENT_ID, type PresetCase, STATE } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: dropboxsign,
    authorize: {
      url: "https://app.hellosign.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://app.hellosign.com/oauth/token",
      auth: "post",
      params: { state: STATE },
      answer: {
        access_token: "NWNiOTMxOGFkOGVjMDhhNTAxZN2NkNjgxMjMwOWJiYTEzZTBmZGUzMjMThhMzYyMzc=",
        expires_in: 86400,
        refresh_token: "hNTI2MTFmM2VmZDQxZTZjOWRmZmFjZmVmMGMyNGFjMzI2MGI5YzgzNmE3",
        token_type: "Bearer",
        state: "900e06e2",
      },
      expect: { refresh_token: "hNTI2MTFmM2VmZDQxZTZjOWRmZmFjZmVmMGMyNGFjMzI2MGI5YzgzNmE3" },
    },
    profile: {
      url: "https://api.hellosign.com/v3/account",
      answer: {
        account: {
          account_id: "5008b25c7f67153e57d5a357b1687968068fb465",
          email_address: "me@dropboxsign.com",
          is_locked: false,
          is_paid_hs: true,
          is_paid_hf: false,
          quotas: { api_signature_requests_left: 1250, documents_left: null, templates_left: null },
          callback_url: null,
          role_code: null,
          locale: "en-US",
        },
      },
      expected: { id: "5008b25c7f67153e57d5a357b1687968068fb465", email: "me@dropboxsign.com" },
    },
  },
];
