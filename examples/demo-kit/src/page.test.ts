import { describe, expect, it } from "vitest";
import { expiryText, type PageView, renderPage } from "./page.js";

const now = new Date("2025-01-01T12:00:00Z");

function page(overrides: Partial<PageView> = {}): string {
  return renderPage({
    framework: "Express",
    providers: [{ name: "local", label: "Local ID", loginUrl: "/login/local" }],
    setupHints: [],
    storage: "data/demo.sqlite",
    now,
    ...overrides,
  });
}

describe("renderPage", () => {
  it("offers a login button per provider when nobody is logged in", () => {
    expect(page()).toContain(
      '<a class="button" id="login-local" href="/login/local">Log in with Local ID</a>',
    );
  });

  it("escapes everything a provider or a user sent", () => {
    const html = page({
      providers: [
        {
          name: "local",
          label: "Local ID",
          loginUrl: "/login/local",
          error: "<script>alert(1)</script>",
          session: {
            profile: { id: "1", name: '<img src=x onerror="alert(1)">' },
            token: { scopes: ["<b>"], refreshable: false },
            apiCall: { url: "http://127.0.0.1/api/me", status: 200, body: "</pre><script>", at: now },
          },
        },
      ],
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
  });

  it("shows the token's scopes, its expiry and when it was refreshed, but not the token", () => {
    const html = page({
      providers: [
        {
          name: "local",
          label: "Local ID",
          loginUrl: "/login/local",
          session: {
            profile: { id: "alice", name: "Alice Example", email: "alice@example.com" },
            token: {
              scopes: ["openid", "offline_access"],
              expiresAt: now.getTime() / 1000 + 95,
              refreshable: true,
              refreshedAt: now,
            },
          },
        },
      ],
    });
    expect(html).toContain('<td id="scopes-local"><code>openid</code> <code>offline_access</code></td>');
    expect(html).toContain("expires in 1 min 35 s");
    expect(html).toMatch(/id="refreshed-local" class="fresh">at \d\d:\d\d:\d\d</);
    expect(html).toContain('id="expire-local"');
  });

  it("offers no expire button for a token that cannot be refreshed", () => {
    const html = page({
      providers: [
        {
          name: "github",
          label: "GitHub",
          loginUrl: "/login/github",
          session: { profile: { id: "1", name: "octocat" }, token: { scopes: [], refreshable: false } },
        },
      ],
    });
    expect(html).toContain('id="logout-github"');
    expect(html).not.toContain('id="expire-github"');
  });
});

describe("renderPage's notice and icon", () => {
  const notice = "You are logged out of Local ID here.";

  it("shows the logout notice while the provider is still logged out", () => {
    expect(page({ notice, noticeAbout: "local" })).toContain(`id="notice" role="status">${notice}</p>`);
  });

  it("leaves the logout notice out once that provider's card shows an error, such as a denied login", () => {
    const html = page({
      notice,
      noticeAbout: "local",
      providers: [
        {
          name: "local",
          label: "Local ID",
          loginUrl: "/login/local",
          error: "You chose not to let this app in.",
        },
      ],
    });
    expect(html).toContain('id="error-local"');
    expect(html).not.toContain('id="notice"');
    expect(html).not.toContain("logged out");
  });

  it("leaves the logout notice out once that provider is logged in again", () => {
    const html = page({
      notice,
      noticeAbout: "local",
      providers: [
        {
          name: "local",
          label: "Local ID",
          loginUrl: "/login/local",
          session: { profile: { id: "alice" }, token: { scopes: [], refreshable: false } },
        },
      ],
    });
    expect(html).not.toContain('id="notice"');
  });

  it("keeps a notice about another provider, or about no provider", () => {
    const error = [{ name: "local", label: "Local ID", loginUrl: "/login/local", error: "No." }];
    expect(page({ notice, noticeAbout: "github", providers: error })).toContain('id="notice"');
    expect(page({ notice: "Something went wrong.", providers: error })).toContain('id="notice"');
  });

  it("has an inline icon in its head, so the browser asks the demo for no /favicon.ico", () => {
    const head = page().split("</head>")[0] ?? "";
    const icon = head.match(/<link rel="icon" href="([^"]+)">/)?.[1] ?? "";
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(icon.slice(icon.indexOf(",") + 1))).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>$/,
    );
  });
});

describe("expiryText", () => {
  it("counts down, then says how long ago the token expired", () => {
    const at = now.getTime() / 1000;
    expect(expiryText({ scopes: [], refreshable: true, expiresAt: at + 40 }, now)).toMatch(
      /^expires in 40 s /,
    );
    expect(expiryText({ scopes: [], refreshable: true, expiresAt: at - 3 }, now)).toMatch(
      /^expired 3 s ago /,
    );
    expect(expiryText({ scopes: [], refreshable: false }, now)).toBe("does not expire");
  });
});
