// What a token or revocation endpoint answered instead of a token, read from whatever openid-client threw.
import * as client from "openid-client";

/** The provider's answer to a failed grant: its HTTP status and RFC 6749 error fields, as far as it sent them. */
export interface EndpointRefusal {
  status: number;
  error?: string | undefined;
  description?: string | undefined;
  uri?: string | undefined;
}

/**
 * The answer behind an openid-client failure, or undefined when the endpoint never answered (network error,
 * timeout). Every form an answer takes is read: an error body (any status), a 401 whose `WWW-Authenticate`
 * challenge openid-client reports first (the body is read then, else the challenge's own `error`), and an
 * answer that is no OAuth response at all (an empty 400, an HTML page), which has a status only.
 */
export async function endpointRefusal(cause: unknown): Promise<EndpointRefusal | undefined> {
  if (cause instanceof client.ResponseBodyError) {
    const body = cause.cause as Record<string, unknown>;
    return { status: cause.status, ...errorFields(body) };
  }
  if (cause instanceof client.WWWAuthenticateChallengeError) {
    const body = await jsonBody(cause.response);
    const challenge = cause.cause[0]?.parameters ?? {};
    const fields = errorFields(body);
    const error = fields.error ?? text(challenge.error);
    return {
      status: cause.status,
      // RFC 6749 §5.2: a 401 from the token endpoint is the client failing to authenticate.
      error: error ?? (cause.status === 401 ? "invalid_client" : undefined),
      description: fields.description ?? text(challenge.error_description),
      uri: fields.uri ?? text(challenge.error_uri),
    };
  }
  if (cause instanceof client.ClientError && cause.cause instanceof Response) {
    return { status: cause.cause.status, ...errorFields(await jsonBody(cause.cause)) };
  }
  return undefined;
}

function errorFields(body: Record<string, unknown>): Omit<EndpointRefusal, "status"> {
  return { error: text(body.error), description: text(body.error_description), uri: text(body.error_uri) };
}

async function jsonBody(response: Response): Promise<Record<string, unknown>> {
  try {
    if (response.bodyUsed) return {};
    const json: unknown = await response.json();
    return typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}
