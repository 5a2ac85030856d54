// What a test tells fakeProvider(): its users, its client, its tokens' lives, and the answers it does not know.
import type { FakeRequest, FakeUser } from "./fake-provider-types.js";

export interface FakeProviderOptions {
  /** Where the fake answers. Default `https://provider.test` (a reserved name: nothing real answers there). */
  origin?: string;
  /** The people who can log in. Default one: `{ id: "test-user", name: "Test User", email: "test-user@example.com" }`. */
  users?: readonly FakeUser[];
  /** When set, the token endpoint refuses any other client id (`invalid_client`). */
  clientId?: string;
  /** When set, the token endpoint refuses any other secret, sent as Basic auth or in the body. */
  clientSecret?: string;
  /** Seconds an access token lives. Default 3600; 0 sends no `expires_in`. */
  accessTokenTtl?: number;
  /** Issue refresh tokens. Default true. */
  refreshTokens?: boolean;
  /**
   * Answer each refresh with a new refresh token and retire the one used, as providers that rotate refresh tokens
   * do (a client that refreshes twice with the same one gets `invalid_grant`). Default false: the refresh token
   * stays valid and is not sent again, as many providers do.
   */
  rotateRefreshTokens?: boolean;
  /** The fake's clock for access-token expiry, in milliseconds. Pass the dance's `now` to move both together. */
  now?: () => number;
  /** Serves requests for other origins. Default: they fail, so a test never reaches the network by accident. */
  fallback?: typeof fetch;
  /**
   * Answers API calls (under `baseUrl`) the fake does not know. Return undefined for a 404. `GET user`, `GET me`
   * and `GET userinfo` answer the user's record without it.
   */
  api?: (request: Request, user: FakeUser) => Response | undefined | Promise<Response | undefined>;
  /**
   * Sees each request to the token endpoint (code and refresh grants alike) before the fake reads it. Return a
   * Response to answer in the fake's place (an outage, a provider's own wording of an error), or undefined to let
   * the fake answer. The request is held until the returned promise settles, as by a slow provider: a test can act
   * while a refresh is out. A request answered here spends no code, issues no token and is counted in `calls`.
   *
   * @example
   * let release!: () => void;
   * const held = new Promise<void>((resolve) => (release = resolve));
   * const fake = fakeProvider({
   *   onTokenRequest: async ({ form }) => {
   *     if (form.get("grant_type") === "refresh_token") await held; // answered once the test calls release()
   *     return undefined;
   *   },
   * });
   */
  onTokenRequest?: (request: FakeRequest) => Response | undefined | Promise<Response | undefined>;
}
