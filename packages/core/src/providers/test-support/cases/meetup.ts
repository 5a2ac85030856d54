// Meetup, one of Flask-Dance's presets: the provider's documented behaviour.
import { meetup } from "../../meetup.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: meetup,
    authorize: {
      url: "https://secure.meetup.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://secure.meetup.com/oauth2/access",
      auth: "post",
      answer: {
        access_token: "ACCESS_TOKEN_TO_STORE",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "TOKEN_USED_TO_REFRESH_AUTHORIZATION",
      },
      expect: { refresh_token: "TOKEN_USED_TO_REFRESH_AUTHORIZATION" },
    },
    profile: {
      url: "https://api.meetup.com/gql-ext",
      method: "POST",
      answer: {
        data: { self: { id: "28153218", name: "Ann Example", email: "ann@example.com", memberPhoto: null } },
      },
      expected: { id: "28153218", name: "Ann Example", email: "ann@example.com" },
    },
  },
];
