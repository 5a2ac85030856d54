// Mail.ru (OAuth Mail, part of VK ID): the `userinfo` scope, the token as an `access_token` query parameter.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Mail.ru's `GET https://oauth.mail.ru/userinfo`. */
export interface MailRuProfile {
  id: string;
  email?: string;
  name?: string;
  first_name?: string;
  last_name?: string;
  nickname?: string;
  image?: string;
  [field: string]: unknown;
}

/**
 * Mail.ru. Refreshes answer with a new access token only; the refresh token stays. Without `clientId`, reads
 * `MAILRU_CLIENT_ID` / `MAILRU_CLIENT_SECRET` from the config source.
 *
 * @example mailru({ clientId, clientSecret })
 */
export const mailru = oauth2Preset<NoOptions, MailRuProfile>({
  id: "mailru",
  name: "Mail.ru",
  docs: "https://id.vk.com/about/business/go/docs/ru/vkid/latest/oauth/oauth-mail/index",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://oauth.mail.ru/login",
    tokenUrl: "https://oauth.mail.ru/token",
    baseUrl: "https://oauth.mail.ru/",
    scope: ["userinfo"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "reuses",
    apiTokenParam: "access_token",
  },
  profile: {
    url: "userinfo",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.name) ?? text(raw.nickname),
      email: text(raw.email),
      avatarUrl: text(raw.image),
    }),
  },
});
