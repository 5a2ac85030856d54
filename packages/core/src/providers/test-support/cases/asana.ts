// Asana: the provider's documented behaviour.
import { asana } from "../../asana.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: asana,
    authorize: {
      url: "https://app.asana.com/-/oauth_authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "users:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://app.asana.com/-/oauth_token",
      auth: "post",
      // The answer names the user who authorized the app in `data`.
      answer: {
        access_token: "f6ds7fdsa69ags7ag9sd5a",
        expires_in: 3600,
        token_type: "bearer",
        data: { id: 4673218951, gid: "4673218951", name: "Greg Sanchez", email: "gsanchez@example.com" },
        refresh_token: "hjkl325hjkl4325hj4kl32fjds",
      },
      expect: {
        access_token: "f6ds7fdsa69ags7ag9sd5a",
        refresh_token: "hjkl325hjkl4325hj4kl32fjds",
        data: { gid: "4673218951", name: "Greg Sanchez" },
      },
    },
    profile: {
      url: "https://app.asana.com/api/1.0/users/me",
      answer: {
        data: {
          gid: "4673218951",
          resource_type: "user",
          name: "Greg Sanchez",
          email: "gsanchez@example.com",
          photo: {
            image_21x21: "https://s3.amazonaws.com/profile_photos/4673218951.21x21.png",
            image_128x128: "https://s3.amazonaws.com/profile_photos/4673218951.128x128.png",
          },
          workspaces: [{ gid: "1337", resource_type: "workspace", name: "My Company Workspace" }],
        },
      },
      expected: {
        id: "4673218951",
        name: "Greg Sanchez",
        email: "gsanchez@example.com",
        avatarUrl: "https://s3.amazonaws.com/profile_photos/4673218951.128x128.png",
      },
    },
  },
];
