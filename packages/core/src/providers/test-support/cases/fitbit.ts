// Fitbit, one of Flask-Dance's presets: the provider's documented behaviour.
import { fitbit } from "../../fitbit.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: fitbit,
    authorize: {
      url: "https://www.fitbit.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.fitbit.com/oauth2/token",
      auth: "basic",
      params: { client_id: CLIENT_ID },
      answer: {
        access_token: "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIyMkJDVFcifQ",
        expires_in: 28800,
        refresh_token: "c643a63c072f0f05478e9d18b991db80ef6061e4f8e6c822d83fed53e5fafdd7",
        scope: "profile",
        token_type: "Bearer",
        user_id: "GGNJL9",
      },
      expect: { user_id: "GGNJL9" },
    },
    profile: {
      url: "https://api.fitbit.com/1/user/-/profile.json",
      answer: {
        user: {
          encodedId: "GGNJL9",
          displayName: "Jane D.",
          fullName: "Jane Doe",
          avatar: "https://static0.fitbit.com/images/profile/defaultProfile_100.png",
          avatar150: "https://static0.fitbit.com/images/profile/defaultProfile_150.png",
        },
      },
      expected: {
        id: "GGNJL9",
        name: "Jane Doe",
        avatarUrl: "https://static0.fitbit.com/images/profile/defaultProfile_150.png",
      },
    },
  },
];
