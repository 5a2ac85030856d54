// Foursquare: the provider's documented behaviour.
import { foursquare } from "../../foursquare.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: foursquare,
    authorize: {
      url: "https://foursquare.com/oauth2/authenticate",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://foursquare.com/oauth2/access_token",
      method: "GET",
      format: "query",
      auth: "post",
      // Only the token: no type, no expiry.
      answer: { access_token: "QEJ4AQPTMMNB413HGNZ5VD5FILHGAYLPOVL1RHC21B0CUV3R" },
      expect: { access_token: "QEJ4AQPTMMNB413HGNZ5VD5FILHGAYLPOVL1RHC21B0CUV3R", token_type: "bearer" },
    },
    profile: {
      url: "https://api.foursquare.com/v2/users/self?v=20240601",
      auth: { query: "oauth_token" },
      answer: {
        meta: { code: 200, requestId: "5ac51d7e6a607143d811cecb" },
        response: {
          user: {
            id: "1234567",
            firstName: "Jane",
            lastName: "Doe",
            photo: { prefix: "https://fastly.4sqi.net/img/user/", suffix: "/1234567-ABCDEFGHIJ.jpg" },
            contact: { email: "jane@example.com" },
            homeCity: "New York, NY",
          },
        },
      },
      expected: {
        id: "1234567",
        name: "Jane Doe",
        email: "jane@example.com",
        avatarUrl: "https://fastly.4sqi.net/img/user/original/1234567-ABCDEFGHIJ.jpg",
      },
    },
  },
];
