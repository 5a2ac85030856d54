// TeamViewer: the provider's documented behaviour.
import { teamviewer } from "../../teamviewer.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: teamviewer,
    authorize: {
      url: "https://login.teamviewer.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://webapi.teamviewer.com/api/v1/oauth2/token",
      auth: "post",
      answer: {
        access_token: "54213-HtF4AaRNzNGQeUh8J9KW",
        token_type: "Bearer",
        expires_in: 86400,
        refresh_token: "54213-RtWlnnpzlJJl4yuKUxM2",
      },
      expect: { refresh_token: "54213-RtWlnnpzlJJl4yuKUxM2" },
    },
    profile: {
      url: "https://webapi.teamviewer.com/api/v1/account",
      answer: {
        userid: "u1234567",
        name: "John Doe",
        email: "john.doe@example.com",
        email_validated: true,
        email_language: "en",
        company_name: "Example Ltd",
      },
      expected: { id: "u1234567", name: "John Doe", email: "john.doe@example.com", emailVerified: true },
    },
  },
];
