// Intervals.icu: the provider's documented behaviour.
import { intervals } from "../../intervals.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: intervals,
    options: { scope: ["ACTIVITY:WRITE", "WELLNESS:WRITE"] },
    authorize: {
      url: "https://intervals.icu/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "ACTIVITY:WRITE,WELLNESS:WRITE" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://intervals.icu/api/oauth/token",
      auth: "post",
      answer: {
        token_type: "Bearer",
        access_token: "d842c1fc25f241e5ae440d09756448a9",
        scope: "ACTIVITY:WRITE,WELLNESS:WRITE",
        athlete: { id: "2049151", name: "David (intervals.icu)" },
      },
      expect: { athlete: { id: "2049151" }, scope: "ACTIVITY:WRITE,WELLNESS:WRITE" },
    },
    profile: { expected: { id: "2049151", name: "David (intervals.icu)" } },
  },
];
