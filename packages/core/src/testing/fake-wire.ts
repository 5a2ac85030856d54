// What the fake reads off and writes on the wire: forms, client credentials, PKCE, OAuth errors, random values.

/** Client credentials from a Basic header (RFC 6749 §2.3.1, form-encoded) or the body. */
export function clientOf(
  request: Request,
  body: URLSearchParams,
): { id: string | undefined; secret: string | undefined } {
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (basic) {
    const decoded = atob(basic);
    const colon = decoded.indexOf(":");
    const decode = (value: string) => decodeURIComponent(value.replace(/\+/g, " "));
    return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  }
  return { id: body.get("client_id") ?? undefined, secret: body.get("client_secret") ?? undefined };
}

/** The body's fields, form-encoded or JSON. @throws SyntaxError for a JSON body that does not parse. */
export async function formOf(request: Request): Promise<URLSearchParams> {
  return fieldsOf(await request.text(), request.headers.get("content-type"));
}

/** The same fields, for the record: a body that does not parse has none. */
export function recordedFields(text: string, contentType: string | null): URLSearchParams {
  try {
    return fieldsOf(text, contentType);
  } catch {
    return new URLSearchParams();
  }
}

function fieldsOf(text: string, contentType: string | null): URLSearchParams {
  if ((contentType ?? "").includes("application/json")) {
    const json = JSON.parse(text || "{}") as Record<string, unknown>;
    return new URLSearchParams(Object.entries(json).map(([key, value]) => [key, String(value)]));
  }
  return new URLSearchParams(text);
}

/** Whether `verifier` answers the challenge of an authorization request; with none, there must be no verifier. */
export async function pkceMatches(
  code: { challenge: string | undefined; challengeMethod: string },
  verifier: string | null,
): Promise<boolean> {
  if (code.challenge === undefined) return verifier === null;
  if (verifier === null) return false;
  if (code.challengeMethod === "plain") return verifier === code.challenge;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest)) === code.challenge;
}

export function oauthError(status: number, error: string, description: string): Response {
  return Response.json(
    { error, error_description: description },
    { status, headers: { "cache-control": "no-store" } },
  );
}

export function randomToken(prefix: string): string {
  return `${prefix}-${base64url(crypto.getRandomValues(new Uint8Array(24)))}`;
}

export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
