// Keap: the provider's documented behaviour.
import { keap } from "../../keap.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: keap,
    authorize: {
      url: "https://accounts.infusionsoft.com/app/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "full" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.infusionsoft.com/token",
      auth: "post",
      answer: {
        access_token: "7sg2ts4krc4sj5exstzhtaqb",
        token_type: "bearer",
        expires_in: 86400,
        refresh_token: "f9h5xzumc2mat7t3gtcbcf5m",
        scope: "full|ab123.infusionsoft.com",
      },
      expect: { scope: "full|ab123.infusionsoft.com", refresh_token: "f9h5xzumc2mat7t3gtcbcf5m" },
    },
    profile: {
      url: "https://api.infusionsoft.com/crm/rest/v1/oauth/connect/userinfo",
      answer: {
        email: "jane.doe@example.com",
        family_name: "Doe",
        given_name: "Jane",
        global_user_id: 29382345,
        infusionsoft_id: "jane.doe@example.com",
        middle_name: "",
        preferred_name: "Jane Doe",
        sub: "29382345",
      },
      expected: { id: 29382345, name: "Jane Doe", email: "jane.doe@example.com" },
    },
  },
];
