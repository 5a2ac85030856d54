// Dropbox: short-lived tokens; `token_access_type=offline` for a refresh token that does not rotate.
import { oauth2Preset } from "./preset.js";

export interface DropboxOptions {
  /** Ask for a refresh token (`token_access_type=offline`). */
  offline?: boolean;
  /** Show the consent screen even to a user who already approved the app (`force_reapprove=true`). */
  forceReapprove?: boolean;
  /** Do not offer to create an account (`disable_signup=true`). */
  disableSignup?: boolean;
  /** Only a `personal` or `work` account may log in (`require_role`). */
  requireRole?: "personal" | "work";
}

/** Dropbox's `POST /2/users/get_current_account`. */
export interface DropboxProfile {
  account_id: string;
  name: { display_name: string; given_name: string; surname: string; [field: string]: unknown };
  email: string;
  email_verified: boolean;
  profile_photo_url?: string;
  [field: string]: unknown;
}

/**
 * Dropbox. Without `clientId`, reads `DROPBOX_CLIENT_ID` (the app key) / `DROPBOX_CLIENT_SECRET`.
 *
 * @example dropbox({ clientId: appKey, clientSecret: appSecret, offline: true })
 */
export const dropbox = oauth2Preset<DropboxOptions, DropboxProfile>({
  id: "dropbox",
  name: "Dropbox",
  docs: "https://www.dropbox.com/developers/documentation/http/documentation#oauth2-authorize",
  checked: "2026-11-27",
  options: ["offline", "forceReapprove", "disableSignup", "requireRole"],
  oauth2: ({ offline, forceReapprove, disableSignup, requireRole }) => ({
    authorizationUrl: "https://www.dropbox.com/oauth2/authorize",
    tokenUrl: "https://api.dropboxapi.com/oauth2/token",
    baseUrl: "https://api.dropboxapi.com/2/",
    refresh: "reuses",
    authorizationParams: {
      ...(offline ? { token_access_type: "offline" } : {}),
      ...(forceReapprove ? { force_reapprove: "true" } : {}),
      ...(disableSignup ? { disable_signup: "true" } : {}),
      ...(requireRole ? { require_role: requireRole } : {}),
    },
  }),
  profile: {
    url: "users/get_current_account",
    method: "POST",
    // An RPC endpoint without arguments: the body is the JSON `null`.
    json: null,
    map: (raw) => ({
      id: raw.account_id,
      name: raw.name.display_name,
      email: raw.email,
      emailVerified: raw.email_verified,
      avatarUrl: raw.profile_photo_url,
    }),
  },
});
