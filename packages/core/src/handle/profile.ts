// `handle.profile()`: who the user is at the provider, from the ID token, the userinfo endpoint or the preset's user endpoint.
import type { KyInstance } from "ky";
import { DanceError } from "../errors.js";
import type { Token } from "../token.js";

/** The user as every provider can describe them; `raw` is what the provider sent, untouched. */
export interface Profile<Raw = Record<string, unknown>> {
  /** The provider's stable id for the user (OpenID Connect `sub`). */
  id: string;
  name?: string;
  email?: string;
  /** Whether the provider says it verified `email`; absent when it does not say. */
  emailVerified?: boolean;
  avatarUrl?: string;
  raw: Raw;
}

/**
 * The profile's email only when the provider says it verified it: the one email safe to link accounts by. An
 * unverified email is whatever the account's owner typed, possibly someone else's address.
 *
 * @example const email = verifiedEmail(await event.profile()); if (email) linked = await users.byEmail(email);
 */
export function verifiedEmail(
  profile: Pick<Profile<unknown>, "email" | "emailVerified">,
): string | undefined {
  return profile.emailVerified === true ? profile.email : undefined;
}

/** What a preset's mapping returns: a profile without its raw payload; a numeric id becomes a string. */
export interface ProfileFields {
  id: string | number;
  name?: string | undefined;
  email?: string | undefined;
  emailVerified?: boolean | undefined;
  avatarUrl?: string | undefined;
}

/**
 * Where a provider's profile comes from and how it maps onto `Profile`. Without `url` or `fromToken`, the ID
 * token's claims are used when the token has one, else the `userinfoUrl` option.
 */
export interface ProfileSource<Raw = Record<string, unknown>> {
  /**
   * The user endpoint: absolute, or relative to the provider's `baseUrl`. Called through `handle.api`.
   * `{token.<field>}` is replaced by that field of the token (URL-encoded).
   */
  url?: string;
  /** Default `GET`. */
  method?: "GET" | "POST";
  /** Request body, sent as JSON (some RPC-style APIs want `null`). */
  json?: unknown;
  /** The profile is the token answer itself (Withings sends only a user id). */
  fromToken?: boolean;
  /** Maps the raw payload. Default: the OpenID Connect standard claims. */
  map?(raw: Raw, token: Token): ProfileFields;
}

/** What loading a profile needs from a provider handle. */
export interface ProfileContext {
  provider: string;
  source: ProfileSource | undefined;
  /** The userinfo endpoint: the `userinfoUrl` option, else the discovered one. Looked up only when needed. */
  userinfoUrl: () => Promise<string | undefined>;
  token: Token | undefined;
  api: KyInstance;
}

/**
 * Loads and maps the user's profile.
 *
 * @throws DanceError `not_authorized` without a token, `profile_failed` when the provider offers no profile or
 * answers with something that is not one.
 */
export async function loadProfile<Raw>(ctx: ProfileContext): Promise<Profile<Raw>> {
  const { provider, source = {}, token } = ctx;
  if (!token?.access_token && !token?.oauth_token) {
    throw new DanceError(
      "not_authorized",
      `No ${provider} token for this request: send the user to the login URL`,
      {
        provider,
        step: "profile",
      },
    );
  }
  const raw = await rawProfile(ctx, source, token);
  const map = source.map ?? standardClaims;
  let fields: ProfileFields;
  try {
    fields = map(raw as never, token);
  } catch (cause) {
    throw failed(provider, `${provider} sent a profile that could not be read`, cause);
  }
  if (fields.id === undefined || fields.id === null || fields.id === "") {
    throw failed(provider, `${provider} sent a profile without a user id`);
  }
  return { ...withoutEmpty(fields), id: String(fields.id), raw: raw as Raw } as Profile<Raw>;
}

async function rawProfile(ctx: ProfileContext, source: ProfileSource, token: Token): Promise<unknown> {
  if (source.fromToken) return token;
  if (!source.url && typeof token.id_token === "string") {
    // A preset that maps the ID token knows its provider's claims; a plain oauth2() provider may need userinfo.
    return ctx.source ? idTokenClaims(ctx.provider, token.id_token) : claimsOfUser(ctx, token.id_token);
  }
  const template = source.url ?? (await ctx.userinfoUrl());
  if (!template) throw failed(ctx.provider, `${ctx.provider} has no user endpoint: pass a profile source`);
  return userEndpoint(ctx, source, token, template);
}

/**
 * The ID token's claims, completed from the userinfo endpoint when they lack the name or email (many servers
 * put those only at userinfo). The userinfo answer must be about the same `sub` (OpenID Connect Core 5.3.2);
 * the ID token's own claims win where both say something.
 */
async function claimsOfUser(ctx: ProfileContext, idToken: string): Promise<Record<string, unknown>> {
  const claims = idTokenClaims(ctx.provider, idToken);
  if (claims.name !== undefined && claims.email !== undefined) return claims;
  const url = await ctx.userinfoUrl();
  if (!url) return claims;
  const info = await userEndpoint(ctx, {}, ctx.token as Token, url);
  if (typeof info !== "object" || info === null || (info as { sub?: unknown }).sub !== claims.sub) {
    throw failed(ctx.provider, `${ctx.provider}'s userinfo answer is not about the user of the ID token`);
  }
  return { ...(info as Record<string, unknown>), ...claims };
}

/** Calls a user endpoint through `handle.api` (an expired token is refreshed first) and reads its JSON. */
async function userEndpoint(
  ctx: ProfileContext,
  source: ProfileSource,
  token: Token,
  template: string,
): Promise<unknown> {
  // `{token.user_id}` in a user endpoint is the token's field (HubSpot puts the token itself in the path).
  const url = template.replace(/\{token\.(\w+)\}/g, (_match, field: string) =>
    encodeURIComponent(String(token[field] ?? "")),
  );
  const absolute = /^https?:\/\//i.test(url);
  // ky joins every input to prefixUrl; an absolute user endpoint must skip it.
  let response: Response;
  try {
    response = await ctx.api(url, {
      method: source.method ?? "GET",
      ...(absolute ? { prefixUrl: "" } : {}),
      ...(source.json !== undefined ? { json: source.json } : {}),
    });
  } catch (cause) {
    // A missing token or a failed refresh keeps its own code; anything else is the user endpoint failing.
    if (cause instanceof DanceError) throw cause;
    throw failed(ctx.provider, `${ctx.provider}'s user endpoint failed`, cause);
  }
  try {
    return await response.json();
  } catch (cause) {
    throw failed(ctx.provider, `${ctx.provider}'s user endpoint did not answer with JSON`, cause);
  }
}

/** The payload of an ID token (its signature and claims were checked when it was received). */
export function idTokenClaims(provider: string, idToken: string): Record<string, unknown> {
  const payload = idToken.split(".")[1] ?? "";
  try {
    const binary = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const json: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
    );
    if (typeof json === "object" && json !== null) return json as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw failed(provider, `${provider}'s ID token could not be read`);
}

/** The OpenID Connect standard claims (`sub`, `name`, `email`, `email_verified`, `picture`). */
export function standardClaims(raw: Record<string, unknown>): ProfileFields {
  const given = [raw.given_name, raw.family_name]
    .filter((part) => typeof part === "string" && part)
    .join(" ");
  return {
    id: raw.sub as string,
    name: text(raw.name) ?? (given || text(raw.preferred_username)),
    email: text(raw.email),
    emailVerified: flag(raw.email_verified),
    avatarUrl: text(raw.picture),
  };
}

/** A string field, or undefined for anything else (null, numbers, empty strings). */
export function text(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

/** A boolean some providers send as the string "true" / "false". */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return undefined;
}

function withoutEmpty(fields: ProfileFields): ProfileFields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as ProfileFields;
}

function failed(provider: string, message: string, cause?: unknown): DanceError {
  return new DanceError("profile_failed", message, { provider, step: "profile", cause });
}
