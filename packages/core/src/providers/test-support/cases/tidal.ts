// TIDAL: the provider's documented behaviour.
import { tidal } from "../../tidal.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: tidal,
    authorize: {
      url: "https://login.tidal.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user.read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://auth.tidal.com/v1/oauth2/token",
      auth: "none",
      answer: {
        access_token: "eyJraWQiOiJ2OU1GbFhqWSIsImFsZyI6IkVTMjU2In0.tidal",
        token_type: "Bearer",
        expires_in: 86400,
        refresh_token: "eyJraWQiOiJoUzFKYTdVMCIsImFsZyI6IkVTNTEyIn0.refresh",
        scope: "user.read",
        user_id: 192283714,
      },
      expect: { user_id: 192283714, scope: "user.read" },
    },
    profile: {
      url: "https://openapi.tidal.com/v2/users/me",
      headers: { accept: "application/vnd.api+json" },
      answer: {
        data: {
          id: "192283714",
          type: "users",
          attributes: {
            username: "jane.tidal",
            country: "NO",
            email: "jane@example.com",
            emailVerified: true,
            firstName: "Jane",
            lastName: "Doe",
          },
        },
        links: { self: "/users/me" },
      },
      expected: { id: "192283714", name: "Jane Doe", email: "jane@example.com", emailVerified: true },
    },
    fromConfig: { clientId: "TIDAL_CLIENT_ID" },
  },
];
