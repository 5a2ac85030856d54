import { describe, expect, it } from "vitest";
import { githubProfile, googleProfile, localIdProfile } from "./profile.js";

describe("profile sources", () => {
  it("reads Local ID's /api/me", () => {
    const raw = { sub: "alice", name: "Alice Example", email: "alice@example.com", scope: "openid" };
    expect(localIdProfile.normalise(raw)).toEqual({
      id: "alice",
      name: "Alice Example",
      email: "alice@example.com",
    });
  });

  it("reads GitHub's user, falling back to the login when the user set no name", () => {
    const raw = {
      id: 583231,
      login: "octocat",
      name: null,
      email: null,
      avatar_url: "https://avatars.example/u/1",
    };
    expect(githubProfile.normalise(raw)).toEqual({
      id: "583231",
      name: "octocat",
      avatarUrl: "https://avatars.example/u/1",
    });
  });

  it("keeps only https avatars, so the page never loads a script or data URL as an image", () => {
    const raw = { sub: "1", name: "Ann", picture: "javascript:alert(1)" };
    expect(googleProfile.normalise(raw)).toEqual({ id: "1", name: "Ann" });
  });
});
