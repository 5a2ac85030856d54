// Wise: the provider's documented behaviour.
import { wise } from "../../wise.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: wise,
    authorize: {
      url: "https://wise.com/oauth/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { sandbox: true }, params: {} }],
    token: {
      url: "https://api.wise.com/oauth/token",
      auth: "basic",
      params: { client_id: CLIENT_ID },
      callback: { profileId: "30000000" },
      answer: {
        access_token: "01234567-89ab-cdef-0123-456789abcdef",
        token_type: "bearer",
        refresh_token: "fedcba98-7654-3210-fedc-ba9876543210",
        expires_in: 43199,
        expires_at: "2025-04-11T03:43:28.148Z",
        refresh_token_expires_in: 628639555,
        refresh_token_expires_at: "2045-03-12T13:49:23.552Z",
        scope: "transfers",
        created_at: "2020-01-01T12:33:33.12345Z",
      },
      expect: { profileId: "30000000", scope: "transfers", refresh_token_expires_in: 628639555 },
    },
    profile: {
      url: "https://api.wise.com/v1/me",
      answer: {
        id: 101,
        name: "Example Person",
        email: "person@example.com",
        active: true,
        details: { firstName: "Example", lastName: "Person" },
      },
      expected: { id: 101, name: "Example Person", email: "person@example.com" },
    },
  },
];
