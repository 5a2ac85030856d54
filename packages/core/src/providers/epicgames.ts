// Epic Games (Epic Account Services): Basic client authentication; the account id comes with the token.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Epic's `GET /epic/id/v2/accounts?accountId=...`: a list with the one account. */
export type EpicGamesProfile = { accountId: string; displayName?: string; preferredLanguage?: string }[];

/**
 * Epic Games. Without `clientId`, reads `EPICGAMES_CLIENT_ID` / `EPICGAMES_CLIENT_SECRET` from the config source.
 *
 * @example epicgames({ clientId, clientSecret, scope: ["basic_profile", "friends_list"] })
 */
export const epicgames = oauth2Preset<NoOptions, EpicGamesProfile>({
  id: "epicgames",
  name: "Epic Games",
  docs: "https://dev.epicgames.com/docs/web-api-ref/authentication",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.epicgames.com/id/authorize",
    tokenUrl: "https://api.epicgames.dev/epic/oauth/v2/token",
    revocationUrl: "https://api.epicgames.dev/epic/oauth/v2/revoke",
    baseUrl: "https://api.epicgames.dev/epic/",
    scope: ["basic_profile"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "id/v2/accounts?accountId={token.account_id}",
    map: ([account], token) => ({
      id: account?.accountId ?? (token.account_id as string),
      name: account?.displayName,
    }),
  },
});
