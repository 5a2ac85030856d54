// Mailchimp: the provider's documented behaviour.
import { mailchimp } from "../../mailchimp.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mailchimp,
    authorize: {
      url: "https://login.mailchimp.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://login.mailchimp.com/oauth2/token",
      auth: "post",
      // No token type, no lifetime (`0` means the token never expires), and a `"scope": null` that is dropped.
      answer: { access_token: "5c6ccc561059aa386da9d112215bae55", expires_in: 0, scope: null },
      expect: { access_token: "5c6ccc561059aa386da9d112215bae55", token_type: "bearer" },
    },
    profile: {
      url: "https://login.mailchimp.com/oauth2/metadata",
      auth: { header: "authorization", value: "OAuth 5c6ccc561059aa386da9d112215bae55" },
      answer: {
        dc: "us1",
        role: "owner",
        accountname: "Freddie's Jokes",
        user_id: 8675309,
        login: {
          email: "freddie@freddiesjokes.com",
          avatar: null,
          login_id: 8675310,
          login_name: "freddie",
          login_email: "freddie@freddiesjokes.com",
        },
        login_url: "https://login.mailchimp.com",
        api_endpoint: "https://us1.api.mailchimp.com",
      },
      expected: { id: 8675310, name: "freddie", email: "freddie@freddiesjokes.com" },
    },
  },
];
