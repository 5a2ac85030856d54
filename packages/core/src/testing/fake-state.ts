// What the fake provider remembers: its users, the codes it granted, the tokens it issued, and what it was asked.
import type { Token } from "../token.js";
import { IdTokenSigner } from "./fake-id-token.js";
import type { FakeProviderOptions } from "./fake-provider-options.js";
import type {
  FakeIssuedToken,
  FakeProviderCalls,
  FakeProviderEndpoints,
  FakeRequestRecord,
  FakeUser,
} from "./fake-provider-types.js";
import { randomToken } from "./fake-wire.js";

/** Who a code or token speaks for, and for which client and scope. */
export interface Grant {
  user: FakeUser;
  clientId: string;
  scope: string;
}

/** A code the authorization endpoint granted and the token endpoint has not read yet. */
export interface PendingCode extends Grant {
  redirectUri: string;
  challenge: string | undefined;
  challengeMethod: string;
  nonce: string | undefined;
}

const DEFAULT_USER: FakeUser = { id: "test-user", name: "Test User", email: "test-user@example.com" };

/** One fake provider's memory, shared by its endpoints. */
export class FakeState {
  readonly options: FakeProviderOptions;
  readonly origin: string;
  readonly endpoints: FakeProviderEndpoints;
  readonly users: FakeUser[];
  readonly now: () => number;
  readonly calls: FakeProviderCalls = { authorize: 0, token: 0, refresh: 0, userinfo: 0, api: 0, revoke: 0 };
  readonly codes = new Map<string, PendingCode>();
  readonly accessTokens = new Map<string, Grant & { expiresAt: number }>();
  readonly refreshTokens = new Map<string, Grant>();
  readonly requests: FakeRequestRecord[] = [];
  readonly issued: FakeIssuedToken[] = [];
  readonly presentedCodes: string[] = [];
  readonly redeemedCodes: string[] = [];
  readonly signer = new IdTokenSigner();
  readonly #ttl: number;

  constructor(options: FakeProviderOptions) {
    this.options = options;
    const origin = new URL(options.origin ?? "https://provider.test").origin;
    this.origin = origin;
    this.users = options.users?.length ? [...options.users] : [DEFAULT_USER];
    const clock = options.now ?? Date.now;
    this.now = () => clock();
    this.#ttl = options.accessTokenTtl ?? 3600;
    this.endpoints = {
      issuer: origin,
      authorizationUrl: `${origin}/authorize`,
      tokenUrl: `${origin}/token`,
      userinfoUrl: `${origin}/userinfo`,
      revocationUrl: `${origin}/revoke`,
      baseUrl: `${origin}/api/`,
    };
  }

  /** @throws Error naming the users there are, when there is no user `id`. */
  userOf(id: string | undefined): FakeUser {
    const users = this.users;
    const user = id === undefined ? users[0] : users.find((candidate) => candidate.id === id);
    if (!user) throw new Error(`fakeProvider: no user "${id}" (users: ${users.map((u) => u.id).join(", ")})`);
    return user;
  }

  /** A new access token for the grant, with a refresh token when asked and the fake issues them. */
  issue(grant: Grant, withRefresh: boolean): Token {
    const ttl = this.#ttl;
    const accessToken = randomToken("at");
    this.accessTokens.set(accessToken, {
      ...grant,
      expiresAt: ttl > 0 ? this.now() + ttl * 1000 : Number.POSITIVE_INFINITY,
    });
    const token: Token = { access_token: accessToken, token_type: "Bearer", scope: grant.scope };
    if (ttl > 0) token.expires_in = ttl;
    if (withRefresh && this.options.refreshTokens !== false) {
      const refreshToken = randomToken("rt");
      this.refreshTokens.set(refreshToken, grant);
      token.refresh_token = refreshToken;
    }
    return token;
  }

  /** Notes a token as given out, once it is complete (an ID token added). */
  recordIssued(grant: FakeIssuedToken["grant"], user: FakeUser, token: Token): void {
    this.issued.push({ grant, user: user.id, token: { ...token } });
  }

  /** The user whose unexpired access token the request carries, as a Bearer header or `access_token` query. */
  bearerUser(request: Request): FakeUser | undefined {
    const header = request.headers.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const value = match?.[1] ?? new URL(request.url).searchParams.get("access_token") ?? "";
    const grant = this.accessTokens.get(value);
    return grant && grant.expiresAt > this.now() ? grant.user : undefined;
  }
}
