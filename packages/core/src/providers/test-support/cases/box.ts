// Box: the provider's documented behaviour.
import { box } from "../../box.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: box,
    authorize: {
      url: "https://account.box.com/api/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.box.com/oauth2/token",
      auth: "post",
      answer: {
        access_token: "c3FIOG9vSGV4VHo4QzAyg5T1JvNnJoZ3ExaVNyQWw6WjRsanRKZG5lQk9qMF",
        expires_in: 3600,
        issued_token_type: "urn:ietf:params:oauth:token-type:access_token",
        refresh_token: "c3FIOG9vSGV4VHo4QzAyg5T1JvNnJoZ3ExaVNyQWw6WjRsanRKZG5lQk9qMR",
        restricted_to: [],
        token_type: "bearer",
      },
      expect: { refresh_token: "c3FIOG9vSGV4VHo4QzAyg5T1JvNnJoZ3ExaVNyQWw6WjRsanRKZG5lQk9qMR" },
    },
    profile: {
      url: "https://api.box.com/2.0/users/me",
      answer: {
        id: "11446498",
        type: "user",
        name: "Aaron Levie",
        login: "ceo@example.com",
        avatar_url: "https://www.box.com/api/avatar/large/181216415",
      },
      expected: {
        id: "11446498",
        name: "Aaron Levie",
        email: "ceo@example.com",
        avatarUrl: "https://www.box.com/api/avatar/large/181216415",
      },
    },
  },
];
