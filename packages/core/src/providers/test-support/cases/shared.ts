// What several presets' cases share: one user's ID token claims and profile, and one token answer.
/** The ID token claims the identity platforms' cases (Auth0, authentik, Keycloak, Okta) send for one user. */
export const USER = {
  sub: "248289761001",
  name: "Jane Doe",
  email: "janedoe@example.com",
  email_verified: true,
  picture: "https://example.com/janedoe/me.jpg",
};
/** The profile those claims map to. */
export const USER_PROFILE = {
  id: "248289761001",
  name: "Jane Doe",
  email: "janedoe@example.com",
  emailVerified: true,
  avatarUrl: "https://example.com/janedoe/me.jpg",
};
/** The token answer those identity platforms' cases share. */
export const OIDC_ANSWER = {
  access_token: "eyJz93a.k4laUWw",
  refresh_token: "GEbRxBN.edjnXbL",
  token_type: "Bearer",
  expires_in: 86400,
};
