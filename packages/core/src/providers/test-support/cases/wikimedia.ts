// Wikimedia: the provider's documented behaviour.
import { wikimedia } from "../../wikimedia.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: wikimedia,
    options: { scope: ["mwoauth-authonlyprivate"] },
    authorize: {
      url: "https://meta.wikimedia.org/w/rest.php/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "mwoauth-authonlyprivate" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://meta.wikimedia.org/w/rest.php/oauth2/access_token",
      auth: "post",
      answer: {
        token_type: "Bearer",
        expires_in: 14400,
        access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJjbGllbnQifQ.sig",
        refresh_token: "def50200a1b2c3d4e5f60718293a4b5c6d7e8f90",
      },
      expect: { refresh_token: "def50200a1b2c3d4e5f60718293a4b5c6d7e8f90" },
    },
    profile: {
      url: "https://meta.wikimedia.org/w/rest.php/oauth2/resource/profile",
      answer: {
        sub: 12345678,
        username: "Example",
        editcount: 42,
        confirmed_email: true,
        blocked: false,
        registered: "20130101000000",
        groups: ["*", "user", "autoconfirmed"],
        rights: ["read", "edit"],
        grants: ["mwoauth-authonlyprivate"],
        realname: "Ada Example",
        email: "ada@example.org",
      },
      expected: { id: 12345678, name: "Ada Example", email: "ada@example.org", emailVerified: true },
    },
  },
];
