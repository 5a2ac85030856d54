// Battle.net (Blizzard): OpenID Connect per region (us, eu, kr, tw) or China; the user is a BattleTag.
import { fillTemplate, oauth2Preset } from "./preset.js";

export interface BattleNetOptions {
  /** `us` (default), `eu`, `kr`, `tw`, or `cn` (battlenet.com.cn). */
  region?: "us" | "eu" | "kr" | "tw" | "cn";
}

/** Battle.net's userinfo answer. */
export interface BattleNetProfile {
  sub: string;
  id: number;
  battletag: string;
  [field: string]: unknown;
}

/**
 * Battle.net. Without `clientId`, reads `BATTLENET_CLIENT_ID` / `BATTLENET_CLIENT_SECRET` from the config source.
 *
 * @example battlenet({ clientId, clientSecret, region: "eu" })
 */
export const battlenet = oauth2Preset<BattleNetOptions, BattleNetProfile>({
  id: "battlenet",
  name: "Battle.net",
  docs: "https://community.developer.battle.net/documentation/guides/using-oauth/authorization-code-flow",
  checked: "2026-11-27",
  options: ["region"],
  defaultOptions: { region: "us" },
  oauth2: ({ region }) => ({
    issuer: serverOf(region),
    authorizationUrl: `${serverOf(region)}/authorize`,
    tokenUrl: `${serverOf(region)}/token`,
    userinfoUrl: `${serverOf(region)}/userinfo`,
    scope: ["openid"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "none",
  }),
  // The ID token has no BattleTag; the userinfo answer does.
  profile: ({ region }) => ({
    url: `${serverOf(region)}/userinfo`,
    map: (raw) => ({ id: raw.sub, name: raw.battletag }),
  }),
});

function serverOf(region: BattleNetOptions["region"]): string {
  if (region === "cn") return "https://oauth.battlenet.com.cn";
  return fillTemplate("battlenet", "https://{region}.battle.net/oauth", { region: region ?? "us" });
}
