// Clerk: the provider's documented behaviour.
import { clerk } from "../../clerk.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: clerk,
    options: { domain: "clerk.example.com" },
    authorize: {
      url: "https://clerk.example.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://clerk.example.com/oauth/token",
      auth: "basic",
      answer: { ...OIDC_ANSWER, scope: "openid profile email" },
      idToken: { iss: "https://clerk.example.com", sub: "user_2aLhKCoRBfz3YnCYFmvMzvkKXC1" },
      expect: { scope: "openid profile email" },
    },
    profile: {
      url: "https://clerk.example.com/oauth/userinfo",
      answer: {
        object: "oauth_user_info",
        instance_id: "ins_2aLhKCoRBfz3YnCYFmvMzvkKXC0",
        email: "janedoe@example.com",
        email_verified: true,
        family_name: "Doe",
        given_name: "Jane",
        name: "Jane Doe",
        username: "janedoe",
        picture: "https://img.clerk.com/janedoe.png",
        public_metadata: {},
        sub: "user_2aLhKCoRBfz3YnCYFmvMzvkKXC1",
        user_id: "user_2aLhKCoRBfz3YnCYFmvMzvkKXC1",
      },
      expected: {
        id: "user_2aLhKCoRBfz3YnCYFmvMzvkKXC1",
        name: "Jane Doe",
        email: "janedoe@example.com",
        emailVerified: true,
        avatarUrl: "https://img.clerk.com/janedoe.png",
      },
    },
  },
];
