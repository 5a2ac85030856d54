// The error a failed dance leaves for the app, in the session: written by the routes, read once by the handle.
import type { DanceErrorInfo } from "../errors.js";
import { CookieBudgetError } from "./cookie-budget.js";
import type { SessionCookies } from "./session-cookies.js";

/** How long the error waits to be read. */
const ERROR_TTL = 5 * 60;
/**
 * Set-Cookie bytes the recorded error may take. It rides along on every request of the browser until it is
 * read, so it stays small; what does not fit is left out, down to the bare code.
 */
const ERROR_COOKIE_BYTES = 1536;

function keyOf(provider: string): string {
  return `error.${provider}`;
}

/** Records the error, leaving out the provider's words, then the message, when they do not fit. */
export async function recordError(
  session: SessionCookies,
  info: DanceErrorInfo & { provider: string },
): Promise<void> {
  const { code, message, error, provider } = info;
  const bare = { code, provider, message: `The ${provider} login failed (${code})` };
  const smaller = error === undefined ? { code, provider, message } : { code, provider, message, error };
  for (const candidate of [info, smaller, bare]) {
    try {
      await session.set(keyOf(provider), candidate, { maxAge: ERROR_TTL, maxBytes: ERROR_COOKIE_BYTES });
      return;
    } catch (cause) {
      if (!(cause instanceof CookieBudgetError)) throw cause;
    }
  }
}

/** The error recorded for the provider, if the request carries one; reading it clears nothing. */
export async function readError(
  session: SessionCookies,
  provider: string,
): Promise<DanceErrorInfo | undefined> {
  const key = keyOf(provider);
  if (!session.has(key)) return undefined;
  const info = await session.get<DanceErrorInfo>(key, ERROR_TTL);
  return info?.provider === provider ? info : undefined;
}

/** The error recorded for the provider, if any, cleared from the session. */
export async function takeError(
  session: SessionCookies,
  provider: string,
): Promise<DanceErrorInfo | undefined> {
  const info = await readError(session, provider);
  if (session.has(keyOf(provider))) session.delete(keyOf(provider));
  return info;
}
