// VK (classic OAuth at oauth.vk.com): GET token exchange, the token as a query parameter and `v` on API calls.
import { oauth2Preset } from "./preset.js";

export interface VkOptions {
  /** The VK API version every call names (`v`). Default `5.199`. */
  apiVersion?: string;
}

/** VK's `users.get` answer. */
export interface VkProfile {
  response: {
    id: number;
    first_name: string;
    last_name: string;
    photo_100?: string;
    [field: string]: unknown;
  }[];
}

/**
 * VK. The token answer carries the user id and, with the `email` scope, the address. Without `clientId`, reads
 * `VK_CLIENT_ID` / `VK_CLIENT_SECRET` from the config source.
 *
 * @example vk({ clientId: appId, clientSecret: secureKey, scope: ["email"] })
 */
export const vk = oauth2Preset<VkOptions, VkProfile>({
  id: "vk",
  name: "VK",
  docs: "https://dev.vk.com/en/api/access-token/authcode-flow-user",
  checked: "2026-11-27",
  options: ["apiVersion"],
  defaultOptions: { apiVersion: "5.199" },
  oauth2: ({ apiVersion }) => ({
    authorizationUrl: "https://oauth.vk.com/authorize",
    tokenUrl: "https://oauth.vk.com/access_token",
    baseUrl: "https://api.vk.com/method/",
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "get",
    pkceSupport: "unsupported",
    refresh: "none",
    apiTokenParam: "access_token",
    authorizationParams: { v: apiVersion ?? "5.199" },
  }),
  profile: ({ apiVersion = "5.199" }) => ({
    url: `users.get?fields=photo_100&v=${apiVersion}`,
    map: ({ response: [user] }, token) => ({
      id: user?.id ?? (token.user_id as number),
      name: user ? `${user.first_name} ${user.last_name}` : undefined,
      email: typeof token.email === "string" ? token.email : undefined,
      avatarUrl: user?.photo_100,
    }),
  }),
});
