// Where the browser goes after a dance, and the check that keeps `next` on this site.

/**
 * Accepts `next` only as a same-origin relative path: it must start with one "/", and nothing in it may make a
 * browser leave the site (`//host`, `/\host`, a scheme, control characters). Returns the path or undefined.
 */
export function safeNextPath(next: string | null | undefined): string | undefined {
  if (!next || next.length > 2048) return undefined;
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (/[\u0000-\u001f\u007f]/.test(next)) return undefined;
  const base = "http://same-origin.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base) return undefined;
  const path = url.pathname + url.search + url.hash;
  // Dot segments can collapse into a leading "//": "/.//evil.example" and "/%2e%2e//evil.example" both do.
  return path.startsWith("//") ? undefined : path;
}

/** `next` (when safe) > the provider's `redirectUrl` > the provider's `redirectTo` > the dance's `redirectTo` > "/". */
export function finalDestination(
  next: string | undefined,
  provider: { redirectUrl?: string | undefined; redirectTo?: string | undefined },
  danceRedirectTo: string | undefined,
): string {
  return next ?? provider.redirectUrl ?? provider.redirectTo ?? danceRedirectTo ?? "/";
}
