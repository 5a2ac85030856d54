import type * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { BufferedResponse } from "../../http/buffered-response.js";
import { normalizeTokenAnswer, quirksFetch } from "./quirks-fetch.js";

const TOKEN_URL = "https://provider.example/token";

/** Calls the wrapper the way openid-client does, and returns the request the provider received. */
async function sent(options: Parameters<typeof quirksFetch>[0], body: Record<string, string>) {
  const received: Request[] = [];
  const wrapped = quirksFetch(options, async (input, init) => {
    received.push(new Request(input, init));
    return Response.json({ access_token: "at", token_type: "bearer" });
  });
  const init: client.CustomFetchOptions = {
    body: new URLSearchParams({ grant_type: "authorization_code", ...body }),
    headers: {
      accept: "application/json",
      "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
    },
    method: "POST",
    redirect: "manual",
  };
  await wrapped(TOKEN_URL, init);
  return received[0] as Request;
}

describe("token requests", () => {
  it("renames the client id and secret parameters the provider names differently", async () => {
    const request = await sent(
      { clientIdParam: "client_key", clientSecretParam: "secret" },
      { client_id: "cid", client_secret: "s", code: "c" },
    );
    expect(Object.fromEntries(new URLSearchParams(await request.text()))).toEqual({
      grant_type: "authorization_code",
      client_key: "cid",
      secret: "s",
      code: "c",
    });
  });

  it("sends a JSON body when the provider wants JSON", async () => {
    const request = await sent({ tokenRequestFormat: "json" }, { code: "c" });
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(await request.json()).toEqual({ grant_type: "authorization_code", code: "c" });
  });

  it("sends a GET with the parameters in the query when the provider wants GET", async () => {
    const request = await sent(
      { tokenRequestFormat: "get", clientIdParam: "appid", clientSecretParam: "secret" },
      { client_id: "app", client_secret: "s", code: "c" },
    );
    expect(request.method).toBe("GET");
    expect(request.headers.has("content-type")).toBe(false);
    expect(request.url).toBe(`${TOKEN_URL}?grant_type=authorization_code&appid=app&secret=s&code=c`);
  });

  it("adds the declared token headers", async () => {
    const request = await sent({ tokenHeaders: { "User-Agent": "web:app:1.0" } }, { code: "c" });
    expect(request.headers.get("user-agent")).toBe("web:app:1.0");
    expect(request.headers.get("accept")).toBe("application/json");
  });

  it("leaves calls that are not grants untouched", async () => {
    const received: unknown[] = [];
    const wrapped = quirksFetch({ tokenRequestFormat: "json" }, async (_input, init) => {
      received.push(init?.body);
      return new Response("{}");
    });
    const body = new URLSearchParams({ token: "t" });
    await wrapped(TOKEN_URL, { body, headers: {}, method: "POST", redirect: "manual" });
    expect(received[0]).toBe(body);
  });

  it("sends the grant of a provider without request quirks as openid-client built it", async () => {
    const received: unknown[] = [];
    const wrapped = quirksFetch({ tokenRequestFormat: "form", tokenHeaders: {} }, async (_input, init) => {
      received.push(init);
      return Response.json({ access_token: "at", token_type: "bearer" });
    });
    const init: client.CustomFetchOptions = {
      body: new URLSearchParams({ grant_type: "authorization_code", code: "c" }),
      headers: { accept: "application/json" },
      method: "POST",
      redirect: "manual",
    };
    await wrapped(TOKEN_URL, init);
    expect(received[0]).toBe(init);
  });
});

describe("token answers", () => {
  const read = async (response: Response, shape?: Parameters<typeof normalizeTokenAnswer>[1]) => {
    const answer = await normalizeTokenAnswer(response, shape);
    return { status: answer.status, type: answer.headers.get("content-type"), body: await answer.json() };
  };

  it("unwraps a token nested in the answer (Withings body)", async () => {
    const answer = await read(
      Response.json({ status: 0, body: { access_token: "at", token_type: "Bearer" } }),
      {
        unwrap: "body",
      },
    );
    expect(answer).toEqual({
      status: 200,
      type: "application/json",
      body: { access_token: "at", token_type: "Bearer" },
    });
  });

  it("turns an error sent with status 200 into a 400 RFC 6749 error, from the declared fields", async () => {
    expect(
      await read(Response.json({ errcode: 40029, errmsg: "invalid code" }), {
        error: "errcode",
        errorDescription: "errmsg",
      }),
    ).toEqual({
      status: 400,
      type: "application/json",
      body: { error: "40029", error_description: "invalid code" },
    });
    expect((await read(Response.json({ error: "bad_verification_code" }))).status).toBe(400);
  });

  it("joins a scope list, reads a numeric expires_in string, and adds a missing token type", async () => {
    const { body } = await read(Response.json({ access_token: "at", scope: ["a", "b"], expires_in: "3600" }));
    expect(body).toEqual({ access_token: "at", scope: "a b", expires_in: 3600, token_type: "Bearer" });
  });

  it("drops a null scope and a negative lifetime, which say no more than none (Imgur, Mailchimp, Egnyte)", async () => {
    const { body } = await read(Response.json({ access_token: "at", token_type: "bearer", scope: null }));
    expect(body).toEqual({ access_token: "at", token_type: "bearer" });
    for (const expires_in of [-1, "-1"]) {
      const never = await read(Response.json({ access_token: "at", token_type: "bearer", expires_in }));
      expect(never.body).toEqual({ access_token: "at", token_type: "bearer" });
    }
  });

  it("reads a form-encoded answer as JSON", async () => {
    const form = new Response("access_token=at&token_type=bearer&scope=repo", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await read(form)).body).toEqual({ access_token: "at", token_type: "bearer", scope: "repo" });
  });

  it("keeps the status of a failed answer", async () => {
    const refused = Response.json({ error: "invalid_client" }, { status: 401 });
    expect(await read(refused)).toMatchObject({ status: 401, body: { error: "invalid_client" } });
  });

  it("keeps the headers a client acts on: the DPoP nonce to retry with, a challenge, a wait", async () => {
    const refused = Response.json(
      { error: "use_dpop_nonce" },
      {
        status: 400,
        headers: {
          "dpop-nonce": "n-1",
          "www-authenticate": 'DPoP error="use_dpop_nonce"',
          "retry-after": "2",
        },
      },
    );
    const answer = await normalizeTokenAnswer(refused, undefined);
    expect(Object.fromEntries(answer.headers)).toMatchObject({
      "dpop-nonce": "n-1",
      "www-authenticate": 'DPoP error="use_dpop_nonce"',
      "retry-after": "2",
    });
  });

  describe("read whole before the Response was built (the Node fast path)", () => {
    const built = (json: unknown, init?: ResponseInit) => {
      const bytes = new TextEncoder().encode(JSON.stringify(json));
      return new BufferedResponse(bytes, {
        ...init,
        headers: { "content-type": "application/json; charset=utf-8" },
        url: "https://provider.example/token",
      });
    };

    it("passes an RFC 6749 answer on as it came, unread", async () => {
      const original = built({ access_token: "at", token_type: "bearer", expires_in: 3600 });
      const answer = await normalizeTokenAnswer(original, undefined);
      expect(answer).toBe(original);
      expect(original.bodyUsed).toBe(false);
      expect(await answer.json()).toEqual({ access_token: "at", token_type: "bearer", expires_in: 3600 });
    });

    it("still rewrites what needs it: types, a declared token type, a wrapped token, another status", async () => {
      const cases: [Response, Parameters<typeof normalizeTokenAnswer>[1]][] = [
        [built({ access_token: "at", token_type: "bearer", expires_in: "3600" }), undefined],
        [built({ access_token: "at" }), undefined],
        [built({ access_token: "at", token_type: "bearer" }), { tokenType: "Bearer" }],
        [built({ body: { access_token: "at", token_type: "bearer" } }), { unwrap: "body" }],
        [built({ access_token: "at", token_type: "bearer" }, { status: 201 }), undefined],
      ];
      for (const [original, shape] of cases) {
        const answer = await normalizeTokenAnswer(original, shape);
        expect(answer).not.toBe(original);
        expect(answer.status).toBe(200);
        expect(await answer.json()).toMatchObject({ access_token: "at", token_type: expect.any(String) });
      }
    });
  });
});
