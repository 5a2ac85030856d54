// The database going away in the middle of storing a token (KnexStorage on PostgreSQL), and coming back.
import { createTokensTable, dropTokensTable, KnexStorage } from "@oauth-dance/store-knex";
import createKnex, { type Knex } from "knex";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connect, postgres, uniqueTableName } from "../storage/databases.js";
import { type FaultApp, startFaultApp } from "./fault-app.js";
import { crashCounter } from "./process-watch.js";

const HOST = "127.0.0.1";
/** The app's connections say who they are, so the test can find and end exactly them. */
const APPLICATION_NAME = `oauth-dance-faults-${process.pid}`;

describe("the database stops in the middle of a set (KnexStorage on PostgreSQL, Express, Local ID)", () => {
  let admin: Knex;
  let appKnex: Knex;
  let tableName: string;
  let app: FaultApp | undefined;
  const crashes = crashCounter();

  beforeAll(async () => {
    admin = await connect(postgres);
    const config = postgres.config();
    appKnex = createKnex({
      ...config,
      connection: { ...(config.connection as object), application_name: APPLICATION_NAME },
      pool: { min: 0, max: 2 },
      // knex reports the ended connections itself; the test checks what the app saw instead.
      log: { warn() {}, error() {}, debug() {}, deprecate() {} },
    });
    crashes.start();
  });
  afterAll(async () => {
    crashes.stop();
    await appKnex?.destroy();
    await admin?.destroy();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    if (tableName) await dropTokensTable(admin, { tableName });
  });

  /** Ends the app's connections that are waiting for a lock, as a database shutting down does. */
  async function terminateWaiting(): Promise<number> {
    // Polls until the app's statement waits for the lock: the wait is for that event, with a generous deadline.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const { rows } = await admin.raw(
        "select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = ? and wait_event_type = 'Lock'",
        [APPLICATION_NAME],
      );
      if (rows.length > 0) return rows.length;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("the app's upsert never started waiting");
  }

  it("ends in the error hook with storage_failed, stores no row, and the next dance stores exactly one", async () => {
    tableName = uniqueTableName("faults");
    await createTokensTable(admin, { tableName });
    const storage = new KnexStorage({
      knex: appKnex,
      tableName,
      user: ({ request }) => request?.cookies.uid,
    });
    app = await startFaultApp({ storage });
    const browser = app.browser();
    browser.setCookie(HOST, "uid", "app-alice");

    // Hold the table so the app's upsert is caught mid-flight, then end its connection from outside.
    const hold = await admin.transaction();
    await hold.raw("lock table ?? in access exclusive mode", [tableName]);
    const visit = browser.visit(`${app.url}/login/corp?as=alice`);
    expect(await terminateWaiting()).toBe(1);
    await hold.rollback();

    expect((await visit).url).toBe(`${app.url}/`);
    expect(app.errors.map((error) => error.code)).toEqual(["storage_failed"]);
    expect(String((app.errors[0]?.cause as { code?: string })?.code)).toBe("57P01");
    expect(await admin(tableName).count({ rows: "*" })).toEqual([{ rows: "0" }]);
    expect(Object.keys(browser.cookies(HOST)).filter((name) => name.startsWith("oauth-dance."))).toEqual([
      "oauth-dance.error.corp",
    ]);
    expect((await browser.json(`${app.url}/me`)).status).toBe(401);

    // The database comes back (every connection the app held is gone): the next dance reconnects and works.
    await admin.raw("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?", [
      APPLICATION_NAME,
    ]);
    expect((await browser.visit(`${app.url}/login/corp?as=alice`)).url).toBe(`${app.url}/`);
    expect((await browser.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
    expect(await admin(tableName).select("user_id")).toEqual([{ user_id: "app-alice" }]);
    expect(app.errors).toHaveLength(1);
    expect(crashes.count()).toEqual({ uncaughtExceptions: 0, unhandledRejections: 0 });
  });
});
