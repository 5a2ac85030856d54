// LinkedIn, one of Flask-Dance's presets: the provider's documented behaviour.
import { linkedin } from "../../linkedin.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: linkedin,
    authorize: {
      url: "https://www.linkedin.com/oauth/v2/authorization",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://www.linkedin.com/oauth/v2/accessToken",
      auth: "post",
      answer: {
        access_token: "AQUvlL_DYEzvT2wz1QJiEPeLioeA",
        expires_in: 5184000,
        scope: "email,openid,profile",
        token_type: "Bearer",
      },
      idToken: {
        iss: "https://www.linkedin.com/oauth",
        sub: "782bbtaQ",
        name: "John Doe",
        given_name: "John",
        family_name: "Doe",
        picture:
          "https://media.licdn-ei.com/dms/image/C5F03AQHqK8v7tB1HCQ/profile-displayphoto-shrink_100_100/0/",
        email: "doe@email.com",
        email_verified: true,
        locale: "en-US",
      },
      expect: { access_token: "AQUvlL_DYEzvT2wz1QJiEPeLioeA" },
    },
    profile: {
      expected: {
        id: "782bbtaQ",
        name: "John Doe",
        email: "doe@email.com",
        emailVerified: true,
        avatarUrl:
          "https://media.licdn-ei.com/dms/image/C5F03AQHqK8v7tB1HCQ/profile-displayphoto-shrink_100_100/0/",
      },
    },
  },
];
