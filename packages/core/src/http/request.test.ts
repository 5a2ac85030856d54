import { describe, expect, it } from "vitest";
import { createDanceRequest } from "./request.js";
import { danceRequestFromWeb } from "./web-request.js";

describe("the public URL of a request", () => {
  const absolute = "http://evil.example/login/github?next=%2Fhome";

  it("takes only path and query from an absolute-form target; Host gives the origin", () => {
    const request = createDanceRequest({
      method: "GET",
      url: absolute,
      headers: { host: "app.example:8080" },
    });
    expect(request.url.href).toBe("http://app.example:8080/login/github?next=%2Fhome");
  });

  it("lets baseUrl, then trusted forwarding headers, win over an absolute-form target", () => {
    const headers = {
      host: "app.example",
      "x-forwarded-host": "public.example",
      "x-forwarded-proto": "https",
    };
    const base = createDanceRequest({
      method: "GET",
      url: absolute,
      headers,
      baseUrl: "https://app.example",
    });
    expect(base.url.href).toBe("https://app.example/login/github?next=%2Fhome");
    const proxied = createDanceRequest({ method: "GET", url: absolute, headers, trustProxy: true });
    expect(proxied.url.href).toBe("https://public.example/login/github?next=%2Fhome");
  });

  it("on the Web path, believes Host over a URL a runtime built from an absolute-form target", () => {
    const request = new Request(absolute, { headers: { host: "app.example" } });
    expect(danceRequestFromWeb(request).url.href).toBe("http://app.example/login/github?next=%2Fhome");
    // A request made in memory has no Host: its URL is all there is.
    expect(danceRequestFromWeb(new Request("http://127.0.0.1:3000/x")).url.href).toBe(
      "http://127.0.0.1:3000/x",
    );
  });
});
