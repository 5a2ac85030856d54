// EVE Online: the provider's documented behaviour.
import { eveonline } from "../../eveonline.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

/** The documented access token payload, as an (unsigned) JWT. */
const ACCESS_TOKEN = [
  { alg: "RS256", kid: "JWT-Signature-Key", typ: "JWT" },
  {
    scp: ["esi-skills.read_skills.v1", "esi-skills.read_skillqueue.v1"],
    jti: "998e12c7-3241-43c5-8355-2c48822e0a1b",
    kid: "JWT-Signature-Key",
    sub: "CHARACTER:EVE:123123",
    azp: CLIENT_ID,
    tenant: "tranquility",
    tier: "live",
    region: "world",
    aud: [CLIENT_ID, "EVE Online"],
    name: "Some Bloke",
    owner: "8PmzCeTKb4VFUDrHLc/AeZXDSWM=",
    exp: 1648563218,
    iat: 1648562018,
    iss: "https://login.eveonline.com",
  },
]
  .map((part) => btoa(JSON.stringify(part)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""))
  .concat("c2lnbmF0dXJl")
  .join(".");

export const CASES: PresetCase[] = [
  {
    preset: eveonline,
    options: { scope: ["esi-skills.read_skills.v1", "esi-skills.read_skillqueue.v1"] },
    authorize: {
      url: "https://login.eveonline.com/v2/oauth/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "esi-skills.read_skills.v1 esi-skills.read_skillqueue.v1",
      },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://login.eveonline.com/v2/oauth/token",
      auth: "basic",
      answer: {
        access_token: ACCESS_TOKEN,
        expires_in: 1199,
        token_type: "Bearer",
        refresh_token: "gEy1NdKsELAsL0nDoNe2o0mXZhEPNAh8Y3dmU0uPEfM0",
      },
      expect: { access_token: ACCESS_TOKEN, refresh_token: "gEy1NdKsELAsL0nDoNe2o0mXZhEPNAh8Y3dmU0uPEfM0" },
    },
    profile: { expected: { id: "123123", name: "Some Bloke" } },
  },
];
