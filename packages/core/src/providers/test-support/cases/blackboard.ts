// Blackboard Learn: the provider's documented behaviour (three-legged OAuth).
import { blackboard } from "../../blackboard.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: blackboard,
    options: { domain: "learn.example.edu", scope: ["read", "offline"] },
    authorize: {
      url: "https://learn.example.edu/learn/api/public/v1/oauth2/authorizationcode",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read offline" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://learn.example.edu/learn/api/public/v1/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "yuH3V9dI2WkdJmbnr5lQ5oS0ta8h2Cdl",
        token_type: "bearer",
        expires_in: 3599,
        refresh_token: "Xk93jd8Jd2kdLs0qPz7Yt1Rw",
        scope: "read offline",
        user_id: "0b3e2a4c5d6e4f7a8b9c0d1e2f3a4b5c",
      },
      expect: { user_id: "0b3e2a4c5d6e4f7a8b9c0d1e2f3a4b5c", refresh_token: "Xk93jd8Jd2kdLs0qPz7Yt1Rw" },
    },
    profile: {
      url: "https://learn.example.edu/learn/api/public/v1/users/me",
      answer: {
        id: "_27_1",
        uuid: "0b3e2a4c5d6e4f7a8b9c0d1e2f3a4b5c",
        externalId: "marlee",
        userName: "marlee",
        name: { given: "Marlee", family: "Student" },
        contact: { email: "marlee@example.edu" },
      },
      expected: { id: "_27_1", name: "Marlee Student", email: "marlee@example.edu" },
    },
  },
];
