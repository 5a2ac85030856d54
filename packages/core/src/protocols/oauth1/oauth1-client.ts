// One OAuth 1.0a provider made ready for requests: its signer, and signed form POSTs to its token endpoints.
import { DanceError, type DanceErrorCode, type DanceStep } from "../../errors.js";
import type { Token } from "../../token.js";
import { LogoutTokenRefused, type VerifiedLogout } from "../logout-token-checks.js";
import type {
  CallbackRefusal,
  ClientDeps,
  DanceInFlight,
  ProtocolClient,
  StartedDance,
} from "../protocol.js";
import { callbackKey, callbackRefusal, finishDance, startDance } from "./oauth1-flow.js";
import type { OAuth1Options } from "./oauth1-options.js";
import { normalizeQuery, OAuth1Signer } from "./oauth1-signer.js";

/** Provider answers longer than this are not read further (a token response is a few hundred bytes). */
const MAX_RESPONSE_CHARS = 64 * 1024;

const FORM_TYPE = "application/x-www-form-urlencoded";

export class OAuth1Client implements ProtocolClient {
  readonly name: string;
  readonly options: Readonly<OAuth1Options>;
  readonly signer: OAuth1Signer;
  readonly #deps: ClientDeps;

  constructor(name: string, options: Readonly<OAuth1Options>, deps: ClientDeps) {
    this.name = name;
    this.options = options;
    this.#deps = deps;
    this.signer = new OAuth1Signer({
      clientKey: options.clientKey as string,
      clientSecret: options.clientSecret,
      signatureMethod: options.signatureMethod,
      rsaPrivateKey: options.rsaPrivateKey,
      provider: name,
    });
  }

  /**
   * POSTs a signed form to a token endpoint and reads the form-encoded answer.
   * Any refusal or malformed answer becomes a DanceError with `code`, carrying the provider's own words.
   */
  async postForTokens(
    url: string,
    protocol: Record<string, string>,
    form: Record<string, string>,
    token: { key: string; secret: string } | undefined,
    code: DanceErrorCode,
    step: DanceStep,
  ): Promise<Record<string, string>> {
    const target = normalizeQuery(url);
    const body = new URLSearchParams(form);
    const params = await this.signer.sign({ method: "POST", url: target, form: body, protocol }, { token });
    const placed = this.#place(params, target, body);
    let response: Response;
    let text: string;
    try {
      response = await (this.#deps.fetch ?? fetch)(placed.url, {
        method: "POST",
        headers: { ...placed.headers, "Content-Type": FORM_TYPE },
        body: body.toString(),
        signal: AbortSignal.timeout(this.#deps.timeout * 1000),
        redirect: "manual",
      });
      text = (await response.text()).slice(0, MAX_RESPONSE_CHARS);
    } catch (cause) {
      throw new DanceError(code, `${this.name} could not be reached`, { provider: this.name, step, cause });
    }
    const fields = parseForm(text);
    if (!response.ok) {
      // `oauth_problem` is the OAuth Problem Reporting extension (Jira and other Atlassian servers send it).
      const problem = (fields.error ?? fields.oauth_problem)?.slice(0, 200);
      const message = problem ?? firstLine(text);
      throw new DanceError(code, `${this.name} refused (HTTP ${response.status}): ${message}`, {
        provider: this.name,
        step,
        error: problem ?? `http_${response.status}`,
        errorDescription: message,
      });
    }
    if (!fields.oauth_token || !fields.oauth_token_secret) {
      throw new DanceError(code, `${this.name} answered without oauth_token and oauth_token_secret`, {
        provider: this.name,
        step,
        errorDescription: firstLine(text),
      });
    }
    return fields;
  }

  /** OAuth 1.0a has no scopes: what a token may do is set on the application. */
  readonly scopes = { configured: [], optional: [], incremental: false } as const;

  start(callbackUrl: string): Promise<StartedDance> {
    return startDance(this, callbackUrl);
  }

  /** OAuth 1 sends the browser with the request token in the query, as the dance built it. */
  async authorizationRedirect(url: URL): Promise<URL> {
    return url;
  }

  callbackKey(params: URLSearchParams): string | null {
    return callbackKey(params);
  }

  async refusal(params: URLSearchParams): Promise<CallbackRefusal | undefined> {
    return callbackRefusal(params);
  }

  finish(dance: DanceInFlight, params: URLSearchParams): Promise<Token> {
    return finishDance(this, dance, params);
  }

  isUsable(token: Token | undefined): token is Token {
    return Boolean(token?.oauth_token && token.oauth_token_secret);
  }

  /** OAuth 1.0a tokens do not expire, and there is nothing to refresh them with. */
  canRefresh(): boolean {
    return false;
  }

  readonly refreshSkew = 0;

  async refresh(): Promise<Token> {
    throw new DanceError("refresh_failed", `${this.name} tokens (OAuth 1.0a) cannot be refreshed`, {
      provider: this.name,
      step: "refresh",
    });
  }

  isDeadRefreshToken(): boolean {
    return false;
  }

  /** OAuth 1.0a has no revocation endpoint: logging out only forgets the token. */
  async revoke(): Promise<boolean> {
    return false;
  }

  async userinfoUrl(): Promise<string | undefined> {
    return undefined;
  }
  /** OAuth 1.0a has no federated logout. */
  async endSessionUrl(): Promise<URL | undefined> {
    return undefined;
  }

  /** OAuth 1.0a has no back-channel logout. */
  async verifyLogoutToken(): Promise<VerifiedLogout> {
    throw new LogoutTokenRefused("this provider has no back-channel logout");
  }

  async sendWithToken(
    request: Request,
    token: Token,
    send: (request: Request) => Promise<Response>,
  ): Promise<Response> {
    return send(await this.authorize(request, token));
  }

  /** Signs an API request with the user's token; query and form-body parameters are part of the signature. */
  async authorize(request: Request, token: Token): Promise<Request> {
    // A retry hands back the request signed last time: its oauth_* parameters are replaced, not signed over.
    const url = normalizeQuery(withoutProtocolParams(new URL(request.url)).href);
    const isForm = (request.headers.get("content-type") ?? "").toLowerCase().startsWith(FORM_TYPE);
    const form = isForm
      ? withoutProtocolParams(new URLSearchParams(await request.clone().text()))
      : undefined;
    const credentials = {
      token: { key: String(token.oauth_token), secret: String(token.oauth_token_secret) },
    };
    const params = await this.signer.sign(
      { method: request.method, url, ...(form ? { form } : {}) },
      credentials,
    );
    // A form body can carry the parameters; any other request carries them in the header (RFC 5849 §3.5.2).
    const location =
      this.options.signatureLocation === "body" && !form ? "header" : this.options.signatureLocation;
    const placed = this.#place(params, url, form ?? new URLSearchParams(), location);
    const headers = new Headers(request.headers);
    for (const [name, value] of Object.entries(placed.headers)) headers.set(name, value);
    const rebuild = placed.url !== request.url || location === "body";
    if (!rebuild) return new Request(request, { headers });
    const body = form ? placed.body.toString() : request.body ? await request.arrayBuffer() : undefined;
    return new Request(placed.url, {
      method: request.method,
      headers,
      ...(body === undefined ? {} : { body }),
      signal: request.signal,
      redirect: request.redirect,
    });
  }

  /** Puts the signed `oauth_*` parameters where the provider wants them (RFC 5849 §3.5). */
  #place(
    params: Record<string, string>,
    url: string,
    body: URLSearchParams,
    location = this.options.signatureLocation ?? "header",
  ): { url: string; body: URLSearchParams; headers: Record<string, string> } {
    if (location === "header") return { url, body, headers: { Authorization: this.signer.header(params) } };
    if (location === "body") {
      for (const [name, value] of Object.entries(params)) body.append(name, value);
      return { url, body, headers: {} };
    }
    const withQuery = new URL(url);
    for (const [name, value] of Object.entries(params)) withQuery.searchParams.append(name, value);
    return { url: normalizeQuery(withQuery.href), body, headers: {} };
  }
}

/** Drops `oauth_*` parameters (a URL's query, or a form): only the signer sets those. */
function withoutProtocolParams<T extends URL | URLSearchParams>(target: T): T {
  const params: URLSearchParams = target instanceof URL ? target.searchParams : (target as URLSearchParams);
  for (const name of [...params.keys()]) if (name.startsWith("oauth_")) params.delete(name);
  return target;
}

/** Reads a form-encoded body; malformed input yields what could be read, never an exception. */
function parseForm(body: string): Record<string, string> {
  try {
    return Object.fromEntries(new URLSearchParams(body));
  } catch {
    return {};
  }
}

function firstLine(body: string): string {
  return body.split("\n", 1)[0]?.slice(0, 200) || "(empty answer)";
}
