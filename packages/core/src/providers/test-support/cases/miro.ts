// Miro: the provider's documented behaviour.
import { miro } from "../../miro.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: miro,
    authorize: {
      url: "https://miro.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "boards:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.miro.com/v1/oauth/token",
      auth: "post",
      // The documented ids are 64-bit numbers; strings here keep them exact.
      answer: {
        user_id: "3074457345618265000",
        refresh_token: "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_-PIBKmE9rzQuL3bUeAvUEGFEhLk",
        access_token: "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_o-P91OccaII0A63CDSK--x21xiI",
        expires_in: 3599,
        team_id: "3074457358607431473",
        scope: "boards:write boards:read",
        token_type: "bearer",
      },
      expect: {
        refresh_token: "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_-PIBKmE9rzQuL3bUeAvUEGFEhLk",
        team_id: "3074457358607431473",
        user_id: "3074457345618265000",
      },
    },
    profile: {
      url: "https://api.miro.com/v1/oauth-token",
      answer: {
        type: "oauth-token",
        organization: { type: "organization", name: "Acme", id: "3074457345821140934" },
        team: { type: "team", name: "Dev team", id: "3074457358607431473" },
        createdBy: { type: "user", name: "John Smith", id: "3074457345618265000" },
        user: { type: "user", name: "John Smith", id: "3074457345618265000" },
        scopes: ["boards:write", "boards:read"],
      },
      expected: { id: "3074457345618265000", name: "John Smith" },
    },
  },
];
