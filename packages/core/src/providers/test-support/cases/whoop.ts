// WHOOP: the provider's documented behaviour.
import { whoop } from "../../whoop.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: whoop,
    authorize: {
      url: "https://api.prod.whoop.com/oauth/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "offline read:profile" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.prod.whoop.com/oauth/oauth2/token",
      auth: "post",
      answer: {
        access_token: "ory_at_Xk2bS9p1mQ4vR7tY0wZ3",
        expires_in: 3600,
        refresh_token: "ory_rt_Lm5nB8cD1fG4hJ7kP0qS",
        scope: "offline read:profile",
        token_type: "bearer",
      },
      expect: { refresh_token: "ory_rt_Lm5nB8cD1fG4hJ7kP0qS", scope: "offline read:profile" },
    },
    profile: {
      url: "https://api.prod.whoop.com/developer/v2/user/profile/basic",
      answer: { user_id: 10129, email: "jsmith123@whoop.com", first_name: "John", last_name: "Smith" },
      expected: { id: 10129, name: "John Smith", email: "jsmith123@whoop.com" },
    },
  },
];
