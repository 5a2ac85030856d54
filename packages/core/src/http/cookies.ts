// Reading the Cookie header and writing Set-Cookie values, with the flags every dance cookie carries.

export interface CookieFlags {
  path: string;
  domain?: string | undefined;
  secure: boolean;
  sameSite: "Lax" | "Strict" | "None";
  httpOnly: boolean;
}

/** Parses a Cookie header into a name → value record; malformed pairs are skipped, the first of a name wins. */
export function parseCookieHeader(header: string | undefined | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    if (!name || name in cookies) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    cookies[name] = value;
  }
  return cookies;
}

/** Serialises one Set-Cookie value. `maxAge` 0 deletes the cookie; undefined makes it a browser-session cookie. */
export function serializeCookie(
  name: string,
  value: string,
  flags: CookieFlags,
  maxAge: number | undefined,
): string {
  let cookie = `${name}=${value}; Path=${flags.path}`;
  if (maxAge !== undefined) {
    cookie += `; Max-Age=${Math.max(0, Math.floor(maxAge))}`;
    if (maxAge <= 0) cookie += "; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
  }
  if (flags.domain) cookie += `; Domain=${flags.domain}`;
  if (flags.httpOnly) cookie += "; HttpOnly";
  if (flags.secure || flags.sameSite === "None") cookie += "; Secure";
  cookie += `; SameSite=${flags.sameSite}`;
  return cookie;
}
