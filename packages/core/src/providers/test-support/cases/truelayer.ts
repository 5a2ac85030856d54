// TrueLayer: the provider's documented behaviour.
import { truelayer } from "../../truelayer.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: truelayer,
    authorize: {
      url: "https://auth.truelayer.com/",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "info accounts balance offline_access",
        providers: "uk-ob-all uk-oauth-all",
      },
      pkce: true,
      nonce: false,
    },
    variants: [
      { options: { sandbox: true }, params: { providers: "uk-cs-mock" } },
      { options: { providerId: "ob-monzo" }, params: { provider_id: "ob-monzo" } },
    ],
    token: {
      url: "https://auth.truelayer.com/connect/token",
      auth: "post",
      answer: {
        access_token:
          "eyJhbGciOiJSUzI1NiIsImtpZCI6IjE0NTk4OUIwNTdDOUMzMzg0MDc4MDBBOEJBNkM2NjE4NzI3QUFCODMifQ.tl",
        expires_in: 3600,
        token_type: "Bearer",
        refresh_token: "8B5AC4E6E7E1FC6D3D1B4D1E0A0C9B8A7F6E5D4C3B2A1F0E9D8C7B6A5F4E3D2C1",
        scope: "info accounts balance offline_access",
      },
      expect: { scope: "info accounts balance offline_access" },
    },
    profile: {
      url: "https://api.truelayer.com/data/v1/me",
      answer: {
        results: [
          {
            client_id: "example-client",
            credentials_id: "6L/0MSeIzp3XlAIqdD2z+ZLR2eUcDnQ+uTt0W3Zsbkw=",
            consent_status: "Authorised",
            consent_status_updated_at: "2026-11-30T10:13:24.6233658Z",
            consent_created_at: "2026-11-30T10:12:21.4524473Z",
            consent_expires_at: "2027-02-28T10:12:21.4524473Z",
            provider: {
              display_name: "MOCK",
              logo_uri: "https://truelayer-provider-assets.s3.amazonaws.com/global/logos/mock.svg",
              provider_id: "mock",
            },
            scopes: ["info", "accounts", "balance", "offline_access"],
            privacy_policy: "Feb2019",
          },
        ],
        status: "Succeeded",
      },
      expected: { id: "6L/0MSeIzp3XlAIqdD2z+ZLR2eUcDnQ+uTt0W3Zsbkw=" },
    },
  },
];
