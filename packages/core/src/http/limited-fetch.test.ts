import { describe, expect, it } from "vitest";
import { limitResponseSize, ResponseTooLargeError } from "./limited-fetch.js";

/** A fetch that answers with `body` streamed in chunks, with or without a Content-Length. */
function answering(body: string, declare: boolean): typeof fetch {
  return (async () => {
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 100) controller.enqueue(bytes.slice(i, i + 100));
        controller.close();
      },
    });
    const headers: Record<string, string> = declare ? { "content-length": String(bytes.length) } : {};
    return new Response(stream, { status: 200, headers });
  }) as typeof fetch;
}

describe("limitResponseSize", () => {
  it("passes an answer within the limit through, body and status unchanged", async () => {
    const response = await limitResponseSize(
      answering("x".repeat(500), false),
      500,
    )("https://id.example/token");
    expect(response.status).toBe(200);
    expect(await response.text()).toHaveLength(500);
  });

  it("fails at once on a declared Content-Length above the limit", async () => {
    const call = limitResponseSize(answering("x".repeat(501), true), 500)("https://id.example/token");
    await expect(call).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("fails the body's stream once an undeclared answer crosses the limit", async () => {
    const response = await limitResponseSize(answering("x".repeat(5000), false), 500)("https://id.example/t");
    const error = await response.text().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(/larger than 500 bytes$/);
  });
});
