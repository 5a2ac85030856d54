// Facebook, one of Flask-Dance's presets: the provider's documented behaviour.
import { facebook } from "../../facebook.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: facebook,
    authorize: {
      url: "https://www.facebook.com/v24.0/dialog/oauth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "public_profile email" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { rerequest: true }, params: { auth_type: "rerequest" } }],
    token: {
      url: "https://graph.facebook.com/v24.0/oauth/access_token",
      method: "GET",
      format: "query",
      auth: "post",
      answer: { access_token: "EAAGm0PX4ZCpsBA", token_type: "bearer", expires_in: 5183944 },
      expect: { access_token: "EAAGm0PX4ZCpsBA", token_type: "bearer" },
    },
    profile: {
      url: "https://graph.facebook.com/v24.0/me?fields=id,name,email,picture",
      answer: {
        id: "10224950496934123",
        name: "Jane Doe",
        email: "jane@example.com",
        picture: {
          data: {
            height: 50,
            is_silhouette: false,
            url: "https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=10224950496934123",
            width: 50,
          },
        },
      },
      expected: {
        id: "10224950496934123",
        name: "Jane Doe",
        email: "jane@example.com",
        avatarUrl: "https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=10224950496934123",
      },
    },
  },
];
