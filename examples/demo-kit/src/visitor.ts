// Who is who in the demo: a random id per browser, in a cookie of the demo's own, standing in for an app's login.
import { randomBytes } from "node:crypto";

export const VISITOR_COOKIE = "demo-visitor";
const ID = /^[A-Za-z0-9_-]{22}$/;
const ONE_YEAR = 365 * 24 * 3600;

/** The visitor id in a request's cookies, if it is one the demo could have issued. */
export function visitorId(cookies: Readonly<Record<string, string>> | undefined): string | undefined {
  const id = cookies?.[VISITOR_COOKIE];
  return id !== undefined && ID.test(id) ? id : undefined;
}

/**
 * The Set-Cookie value that gives a new browser its visitor id, or undefined when it has one already.
 * The id is 128 random bits: whoever holds it sees that visitor's tokens, as with any session cookie.
 */
export function newVisitorCookie(
  cookies: Readonly<Record<string, string>>,
  secure: boolean,
): string | undefined {
  if (visitorId(cookies)) return undefined;
  const id = randomBytes(16).toString("base64url");
  return `${VISITOR_COOKIE}=${id}; Path=/; Max-Age=${ONE_YEAR}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
