// @oauth-dance/core/providers/catalog: what every preset knows of its provider, as data (catalog.json is the same).
import { standardClaims } from "../handle/profile.js";
import type { OAuth1Options } from "../protocols/oauth1/oauth1-options.js";
import type { OAuth2Options } from "../protocols/oauth2/oauth2-options.js";
import type { Provider } from "../provider.js";
import * as presets from "./index.js";
import type { PresetInfo } from "./preset.js";

/** One preset in the catalogue. URLs keep `{option}` where they depend on a preset option (tenant, region, shop). */
export interface CatalogEntry {
  /** The export name: `import { <id> } from "@oauth-dance/core/providers"`. */
  id: string;
  /** The provider's name as people write it. */
  name: string;
  protocol: "oauth2" | "openid-connect" | "oauth1";
  /** The provider's own OAuth documentation. */
  docs: string;
  /** The day (`YYYY-MM-DD`) the preset's facts were last checked against `docs`; null when never recorded. */
  checked: string | null;
  /** The preset's own options (beyond `oauth2()`'s or `oauth1()`'s), and those it cannot do without. */
  options: { own: string[]; required: string[] };
  /** Endpoints as declared; for a discovered issuer, those discovery finds are absent. */
  endpoints: {
    issuer?: string;
    authorization?: string;
    token?: string;
    userinfo?: string;
    revocation?: string;
    requestToken?: string;
    accessToken?: string;
    api?: string;
  };
  /** Whether the issuer's discovery document completes the endpoints. */
  discovery: boolean;
  /** PKCE: demanded, sent by default, or broken at this provider; null for OAuth 1.0a. */
  pkce: "required" | "optional" | "unsupported" | null;
  /** What a refresh does there (`oauth2()`'s `refresh` option); null for OAuth 1.0a, which has none. */
  refresh: "none" | "standard" | "rotating" | "reuses" | null;
  /** How the client authenticates at the token endpoint, or the OAuth 1.0a signature method. */
  clientAuth: string;
  /** Whether the preset can revoke a token at logout (RFC 7009, declared or discovered). */
  revocation: "declared" | "discovered" | "none";
  scopes: { default: string[]; separator: string };
  /** What the provider does differently from RFC 6749 that the preset handles (a JSON token request, ...). */
  quirks: string[];
  /** Where `handle.profile()` reads the user, and the provider's fields it reads. */
  profile: {
    source: "endpoint" | "id_token" | "userinfo" | "token" | "none";
    url?: string;
    fields: string[];
  };
}

/** The options that make a provider unusual, and how each reads in the catalogue. */
const QUIRKS: Record<string, (value: unknown) => string> = {
  scopeSeparator: (value) => `scopes joined by \`${value}\``,
  clientIdParam: (value) => `client id as \`${value}\``,
  clientSecretParam: (value) => `secret as \`${value}\``,
  clientIdInBody: () => "client id in the body too",
  tokenRequestFormat: (value) =>
    value === "json" ? "JSON token request" : value === "get" ? "GET token request" : "",
  tokenResponse: (value) => {
    const shape = value as { unwrap?: string; tokenType?: string; error?: string };
    const parts = [
      shape.unwrap && `token in \`${shape.unwrap}\``,
      shape.tokenType && "non-bearer token type",
      shape.error && `errors in \`${shape.error}\``,
    ];
    return parts.filter(Boolean).join(", ");
  },
  responseMode: (value) => (value === "form_post" ? "form_post callback" : ""),
  signedClientSecret: () => "signed client secret",
  callbackParams: (value) => `keeps ${(value as string[]).map((name) => `\`${name}\``).join(", ")}`,
  tokenCallbackParams: (value) => `echoes ${(value as string[]).map((name) => `\`${name}\``).join(", ")}`,
  idTokenAlgorithms: (value) => `ID token ${(value as string[]).join("/")}`,
  apiClientIdHeader: (value) => `\`${value}\` header`,
  apiAuthScheme: (value) => `\`${value}\` auth scheme`,
  apiTokenParam: (value) => `token as \`${value}\` parameter`,
  tokenHeaders: () => "token request headers",
};

type AnyPreset = ((options: Record<string, unknown>) => Provider) & { info?: PresetInfo<object> };

/** Every exported preset, by id. */
export const catalog: readonly CatalogEntry[] = Object.values(presets as unknown as Record<string, unknown>)
  .filter((value): value is AnyPreset => typeof value === "function" && "info" in value)
  .map(entryOf)
  .sort((a, b) => a.id.localeCompare(b.id));

function entryOf(preset: AnyPreset): CatalogEntry {
  const info = preset.info as PresetInfo<Record<string, unknown>>;
  const own = { ...info.defaultOptions, ...info.example };
  const provider = preset({ clientId: "{clientId}", clientSecret: "{clientSecret}", ...own });
  const template = templater(own, info.options ?? []);
  const base = {
    id: info.id,
    name: info.name,
    docs: info.docs,
    checked: info.checked ?? null,
    options: { own: [...(info.options ?? [])], required: [...(info.required ?? [])] },
  };
  if (provider.kind === "oauth1") {
    const options = provider.options as OAuth1Options;
    return {
      ...base,
      protocol: "oauth1",
      endpoints: defined({
        requestToken: template(options.requestTokenUrl),
        authorization: template(options.authorizationUrl),
        accessToken: template(options.accessTokenUrl),
        api: template(options.baseUrl),
      }),
      discovery: false,
      pkce: null,
      refresh: null,
      clientAuth: options.signatureMethod ?? "HMAC-SHA1",
      revocation: "none",
      scopes: { default: [], separator: " " },
      quirks: quirksOf(options),
      profile: provider.profile ? profileOf(provider, "endpoint", template) : { source: "none", fields: [] },
    };
  }
  const options = provider.options as OAuth2Options;
  const scopes =
    typeof options.scope === "string" ? options.scope.split(/[\s,]+/) : [...(options.scope ?? [])];
  const discovery = Boolean(options.issuer && !(options.authorizationUrl && options.tokenUrl));
  const openid = options.openid ?? (scopes.includes("openid") || discovery);
  return {
    ...base,
    protocol: openid ? "openid-connect" : "oauth2",
    endpoints: defined({
      issuer: template(options.issuer),
      authorization: template(options.authorizationUrl),
      token: template(options.tokenUrl),
      userinfo: template(options.userinfoUrl),
      revocation: template(options.revocationUrl),
      api: template(options.baseUrl),
    }),
    discovery,
    pkce: options.pkceSupport ?? "optional",
    refresh: options.refresh ?? "standard",
    clientAuth: options.tokenEndpointAuthMethod ?? "client_secret_basic",
    revocation: options.revocationUrl ? "declared" : discovery ? "discovered" : "none",
    scopes: { default: scopes, separator: options.scopeSeparator ?? " " },
    quirks: quirksOf(options),
    profile: profileOf(provider, openid ? "id_token" : options.userinfoUrl ? "userinfo" : "none", template),
  };
}

function quirksOf(options: object): string[] {
  const values = options as Record<string, unknown>;
  return Object.entries(QUIRKS)
    .map(([key, describe]) => (values[key] === undefined ? "" : describe(values[key])))
    .filter(Boolean);
}

/** Puts `{option}` back where an example value of a preset option was filled into a URL. */
function templater(values: Record<string, unknown>, names: readonly string[]) {
  const filled = names
    .map((name) => [name, values[name]] as const)
    .filter((pair): pair is readonly [string, string] => typeof pair[1] === "string" && pair[1] !== "")
    .map(([name, value]) => [name, value.replace(/\/+$/, "")] as const)
    .sort((a, b) => b[1].length - a[1].length);
  return (url: string | undefined): string | undefined => {
    if (url === undefined) return undefined;
    let result = url;
    for (const [name, value] of filled) {
      for (const form of new Set([value, value.replace(/^https?:\/\//i, ""), encodeURIComponent(value)])) {
        const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        result = result.replace(new RegExp(`(^|[/.@])${escaped}(?=$|[/.:?#])`, "g"), `$1{${name}}`);
      }
    }
    return result;
  };
}

/**
 * The profile source (`fallback` when the preset names none), and the provider fields its mapping reads, recorded
 * by handing it a payload that notes what is read.
 */
function profileOf(
  provider: Provider,
  fallback: CatalogEntry["profile"]["source"],
  template: (url: string | undefined) => string | undefined,
): CatalogEntry["profile"] {
  const source = provider.profile ?? {};
  const kind = source.fromToken ? "token" : source.url ? "endpoint" : fallback;
  if (kind === "none") return { source: kind, fields: [] };
  const read = new Set<string>();
  const record = (path: string): unknown =>
    new Proxy(() => path, {
      get: (_target, key) => {
        if (key === Symbol.toPrimitive) return () => "x";
        if (typeof key === "symbol") return undefined;
        const next = /^\d+$/.test(key) ? path : path ? `${path}.${key}` : key;
        read.add(next);
        return record(next);
      },
    });
  try {
    (source.map ?? standardClaims)(record("") as never, {});
  } catch {
    // A mapping that does arithmetic on the payload reads what it read before it failed: still worth listing.
  }
  // A parent read on the way to a child (`data` of `data.id`) is no field of its own.
  const fields = [...read].filter((field) => ![...read].some((other) => other.startsWith(`${field}.`)));
  const url = template(source.url);
  return { source: kind, ...(url ? { url } : {}), fields: fields.sort() };
}

/** The record without its undefined entries (JSON leaves them out too). */
function defined(record: Record<string, string | undefined>): CatalogEntry["endpoints"] {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
