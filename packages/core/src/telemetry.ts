// OpenTelemetry, when the app hands over a tracer or a meter (`@opentelemetry/api`'s, or any with its shape):
// spans for the login, the callback and its token exchange, refreshes and API calls; counters and a latency
// histogram. Nothing is imported, so the core runs (and bundles) without the API, and costs nothing without it.

/** An attribute value; never a token, a secret or a URL with a query. */
export type TelemetryAttributes = Record<string, string | number | boolean>;

/** The part of an OpenTelemetry `Span` the dance uses. */
export interface TelemetrySpan {
  setAttribute(key: string, value: string | number | boolean): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  end(): void;
}

/** The part of an OpenTelemetry `Tracer` the dance uses (`trace.getTracer("my-app")`). */
export interface TelemetryTracer {
  startActiveSpan<F extends (span: TelemetrySpan) => unknown>(
    name: string,
    options: { attributes?: TelemetryAttributes },
    fn: F,
  ): ReturnType<F>;
}

/** The part of an OpenTelemetry `Meter` the dance uses (`metrics.getMeter("my-app")`). */
export interface TelemetryMeter {
  createCounter(
    name: string,
    options?: { description?: string; unit?: string },
  ): { add(value: number, attributes?: TelemetryAttributes): void };
  createHistogram(
    name: string,
    options?: { description?: string; unit?: string },
  ): { record(value: number, attributes?: TelemetryAttributes): void };
}

/** `createDance({ telemetry })`: where spans and metrics go. Either may be left out. */
export interface TelemetryOptions {
  tracer?: TelemetryTracer | undefined;
  meter?: TelemetryMeter | undefined;
}

/** OpenTelemetry's `SpanStatusCode.ERROR`. */
const STATUS_ERROR = 2;

type Counter = ReturnType<TelemetryMeter["createCounter"]>;
type Histogram = ReturnType<TelemetryMeter["createHistogram"]>;

export class DanceTelemetry {
  readonly #tracer: TelemetryTracer | undefined;
  readonly #started: Counter | undefined;
  readonly #completed: Counter | undefined;
  readonly #failed: Counter | undefined;
  readonly #refreshes: Counter | undefined;
  readonly #latency: Histogram | undefined;

  constructor(options: TelemetryOptions = {}) {
    this.#tracer = options.tracer;
    const meter = options.meter;
    this.#started = meter?.createCounter("oauth_dance.dances.started", {
      description: "Logins sent to a provider",
    });
    this.#completed = meter?.createCounter("oauth_dance.dances.completed", {
      description: "Callbacks that ended with a token",
    });
    this.#failed = meter?.createCounter("oauth_dance.dances.failed", {
      description: "Dances that failed, by error code",
    });
    this.#refreshes = meter?.createCounter("oauth_dance.refreshes", {
      description: "Token refreshes, by outcome",
    });
    this.#latency = meter?.createHistogram("oauth_dance.provider.duration", {
      description: "Time the provider took to answer, by operation",
      unit: "ms",
    });
  }

  /**
   * Runs `fn` in a span (a child of the active one); a thrown error marks the span with its code and is
   * rethrown. Without a tracer, `fn` runs with no span at all.
   */
  span<T>(
    name: string,
    attributes: TelemetryAttributes,
    fn: (span?: TelemetrySpan) => Promise<T>,
  ): Promise<T> {
    const tracer = this.#tracer;
    if (!tracer) return fn();
    return tracer.startActiveSpan(name, { attributes }, async (span: TelemetrySpan) => {
      try {
        return await fn(span);
      } catch (error) {
        markFailed(span, error);
        throw error;
      } finally {
        span.end();
      }
    });
  }

  /** Runs a call to the provider in a span, and records how long it took. */
  async providerCall<T>(
    operation: string,
    provider: string,
    fn: (span?: TelemetrySpan) => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    try {
      return await this.span(`oauth_dance.${operation}`, { "oauth_dance.provider": provider }, fn);
    } finally {
      this.#latency?.record(performance.now() - started, {
        "oauth_dance.provider": provider,
        "oauth_dance.operation": operation,
      });
    }
  }

  danceStarted(provider: string): void {
    this.#started?.add(1, { "oauth_dance.provider": provider });
  }

  danceCompleted(provider: string): void {
    this.#completed?.add(1, { "oauth_dance.provider": provider });
  }

  danceFailed(provider: string, code: string, step: string, span?: TelemetrySpan): void {
    this.#failed?.add(1, {
      "oauth_dance.provider": provider,
      "oauth_dance.error_code": code,
      "oauth_dance.step": step,
    });
    span?.setAttribute("oauth_dance.error_code", code);
    span?.setStatus({ code: STATUS_ERROR, message: code });
  }

  refreshed(provider: string, outcome: "refreshed" | "failed"): void {
    this.#refreshes?.add(1, { "oauth_dance.provider": provider, "oauth_dance.outcome": outcome });
  }
}

/** A span's error: the DanceError's code (never its message, which may quote the provider), or the error's name. */
function markFailed(span: TelemetrySpan, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  const label = typeof code === "string" ? code : error instanceof Error ? error.name : "error";
  span.setAttribute("oauth_dance.error_code", label);
  span.setStatus({ code: STATUS_ERROR, message: label });
}
