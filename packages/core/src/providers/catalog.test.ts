import { describe, expect, it } from "vitest";
import { type CatalogEntry, catalog } from "./catalog.js";
import * as presets from "./index.js";

/** The slice of node:fs/promises this test uses (loaded at run time: the core has no Node typings). */
interface NodeFs {
  readFile(path: URL, encoding: "utf8"): Promise<string>;
}
const NODE_FS = "node:fs/promises";

const exported = Object.entries(presets as unknown as Record<string, unknown>)
  .filter(([, value]) => typeof value === "function" && "info" in (value as object))
  .map(([name]) => name)
  .sort();

describe("the presets' catalogue", () => {
  it("lists exactly the exported presets, each under its export name", () => {
    expect(catalog.map((entry) => entry.id).sort()).toEqual(exported);
    const functions = Object.entries(presets as unknown as Record<string, unknown>).filter(
      ([, value]) => typeof value === "function",
    );
    // Every exported function is a preset: none lacks its info (the OAuth 1.0a ones included).
    expect(functions.map(([name]) => name).sort()).toEqual(exported);
  });

  it("is what catalog.json holds (run scripts/providers-catalog.ts after changing a preset)", async () => {
    const fs = (await import(/* @vite-ignore */ NODE_FS)) as NodeFs;
    const written = await fs.readFile(new URL("./catalog.json", import.meta.url), "utf8");
    expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(catalog)));
  });

  it("is counted in the README", async () => {
    const fs = (await import(/* @vite-ignore */ NODE_FS)) as NodeFs;
    const readme = await fs.readFile(new URL("../../../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`**${catalog.length} presets**`);
  });

  it("says for every preset where its facts come from and when they were last checked", () => {
    for (const entry of catalog) {
      expect(entry.docs, entry.id).toMatch(/^https:\/\//);
      expect(entry.checked, entry.id).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it("keeps templated hosts templated, and names discovered endpoints as discovered", () => {
    const byId = (id: string) => catalog.find((entry) => entry.id === id) as CatalogEntry;
    expect(byId("okta").endpoints.authorization).toBe("https://{domain}/oauth2/v1/authorize");
    expect(byId("azure")).toMatchObject({
      endpoints: { issuer: "https://login.microsoftonline.com/{tenant}/v2.0" },
      discovery: true,
      revocation: "discovered",
    });
    expect(byId("jira").endpoints.requestToken).toBe("{baseUrl}/plugins/servlet/oauth/request-token");
    expect(byId("github")).toMatchObject({
      protocol: "oauth2",
      refresh: "rotating",
      clientAuth: "client_secret_post",
      profile: { source: "endpoint", url: "user", fields: ["avatar_url", "email", "id", "login", "name"] },
    });
    expect(byId("twitter")).toMatchObject({ protocol: "oauth1", clientAuth: "HMAC-SHA1", refresh: null });
  });
});
