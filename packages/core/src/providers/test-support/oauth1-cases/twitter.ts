// X (Twitter) over OAuth 1.0a: the provider's documented behaviour.
import { twitter } from "../../twitter.js";
import type { OAuth1PresetCase } from "../oauth1-simulator.js";

export const CASES: OAuth1PresetCase[] = [
  {
    preset: twitter,
    signatureMethod: "HMAC-SHA1",
    requestToken: { url: "https://api.x.com/oauth/request_token" },
    authorize: { url: "https://api.x.com/oauth/authorize", params: {} },
    accessToken: {
      url: "https://api.x.com/oauth/access_token",
      answer: { user_id: "6253282", screen_name: "XDevelopers" },
      expect: { user_id: "6253282", screen_name: "XDevelopers" },
    },
  },
  {
    title: "X (Twitter, OAuth 1.0a): Sign in with X",
    preset: twitter,
    options: { signIn: true, forceLogin: true },
    signatureMethod: "HMAC-SHA1",
    requestToken: { url: "https://api.x.com/oauth/request_token" },
    authorize: { url: "https://api.x.com/oauth/authenticate", params: { force_login: "true" } },
    accessToken: {
      url: "https://api.x.com/oauth/access_token",
      answer: { user_id: "6253282", screen_name: "XDevelopers" },
      expect: { screen_name: "XDevelopers" },
    },
  },
];
