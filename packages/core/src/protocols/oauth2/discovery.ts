// OpenID Connect discovery that rides out a provider's brief outage: transient failures are retried with backoff.
import * as client from "openid-client";

/** Attempts per discovery, the first included. */
const ATTEMPTS = 3;
/** The pause before the second attempt; each later pause doubles, plus up to as much again of jitter. */
const FIRST_PAUSE_MS = 100;

export interface DiscoveryCall {
  issuer: URL;
  clientId: string;
  metadata: Partial<client.ClientMetadata>;
  auth: client.ClientAuth;
  options: client.DiscoveryRequestOptions;
  /** Seconds the whole discovery may take, retries and pauses included. */
  timeout: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * `client.discovery`, tried again after a network error, a timeout or a 5xx/408/429 answer while time is left.
 * Answers that would fail the same way again (a 404, an issuer mismatch, a malformed document) are not retried.
 *
 * @throws the last attempt's error.
 */
export async function discoverWithRetry(call: DiscoveryCall): Promise<client.Configuration> {
  const sleep = call.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + call.timeout * 1000;
  for (let attempt = 1; ; attempt++) {
    const left = (deadline - Date.now()) / 1000;
    try {
      return await client.discovery(call.issuer, call.clientId, call.metadata, call.auth, {
        ...call.options,
        timeout: Math.max(left, 0.001),
      });
    } catch (error) {
      const pause = FIRST_PAUSE_MS * 2 ** (attempt - 1) * (1 + Math.random());
      if (attempt >= ATTEMPTS || !isTransient(error) || Date.now() + pause >= deadline) throw error;
      await sleep(pause);
    }
  }
}

/** Whether another attempt could succeed: the server was unreachable, slow, or said to come back later. */
export function isTransient(error: unknown): boolean {
  // openid-client lets fetch's own errors (connection refused, reset) through as TypeErrors.
  if (error instanceof TypeError) return true;
  if (!(error instanceof client.ClientError)) return false;
  if (error.code === "OAUTH_TIMEOUT") return true;
  const answer = error.cause;
  if (answer instanceof Response)
    return answer.status >= 500 || answer.status === 408 || answer.status === 429;
  return false;
}
