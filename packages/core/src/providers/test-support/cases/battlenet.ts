// Battle.net: the provider's documented behaviour.
import { battlenet } from "../../battlenet.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: battlenet,
    authorize: {
      url: "https://us.battle.net/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: false,
      nonce: true,
    },
    variants: [{ options: { region: "eu" }, params: {} }],
    token: {
      url: "https://us.battle.net/oauth/token",
      auth: "basic",
      answer: {
        access_token: "USVb1nGO9kwQlhNRRnI4iWVy2UV5j7M6h7",
        token_type: "bearer",
        expires_in: 86399,
        scope: "openid",
      },
      idToken: { iss: "https://us.battle.net/oauth", sub: "123456789" },
      expect: { scope: "openid" },
    },
    profile: {
      url: "https://us.battle.net/oauth/userinfo",
      answer: { sub: "123456789", id: 123456789, battletag: "Player#1234" },
      expected: { id: "123456789", name: "Player#1234" },
    },
  },
];
