import * as client from "openid-client";
import { describe, expect, it, vi } from "vitest";
import { discoverWithRetry } from "./discovery.js";

const ISSUER = "https://id.example";
const METADATA = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/authorize`,
  token_endpoint: `${ISSUER}/token`,
};

/** Discovery through a fetch that gives these answers in turn. */
async function discover(answers: (() => Response)[], timeout = 5) {
  const fetch = vi.fn(async () => (answers.shift() as () => Response)());
  const sleep = vi.fn(async () => {});
  const options: client.DiscoveryRequestOptions = { [client.customFetch]: fetch };
  const result = discoverWithRetry({
    issuer: new URL(ISSUER),
    clientId: "app",
    metadata: {},
    auth: client.None(),
    options,
    timeout,
    sleep,
  });
  return { result, fetch, sleep };
}

const ok = () => Response.json(METADATA);
const status = (code: number) => () => new Response("no", { status: code });

describe("discoverWithRetry", () => {
  it("tries again after a 503, a 429 and a refused connection, pausing longer each time", async () => {
    const refused = () => {
      throw new TypeError("fetch failed");
    };
    for (const first of [status(503), status(429), refused]) {
      const { result, fetch, sleep } = await discover([first, status(502), ok]);
      expect((await result).serverMetadata().issuer).toBe(ISSUER);
      expect(fetch).toHaveBeenCalledTimes(3);
      const [[firstPause], [secondPause]] = sleep.mock.calls as unknown as [[number], [number]];
      expect(firstPause).toBeGreaterThanOrEqual(100);
      expect(secondPause).toBeGreaterThanOrEqual(200);
    }
  });

  it("gives up after three attempts", async () => {
    const { result, fetch } = await discover([status(500), status(500), status(500), ok]);
    await expect(result).rejects.toBeInstanceOf(client.ClientError);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("does not retry what would fail again: a 404, or an issuer that does not match", async () => {
    const foreign = () => Response.json({ ...METADATA, issuer: "https://other.example" });
    for (const answer of [status(404), foreign]) {
      const { result, fetch } = await discover([answer, ok]);
      await expect(result).rejects.toBeInstanceOf(client.ClientError);
      expect(fetch).toHaveBeenCalledTimes(1);
    }
  });
});
