// An OAuth 2 authorization server that lives in a fetch function: fuzz cases reach it without any socket.
import { createHash, randomBytes } from "node:crypto";

/** Nothing listens here: the dance reaches it only through `FakeProvider.fetch`. */
export const FAKE_ISSUER = "http://127.0.0.1:9";

interface Grant {
  code: string;
  state: string;
  challenge: string;
  redirectUri: string;
  clientId: string;
}

/** One authorization the fake provider granted: what the browser would bring back to the callback. */
export interface Authorization {
  state: string;
  code: string;
  /** The callback URL the provider sends the browser to. */
  callback: URL;
}

/**
 * Grants codes for authorization URLs and redeems them at `/token`, as a strict server does: each code once, only
 * with the PKCE verifier of its challenge and the exact redirect_uri it was granted for.
 */
export class FakeProvider {
  readonly #grants = new Map<string, Grant>();
  /** Codes redeemed for a token, in order; cleared by the test between cases. */
  readonly redeemed: string[] = [];
  /** Codes presented at the token endpoint, whatever the outcome. */
  readonly presented: string[] = [];

  /** Grants a code for an authorization URL the dance built, as a user who consents would. */
  authorize(authorizationUrl: string): Authorization {
    const url = new URL(authorizationUrl);
    const params = url.searchParams;
    const state = params.get("state") ?? "";
    const redirectUri = params.get("redirect_uri") ?? "";
    const code = randomBytes(16).toString("base64url");
    this.#grants.set(code, {
      code,
      state,
      challenge: params.get("code_challenge") ?? "",
      redirectUri,
      clientId: params.get("client_id") ?? "",
    });
    const callback = new URL(redirectUri);
    callback.searchParams.set("code", code);
    callback.searchParams.set("state", state);
    return { state, code, callback };
  }

  /** Whether a code is still unused. */
  isLive(code: string): boolean {
    return this.#grants.has(code);
  }

  /** The fetch the dance is given: answers the token endpoint and refuses everything else. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== FAKE_ISSUER || url.pathname !== "/token" || request.method !== "POST") {
      return Response.json({ error: "not_found" }, { status: 404 });
    }
    const form = new URLSearchParams(await request.text());
    const code = form.get("code") ?? "";
    this.presented.push(code);
    const grant = this.#grants.get(code);
    // Single use: whatever happens next, this code is spent.
    this.#grants.delete(code);
    const verifier = form.get("code_verifier") ?? "";
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    if (
      !grant ||
      form.get("grant_type") !== "authorization_code" ||
      form.get("redirect_uri") !== grant.redirectUri ||
      // PKCE binds the code only when the authorization request sent a challenge.
      (grant.challenge !== "" && challenge !== grant.challenge)
    ) {
      return Response.json({ error: "invalid_grant" }, { status: 400 });
    }
    this.redeemed.push(code);
    return Response.json({
      access_token: `at-${grant.state.slice(0, 8)}-${randomBytes(6).toString("base64url")}`,
      token_type: "Bearer",
      expires_in: 3600,
    });
  };
}
