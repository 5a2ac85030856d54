// The user's profile in one shape whatever the provider, read through `handle.api`.
import type { ProviderHandle } from "@oauth-dance/core";

/** Who the user is at the provider, the same fields for every provider (those of the core's `Profile`). */
export interface Profile {
  /** The user's id at the provider. */
  id: string;
  name?: string;
  email?: string;
  avatarUrl?: string;
}

/** Where a provider's API says who the user is, and how to read its answer. */
export interface ProfileSource {
  /** Relative to the provider's `baseUrl`. */
  path: string;
  normalise(raw: Record<string, unknown>): Profile;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;

function profile(fields: { id: unknown; name: unknown; email?: unknown; avatarUrl?: unknown }): Profile {
  const result: Profile = { id: text(fields.id) ?? "?" };
  const name = text(fields.name);
  const email = text(fields.email);
  const avatarUrl = text(fields.avatarUrl);
  if (name) result.name = name;
  if (email) result.email = email;
  if (avatarUrl?.startsWith("https://")) result.avatarUrl = avatarUrl;
  return result;
}

/** Local ID's `/api/me`: `{ sub, name, email }`. */
export const localIdProfile: ProfileSource = {
  path: "me",
  normalise: (raw) => profile({ id: raw.sub, name: raw.name, email: raw.email }),
};

/** GitHub's `GET /user`; a user who set no name is shown by their login. */
export const githubProfile: ProfileSource = {
  path: "user",
  normalise: (raw) =>
    profile({ id: raw.id, name: raw.name || raw.login, email: raw.email, avatarUrl: raw.avatar_url }),
};

/** Google's OpenID Connect userinfo. */
export const googleProfile: ProfileSource = {
  path: "oauth2/v3/userinfo",
  normalise: (raw) => profile({ id: raw.sub, name: raw.name, email: raw.email, avatarUrl: raw.picture }),
};

/**
 * The user's profile. Once the core's `handle.profile()` is released, this body becomes `return handle.profile();`
 * (its `Profile` has these fields, plus `raw`).
 *
 * @throws what `handle.api` throws: `DanceError` (`not_authorized`, `refresh_failed`) or ky's `HTTPError`.
 */
export async function profileOf(handle: ProviderHandle, source: ProfileSource): Promise<Profile> {
  return source.normalise(await handle.api.get(source.path).json<Record<string, unknown>>());
}
