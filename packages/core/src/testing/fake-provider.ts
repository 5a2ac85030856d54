// An OAuth 2 / OpenID Connect provider that lives inside the test process: hand its fetch to createDance.
import { authorize } from "./fake-authorization-server.js";
import type { FakeProviderOptions } from "./fake-provider-options.js";
import type { FakeProvider } from "./fake-provider-types.js";
import { fakeFetch } from "./fake-router.js";
import { FakeState } from "./fake-state.js";

export type { FakeProviderOptions } from "./fake-provider-options.js";
export type {
  FakeEndpoint,
  FakeIssuedToken,
  FakeProvider,
  FakeProviderCalls,
  FakeProviderCodes,
  FakeProviderEndpoints,
  FakeRequest,
  FakeRequestRecord,
  FakeUser,
} from "./fake-provider-types.js";

/**
 * Creates an in-process fake provider: authorization, token (code and refresh grants, PKCE checked), OpenID
 * Connect discovery, ID tokens, userinfo, revocation and a small API, all answered by `fake.fetch` without a
 * socket.
 *
 * @example
 * const fake = fakeProvider({ users: [{ id: "42", login: "octocat", name: "The Octocat" }] });
 * const dance = createDance({
 *   secret: "a-test-secret-that-is-32-chars-long",
 *   providers: { github: github({ clientId: "id", clientSecret: "secret", ...fake.endpoints }) },
 *   fetch: fake.fetch,
 * });
 */
export function fakeProvider(options: FakeProviderOptions = {}): FakeProvider {
  const state = new FakeState(options);
  const { presentedCodes, redeemedCodes } = state;
  return {
    origin: state.origin,
    endpoints: state.endpoints,
    fetch: fakeFetch(state),
    users: state.users,
    calls: state.calls,
    requests: state.requests,
    issued: state.issued,
    codes: {
      presented: presentedCodes,
      redeemed: redeemedCodes,
      isLive: (code) => state.codes.has(code),
    },
    authorize: (authorizationUrl, choice) => authorize(state, authorizationUrl, choice),
    issueToken(user, extra = {}) {
      const grant = { user: state.userOf(user), clientId: options.clientId ?? "", scope: extra.scope ?? "" };
      const token = state.issue(grant, true);
      state.recordIssued("issueToken", grant.user, token);
      return token;
    },
    expireAccessTokens() {
      for (const grant of state.accessTokens.values()) grant.expiresAt = state.now() - 1;
    },
    revokeAll() {
      state.accessTokens.clear();
      state.refreshTokens.clear();
    },
  };
}
