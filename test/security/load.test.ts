// Load without leaks: thousands of dances by hundreds of users at once against the real oidc-provider, per adapter.
import type { LocalIdUser } from "@oauth-dance/local-id";
import { afterEach, describe, expect, it } from "vitest";
import type { Browser } from "../support/browser.js";
import { expressDriver } from "../support/drivers/express.js";
import { honoNodeDriver } from "../support/drivers/hono-node.js";
import { koaDriver } from "../support/drivers/koa.js";
import { startLocalIdProcess } from "../support/local-id-process.js";
import type { Driver, Scenario } from "../support/scenario.js";
import { liveHeapBytes } from "./heap.js";
import { crashCounter } from "./process-watch.js";

/**
 * `npm test` runs the full load on one adapter and one dance per user on the others (the machine is shared);
 * `npm run test:load` runs the full load on every adapter.
 */
const FULL_LOAD_EVERYWHERE = process.env.LOAD_FULL === "1";
const FULL_DANCES = 2000;
const USERS = 200;
/** The scaled run: one dance per user. */
const SCALED_DANCES = Number(process.env.LOAD_SCALED_DANCES ?? USERS);
const CONCURRENCY = 50;
const WARM_UP_DANCES = 50;
/** Heap the app may keep after the run beyond its warm baseline: caches are bounded, so this does not grow with dances. */
const HEAP_SLACK_BYTES = 6 * 1024 * 1024;

const users: LocalIdUser[] = Array.from({ length: USERS }, (_, i) => {
  const id = `user${String(i).padStart(3, "0")}`;
  return { id, name: `User ${i}`, email: `${id}@example.com`, password: id };
});

const running: Scenario[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

interface Outcome {
  dances: number;
  failures: string[];
  leaks: string[];
}

/**
 * Runs `count` dances, `CONCURRENCY` at a time, spread over the users: each dances in its own browser (never two
 * dances of one user at once, as one person does not log in twice in the same instant) and reads back who it is.
 */
async function dance(app: Scenario, browsers: Map<string, Browser>, count: number): Promise<Outcome> {
  const jobs = Array.from({ length: count }, (_, i) => users[i % USERS]?.id as string);
  shuffle(jobs);
  const busy = new Set<string>();
  const outcome: Outcome = { dances: 0, failures: [], leaks: [] };
  async function worker(): Promise<void> {
    for (;;) {
      const index = jobs.findIndex((user) => !busy.has(user));
      if (index === -1) {
        if (jobs.length === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 1));
        continue;
      }
      const [user] = jobs.splice(index, 1) as [string];
      busy.add(user);
      try {
        const browser = browsers.get(user) ?? app.browser();
        browsers.set(user, browser);
        const visit = await browser.visit(`${app.appUrl}/login/corp?as=${user}`);
        if (visit.url !== `${app.appUrl}/`)
          outcome.failures.push(`${user}: ended at ${visit.url} (${visit.status})`);
        const me = await browser.json<{ sub?: string }>(`${app.appUrl}/me`);
        if (me.body?.sub !== user) outcome.leaks.push(`${user} saw ${JSON.stringify(me.body)}`);
        outcome.dances++;
      } catch (error) {
        outcome.failures.push(`${user}: ${String(error)}`);
      } finally {
        busy.delete(user);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcome;
}

function shuffle<T>(items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

// Koa carries the full load in `npm test`: of the three it costs the least CPU per dance on this shared machine.
const table: [Driver, number][] = [
  [koaDriver, FULL_DANCES],
  [expressDriver, FULL_LOAD_EVERYWHERE ? FULL_DANCES : SCALED_DANCES],
  [honoNodeDriver, FULL_LOAD_EVERYWHERE ? FULL_DANCES : SCALED_DANCES],
];

describe.each(table.map(([driver, dances]) => [driver.name, driver, dances] as const))(
  "load on %s",
  (_name, driver, dances) => {
    it(`runs ${dances} dances of ${USERS} users, ${CONCURRENCY} at a time: each user stays themselves, nothing escapes, the heap returns to its baseline`, async () => {
      const app = await driver.start({ users, startIdp: startLocalIdProcess });
      running.push(app);
      const crashes = crashCounter();
      crashes.start();
      try {
        // Warm up (discovery, JIT, connection pools), then measure the baseline with no browser held.
        const warmUp = await dance(app, new Map(), WARM_UP_DANCES);
        expect(warmUp.failures).toEqual([]);
        const baseline = await liveHeapBytes();

        const browsers = new Map<string, Browser>();
        const started = performance.now();
        const outcome = await dance(app, browsers, dances);
        const seconds = (performance.now() - started) / 1000;
        expect(outcome.failures).toEqual([]);
        expect(outcome.leaks).toEqual([]);
        expect(outcome.dances).toBe(dances);

        // Afterwards, every user who danced is still themselves.
        const afterwards: string[] = [];
        for (const [user, browser] of browsers) {
          const me = await browser.json<{ sub?: string }>(`${app.appUrl}/me`);
          if (me.body?.sub !== user) afterwards.push(`${user} saw ${JSON.stringify(me.body)}`);
        }
        expect(afterwards).toEqual([]);
        expect(browsers.size).toBe(Math.min(USERS, dances));

        browsers.clear();
        const growth = (await liveHeapBytes()) - baseline;
        expect(crashes.count()).toEqual({ uncaughtExceptions: 0, unhandledRejections: 0 });
        if (process.env.LOAD_REPORT) {
          console.info(
            `${driver.name}: ${dances} dances in ${seconds.toFixed(1)} s, leaks ${outcome.leaks.length}, ` +
              `heap ${(growth / 1024 / 1024).toFixed(2)} MiB over baseline`,
          );
        }
        expect(growth).toBeLessThan(HEAP_SLACK_BYTES);
      } finally {
        crashes.stop();
      }
    }, 300_000);
  },
);
