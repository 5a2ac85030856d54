// Yandex ID: the `OAuth` Authorization scheme on API calls, the profile at login.yandex.ru.
import { oauth2Preset } from "./preset.js";

export interface YandexOptions {
  /** Ask the user to confirm access again (`force_confirm=yes`). */
  forceConfirm?: boolean;
}

/** Yandex's `GET https://login.yandex.ru/info?format=json`. */
export interface YandexProfile {
  id: string;
  login: string;
  display_name?: string;
  real_name?: string;
  default_email?: string;
  default_avatar_id?: string;
  is_avatar_empty?: boolean;
  [field: string]: unknown;
}

/**
 * Yandex. Without `clientId`, reads `YANDEX_CLIENT_ID` / `YANDEX_CLIENT_SECRET` from the config source.
 *
 * @example yandex({ clientId, clientSecret, scope: ["login:info", "login:email", "login:avatar"] })
 */
export const yandex = oauth2Preset<YandexOptions, YandexProfile>({
  id: "yandex",
  name: "Yandex",
  docs: "https://yandex.com/dev/id/doc/en/codes/code-url",
  checked: "2026-11-27",
  options: ["forceConfirm"],
  oauth2: ({ forceConfirm }) => ({
    authorizationUrl: "https://oauth.yandex.com/authorize",
    tokenUrl: "https://oauth.yandex.com/token",
    revocationUrl: "https://oauth.yandex.com/revoke_token",
    baseUrl: "https://login.yandex.ru/",
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "standard",
    apiAuthScheme: "OAuth",
    ...(forceConfirm ? { authorizationParams: { force_confirm: "yes" } } : {}),
  }),
  profile: {
    url: "info?format=json",
    map: (raw) => ({
      id: raw.id,
      name: raw.real_name || raw.display_name || raw.login,
      email: raw.default_email,
      avatarUrl:
        raw.default_avatar_id && !raw.is_avatar_empty
          ? `https://avatars.yandex.net/get-yapic/${raw.default_avatar_id}/islands-200`
          : undefined,
    }),
  },
});
