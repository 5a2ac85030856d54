import { describe, expect, it } from "vitest";
import { readFormBody } from "./form-body.js";

async function* chunks(...parts: (string | Uint8Array)[]) {
  yield* parts;
}

describe("readFormBody", () => {
  it("reads a form from a Web stream and from an async iterable of chunks, multi-byte characters split across them", async () => {
    const bytes = new TextEncoder().encode("code=abc&state=%C3%A9t%C3%A9&name=été");
    const stream = new Response(bytes).body;
    expect(Object.fromEntries(await readFormBody(stream))).toEqual({
      code: "abc",
      state: "été",
      name: "été",
    });
    const split = [bytes.slice(0, bytes.length - 1), bytes.slice(bytes.length - 1)];
    expect((await readFormBody(chunks(...split))).get("name")).toBe("été");
  });

  it("uses the fields a body parser already read, and ignores a parsed body without string fields", async () => {
    expect((await readFormBody(chunks("code=fromStream"), { code: "parsed" })).get("code")).toBe("parsed");
    expect((await readFormBody(chunks("code=fromStream"), {})).get("code")).toBe("fromStream");
    expect((await readFormBody(undefined, { nested: { a: 1 } })).toString()).toBe("");
  });

  it("refuses a body larger than the limit", async () => {
    await expect(readFormBody(chunks("a".repeat(600), "b".repeat(600)), undefined, 1000)).rejects.toThrow(
      RangeError,
    );
  });
});
