// Telemetry through the OpenTelemetry SDK itself (in-memory exporters): the spans and metrics a dance makes.
// Node only (hence .node.test.ts, which Bun and Deno skip): the SDK keeps the active span in AsyncLocalStorage.
import { context, metrics, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { AggregationTemporality, MeterProvider, MetricReader } from "@opentelemetry/sdk-metrics";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDance } from "./dance.js";
import { parseCookieHeader } from "./http/cookies.js";
import { createDanceRequest } from "./http/request.js";
import type { DanceResult } from "./http/result.js";
import { oauth2 } from "./protocols/oauth2/oauth2.js";
import { fakeProvider } from "./testing/index.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";

class TestReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected async onForceFlush() {}
  protected async onShutdown() {}
}

const spans = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
const reader = new TestReader();
const meterProvider = new MeterProvider({ readers: [reader] });
const contextManager = new AsyncLocalStorageContextManager();
beforeAll(() => {
  context.setGlobalContextManager(contextManager.enable());
});
afterAll(() => {
  contextManager.disable();
  context.disable();
  metrics.disable();
  trace.disable();
});
beforeEach(() => spans.reset());

/** The counters and histograms collected so far: name → [attributes, value (a count, or a histogram's count)]. */
async function collected(): Promise<Record<string, [Record<string, unknown>, number][]>> {
  const { resourceMetrics } = await reader.collect();
  const out: Record<string, [Record<string, unknown>, number][]> = {};
  for (const scope of resourceMetrics.scopeMetrics) {
    for (const metric of scope.metrics) {
      out[metric.descriptor.name] = metric.dataPoints.map((point) => [
        point.attributes,
        typeof point.value === "number" ? point.value : (point.value as { count: number }).count,
      ]);
    }
  }
  return out;
}

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}

function setup(telemetry = true) {
  const fake = fakeProvider({ origin: "https://provider.example", clientId: "cid", clientSecret: "cs" });
  const dance = createDance({
    secret: SECRET,
    fetch: fake.fetch,
    providers: {
      acme: oauth2({
        clientId: "cid",
        clientSecret: "cs",
        authorizationUrl: "https://provider.example/authorize",
        tokenUrl: "https://provider.example/token",
        baseUrl: "https://provider.example/api/",
      }),
    },
    ...(telemetry
      ? { telemetry: { tracer: tracerProvider.getTracer("test"), meter: meterProvider.getMeter("test") } }
      : {}),
  });
  const jar: Record<string, string> = {};
  async function get(url: string) {
    const request = createDanceRequest({
      method: "GET",
      url,
      headers: { host: "app.example" },
      cookies: { ...jar },
    });
    const ctx = dance.createContext(request);
    const result = await dance.route(ctx);
    for (const line of result.type === "pass" ? [] : result.cookies) {
      const [name, value] = Object.entries(parseCookieHeader(line.split(";")[0]))[0] ?? [];
      if (name !== undefined) jar[name] = value as string;
    }
    return { result, ctx };
  }
  async function danceThrough(): Promise<void> {
    const { result } = await get("/login/acme");
    const back = new URL(
      fake.authorize(new URL((result as Extract<DanceResult, { type: "redirect" }>).location)),
    );
    await get(back.pathname + back.search);
  }
  return { fake, get, danceThrough };
}

describe("telemetry", () => {
  it("traces the login, the callback with its token exchange as a child, and an API call, without a token in any attribute", async () => {
    const app = setup();
    await app.danceThrough();
    const { ctx } = await app.get("/page");
    await ctx.oauth.acme?.api.get("me").json();
    const finished = spans.getFinishedSpans();
    const byName = Object.fromEntries(finished.map((span) => [span.name, span]));
    expect(Object.keys(byName).sort()).toEqual([
      "oauth_dance.api",
      "oauth_dance.callback",
      "oauth_dance.login",
      "oauth_dance.token_exchange",
    ]);
    expect(parentOf(byName["oauth_dance.token_exchange"] as ReadableSpan)).toBe(
      byName["oauth_dance.callback"]?.spanContext().spanId,
    );
    expect(byName["oauth_dance.login"]?.attributes).toEqual({
      "oauth_dance.provider": "acme",
      "oauth_dance.step": "login",
    });
    expect(byName["oauth_dance.api"]?.attributes).toEqual({
      "oauth_dance.provider": "acme",
      "http.request.method": "GET",
      "server.address": "provider.example",
      "http.response.status_code": 200,
    });
    const everything = JSON.stringify(finished.map((span) => span.attributes));
    const token = app.fake.issued.at(-1)?.token.access_token as string;
    expect(token).toBeTruthy();
    expect(everything).not.toContain(token);
    const counts = await collected();
    expect(counts["oauth_dance.dances.started"]).toEqual([[{ "oauth_dance.provider": "acme" }, 1]]);
    expect(counts["oauth_dance.dances.completed"]).toEqual([[{ "oauth_dance.provider": "acme" }, 1]]);
    expect(
      counts["oauth_dance.provider.duration"]
        ?.map(([attributes]) => attributes["oauth_dance.operation"])
        .sort(),
    ).toEqual(["api", "token_exchange"]);
  });

  it("marks a failed callback with its error code, and counts it by code and step", async () => {
    const app = setup();
    await app.get("/login/acme");
    await app.get("/login/acme/authorized?state=forged&code=x");
    const callback = spans.getFinishedSpans().find((span) => span.name === "oauth_dance.callback");
    expect(callback?.attributes["oauth_dance.error_code"]).toBe("state_mismatch");
    expect(callback?.status).toEqual({ code: 2, message: "state_mismatch" });
    const failed = (await collected())["oauth_dance.dances.failed"];
    expect(failed).toContainEqual([
      {
        "oauth_dance.provider": "acme",
        "oauth_dance.error_code": "state_mismatch",
        "oauth_dance.step": "callback",
      },
      1,
    ]);
  });

  it("traces a refresh inside the API call that needed it, and counts it", async () => {
    const app = setup();
    await app.danceThrough();
    app.fake.expireAccessTokens();
    spans.reset();
    const { ctx } = await app.get("/page");
    await ctx.oauth.acme?.api.get("me").json();
    const finished = spans.getFinishedSpans();
    const api = finished.find((span) => span.name === "oauth_dance.api");
    const refresh = finished.find((span) => span.name === "oauth_dance.refresh");
    expect(refresh && parentOf(refresh)).toBe(api?.spanContext().spanId);
    expect((await collected())["oauth_dance.refreshes"]).toEqual([
      [{ "oauth_dance.provider": "acme", "oauth_dance.outcome": "refreshed" }, 1],
    ]);
  });

  it("makes no span and no metric when the app gives neither", async () => {
    const app = setup(false);
    const before = await collected();
    await app.danceThrough();
    expect(spans.getFinishedSpans()).toEqual([]);
    expect(await collected()).toEqual(before);
  });
});
