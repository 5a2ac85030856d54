// Absolute-form request targets (`GET http://evil.example/login/corp HTTP/1.1`): the public origin is never theirs.
import { afterEach, describe, expect, it } from "vitest";
import { expressDriver } from "../support/drivers/express.js";
import { fastifyDriver } from "../support/drivers/fastify.js";
import { honoNodeDriver } from "../support/drivers/hono-node.js";
import { koaDriver } from "../support/drivers/koa.js";
import type { Scenario } from "../support/scenario.js";
import { rawGet } from "./raw-request.js";

let running: Scenario | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe.each([expressDriver, honoNodeDriver, koaDriver, fastifyDriver])(
  "absolute-form targets on $name",
  (driver) => {
    it("builds the callback URL from Host, not from the target's authority", async () => {
      running = await driver.start();
      const app = running;
      const host = new URL(app.appUrl).host;
      const login = await rawGet(
        `${app.appUrl}/`,
        { host },
        undefined,
        "http://evil.example/login/corp?as=alice",
      );
      expect(login.status).toBe(302);
      const redirectUri = new URL(login.location ?? "").searchParams.get("redirect_uri");
      expect(redirectUri).toBe(`${app.appUrl}/login/corp/authorized`);
    });
  },
);
