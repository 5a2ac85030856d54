import ky from "ky";
import { describe, expect, it } from "vitest";
import { idTokenClaims, loadProfile, standardClaims } from "./profile.js";

/** An API client whose every answer is `body`; records the URLs it was asked for. */
function api(body: unknown) {
  const urls: string[] = [];
  const client = ky.create({
    prefixUrl: "https://api.example/",
    fetch: async (input) => {
      urls.push(new Request(input).url);
      return Response.json(body);
    },
  });
  return { client, urls };
}

function jwt(claims: object): string {
  const payload = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(claims))))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  return `eyJhbGciOiJSUzI1NiJ9.${payload}.sig`;
}

describe("loadProfile", () => {
  it("maps the ID token's standard claims without calling the provider, keeping the claims as raw", async () => {
    const { client, urls } = api({});
    const claims = {
      sub: "u1",
      name: "Zoë",
      email: "z@example.com",
      email_verified: "true",
      picture: "https://p",
    };
    const profile = await loadProfile({
      provider: "p",
      source: undefined,
      userinfoUrl: async () => undefined,
      token: { access_token: "at", id_token: jwt(claims) },
      api: client,
    });
    expect(profile).toEqual({
      id: "u1",
      name: "Zoë",
      email: "z@example.com",
      emailVerified: true,
      avatarUrl: "https://p",
      raw: claims,
    });
    expect(urls).toEqual([]);
  });

  it("completes an ID token without name or email from the userinfo endpoint, for the same sub only", async () => {
    const { client, urls } = api({ sub: "u1", name: "Zoë", email: "z@example.com", email_verified: true });
    const token = { access_token: "at", id_token: jwt({ sub: "u1", iss: "https://id.example" }) };
    const base = { provider: "p", source: undefined, token, api: client };
    const profile = await loadProfile({ ...base, userinfoUrl: async () => "https://id.example/userinfo" });
    expect(urls).toEqual(["https://id.example/userinfo"]);
    expect(profile).toMatchObject({ id: "u1", name: "Zoë", email: "z@example.com", emailVerified: true });
    expect(profile.raw).toMatchObject({ sub: "u1", iss: "https://id.example", name: "Zoë" });

    const other = api({ sub: "someone-else", name: "Mallory", email: "m@example.com" });
    await expect(
      loadProfile({ ...base, api: other.client, userinfoUrl: async () => "https://id.example/userinfo" }),
    ).rejects.toMatchObject({ code: "profile_failed", message: /not about the user of the ID token/ });

    // Without a userinfo endpoint the ID token's claims are all there is.
    expect(await loadProfile({ ...base, userinfoUrl: async () => undefined })).toEqual({
      id: "u1",
      raw: { sub: "u1", iss: "https://id.example" },
    });
  });

  it("calls the user endpoint, filling {token.field} from the token, and maps the answer", async () => {
    const { client, urls } = api({ user_id: 7, user: "a@example.com" });
    const profile = await loadProfile({
      provider: "p",
      source: {
        url: "tokens/{token.access_token}",
        map: (raw) => ({ id: raw.user_id as number, email: raw.user as string }),
      },
      userinfoUrl: async () => undefined,
      token: { access_token: "a/b" },
      api: client,
    });
    expect(urls).toEqual(["https://api.example/tokens/a%2Fb"]);
    expect(profile).toEqual({ id: "7", email: "a@example.com", raw: { user_id: 7, user: "a@example.com" } });
  });

  it("refuses without a token (not_authorized), and without any profile source (profile_failed)", async () => {
    const { client } = api({});
    const base = { provider: "p", source: undefined, userinfoUrl: async () => undefined, api: client };
    await expect(loadProfile({ ...base, token: undefined })).rejects.toMatchObject({
      code: "not_authorized",
    });
    await expect(loadProfile({ ...base, token: { access_token: "at" } })).rejects.toMatchObject({
      code: "profile_failed",
    });
  });

  it("refuses a profile without a user id", async () => {
    const { client } = api({ name: "nobody" });
    await expect(
      loadProfile({
        provider: "p",
        source: {},
        userinfoUrl: async () => "https://api.example/me",
        token: { access_token: "at" },
        api: client,
      }),
    ).rejects.toMatchObject({ code: "profile_failed" });
  });
});

describe("claims helpers", () => {
  it("reads an unreadable ID token as profile_failed", () => {
    expect(() => idTokenClaims("p", "not-a-jwt")).toThrowError(/ID token could not be read/);
  });

  it("falls back to given and family names, then the preferred username", () => {
    expect(standardClaims({ sub: "1", given_name: "Ada", family_name: "Lovelace" }).name).toBe(
      "Ada Lovelace",
    );
    expect(standardClaims({ sub: "1", preferred_username: "ada" }).name).toBe("ada");
  });
});
