// Slack, one of Flask-Dance's presets: the provider's documented behaviour.
import { slack } from "../../slack.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    title: "Slack (Sign in with Slack)",
    preset: slack,
    authorize: {
      url: "https://slack.com/openid/connect/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: false,
      nonce: true,
    },
    variants: [{ options: { team: "T0123ABC456" }, params: { team: "T0123ABC456" } }],
    token: {
      url: "https://slack.com/api/openid.connect.token",
      auth: "post",
      answer: { ok: true, access_token: "xoxp-1234", token_type: "Bearer" },
      idToken: {
        iss: "https://slack.com",
        sub: "U123ABC456",
        "https://slack.com/user_id": "U123ABC456",
        "https://slack.com/team_id": "T0123ABC456",
        email: "alice@example.com",
        email_verified: true,
        name: "Alice",
        picture: "https://secure.gravatar.com/avatar/bc.jpg",
      },
      expect: { access_token: "xoxp-1234", ok: true },
    },
    profile: {
      expected: {
        id: "U123ABC456",
        name: "Alice",
        email: "alice@example.com",
        emailVerified: true,
        avatarUrl: "https://secure.gravatar.com/avatar/bc.jpg",
      },
    },
  },
  {
    title: "Slack (v2 install flow)",
    preset: slack,
    options: { v2: true, scope: ["commands", "incoming-webhook"], userScope: ["chat:write"] },
    authorize: {
      url: "https://slack.com/oauth/v2/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "commands,incoming-webhook",
        user_scope: "chat:write",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://slack.com/api/oauth.v2.access",
      auth: "post",
      answer: {
        ok: true,
        access_token: "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",
        token_type: "bot",
        scope: "commands,incoming-webhook",
        bot_user_id: "U0KRQLJ9H",
        app_id: "A0KRD7HC3",
        team: { name: "Slack Softball Team", id: "T9TK3CUKW" },
        enterprise: null,
        authed_user: { id: "U1234", scope: "chat:write", access_token: "xoxp-1234", token_type: "user" },
      },
      expect: { token_type: "bearer", bot_user_id: "U0KRQLJ9H", authed_user: { id: "U1234" } },
    },
    profile: { expected: { id: "U1234" } },
  },
];
