// Plurk over OAuth 1.0a: the provider's documented behaviour.
import { plurk } from "../../plurk.js";
import type { OAuth1PresetCase } from "../oauth1-simulator.js";

export const CASES: OAuth1PresetCase[] = [
  {
    preset: plurk,
    signatureMethod: "HMAC-SHA1",
    requestToken: { url: "https://www.plurk.com/OAuth/request_token" },
    authorize: { url: "https://www.plurk.com/OAuth/authorize", params: {} },
    accessToken: { url: "https://www.plurk.com/OAuth/access_token", answer: {}, expect: {} },
    profile: {
      url: "https://www.plurk.com/APP/Users/me",
      answer: { id: 3146394, nick_name: "plurkbuddy", display_name: "Plurk Buddy", has_profile_image: 1 },
      expected: { id: "3146394", name: "Plurk Buddy" },
    },
  },
];
