// Strava, one of Flask-Dance's presets: the provider's documented behaviour.
import { strava } from "../../strava.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: strava,
    options: { scope: ["read", "activity:read_all"] },
    authorize: {
      url: "https://www.strava.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read,activity:read_all" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { approvalPrompt: "force" }, params: { approval_prompt: "force" } }],
    token: {
      url: "https://www.strava.com/oauth/token",
      auth: "post",
      answer: {
        token_type: "Bearer",
        expires_at: 1568775134,
        expires_in: 21600,
        refresh_token: "e5n567567",
        access_token: "a4b945687g",
        athlete: { id: 134815, username: "marianne_t", firstname: "Marianne", lastname: "Teutenberg" },
      },
      expect: { refresh_token: "e5n567567", athlete: { id: 134815 } },
    },
    profile: {
      url: "https://www.strava.com/api/v3/athlete",
      answer: {
        id: 1234567890987654400,
        username: "marianne_t",
        resource_state: 3,
        firstname: "Marianne",
        lastname: "Teutenberg",
        city: "San Francisco",
        profile: "https://xxxxx.cloudfront.net/pictures/athletes/123456789/123456789/2/large.jpg",
      },
      expected: {
        id: 1234567890987654400,
        name: "Marianne Teutenberg",
        avatarUrl: "https://xxxxx.cloudfront.net/pictures/athletes/123456789/123456789/2/large.jpg",
      },
    },
  },
];
