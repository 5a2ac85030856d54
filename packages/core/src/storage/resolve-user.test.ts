// Finding the app user of a token call: handle config first, then the store's user function.

import { describe, expect, it, vi } from "vitest";
import { isDanceError } from "../errors.js";
import { createDanceRequest } from "../http/request.js";
import { resolveUser } from "./resolve-user.js";
import type { TokenContext } from "./token-storage.js";

const request = createDanceRequest({ method: "GET", url: "/", headers: { cookie: "uid=carol" } });
const ctx = (config: Record<string, unknown>, extra: Partial<TokenContext> = {}): TokenContext => ({
  provider: "github",
  config,
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => "no error",
    (error: unknown) => error,
  );
}

describe("resolveUser", () => {
  it("takes config.userId over config.user over the user function", async () => {
    const fromRequest = vi.fn(() => "carol");
    expect(await resolveUser(ctx({ userId: "alice", user: "bob" }), fromRequest)).toBe("alice");
    expect(await resolveUser(ctx({ user: "bob" }), fromRequest)).toBe("bob");
    expect(fromRequest).not.toHaveBeenCalled();
    expect(await resolveUser(ctx({}, { request }), ({ request }) => request?.cookies.uid)).toBe("carol");
  });

  it("hands the function the provider, config, request and native object, and tolerates their absence", async () => {
    const native = { user: { id: 7 } };
    const seen = vi.fn((c: { native?: unknown }) => (c.native as typeof native | undefined)?.user.id);
    expect(await resolveUser(ctx({}, { request, native }), seen)).toBe("7");
    expect(seen).toHaveBeenCalledWith({ provider: "github", config: {}, request, native });
    expect(await resolveUser(ctx({}), seen)).toBeUndefined();
  });

  it("stores numbers and bigints as decimal strings, and counts 0 as a user", async () => {
    expect(await resolveUser(ctx({ userId: 42 }))).toBe("42");
    expect(await resolveUser(ctx({ userId: 9007199254740993n }))).toBe("9007199254740993");
    expect(await resolveUser(ctx({ userId: 0 }))).toBe("0");
  });

  it("treats undefined, null and the empty string as no user", async () => {
    for (const none of [undefined, null, ""]) {
      expect(await resolveUser(ctx({ userId: none }), () => none)).toBeUndefined();
    }
    expect(await resolveUser(ctx({}))).toBeUndefined();
  });

  it("refuses user ids that are objects, non-finite numbers or longer than 255 characters", async () => {
    for (const bad of [{ id: 1 }, Number.NaN, "x".repeat(256)]) {
      const error = await failure(resolveUser(ctx({ userId: bad })));
      expect(isDanceError(error) && error.code).toBe("storage_failed");
    }
    const fromFunction = await failure(resolveUser(ctx({}), () => ({ id: 1 }) as never));
    expect(isDanceError(fromFunction) && fromFunction.message).toMatch(/user function's result/);
  });

  it("reports a user function that throws as storage_failed, keeping the cause", async () => {
    const cause = new Error("session store down");
    const error = await failure(
      resolveUser(ctx({}), () => {
        throw cause;
      }),
    );
    expect(isDanceError(error) && error.code).toBe("storage_failed");
    expect((error as Error).cause).toBe(cause);
  });

  it("names the store in its errors, with the store's own limit", async () => {
    const rules = { store: "RedisStorage", maxLength: 10 };
    const error = await failure(resolveUser(ctx({ userId: "x".repeat(11) }), undefined, rules));
    expect((error as Error).message).toBe("RedisStorage keeps user ids up to 10 characters");
  });
});
