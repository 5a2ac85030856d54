// The sealed, single-use record of a dance in progress, kept in its own cookie keyed by the state value.
import type { PendingAuthorization } from "./oauth2/oauth2-flow.js";
import type { RequestContext } from "./request-context.js";

/** How long a user may take at the provider before the dance is forgotten. */
export const PENDING_TTL = 10 * 60;

export interface PendingDance extends PendingAuthorization {
  provider: string;
  redirectUri: string;
  next?: string;
}

/** Each dance has its own cookie, so two tabs dancing at once do not overwrite each other's state. */
function keyOf(state: string): string {
  return `dance.${state.slice(0, 16)}`;
}

export async function savePendingDance(ctx: RequestContext, pending: PendingDance): Promise<void> {
  await ctx.session.set(keyOf(pending.state), pending, { maxAge: PENDING_TTL });
}

/**
 * Finds and consumes the dance a callback's state belongs to. Anything that does not match exactly (unknown
 * state, another provider's dance, a tampered or expired cookie) reads as no dance at all.
 */
export async function takePendingDance(
  ctx: RequestContext,
  provider: string,
  state: string | null,
): Promise<PendingDance | undefined> {
  if (!state || !/^[A-Za-z0-9_-]{16,128}$/.test(state)) return undefined;
  const key = keyOf(state);
  if (!ctx.session.has(key)) return undefined;
  const pending = await ctx.session.get<PendingDance>(key, PENDING_TTL);
  ctx.session.delete(key);
  if (!pending || typeof pending.state !== "string" || pending.provider !== provider) return undefined;
  return constantTimeEqual(pending.state, state) ? pending : undefined;
}

function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i % Math.max(b.length, 1));
  return diff === 0;
}
