// What every preset shares: its options are oauth2()'s (or oauth1()'s), with the provider's endpoints filled in.
import { DanceError } from "../errors.js";
import type { ProfileSource } from "../handle/profile.js";
import type { OAuth1Options } from "../protocols/oauth1/oauth1-options.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import type { OAuth2Options } from "../protocols/oauth2/oauth2-options.js";
import {
  type OAuth1Provider,
  type OAuth2Provider,
  type PerRequestProvider,
  type Provider,
  type ProviderRequest,
  providerFrom,
  withProfile,
} from "../provider.js";

/** A preset takes `oauth2()`'s options; any endpoint it fills in can still be overridden (self-hosting, tests). */
export type PresetOptions = OAuth2Options;

/** An OAuth 1.0a preset takes `oauth1()`'s options; the endpoints it fills in may be left out, or overridden. */
export type OAuth1PresetOptions = Omit<
  OAuth1Options,
  "requestTokenUrl" | "authorizationUrl" | "accessTokenUrl"
> &
  Partial<Pick<OAuth1Options, "requestTokenUrl" | "authorizationUrl" | "accessTokenUrl">>;

/**
 * For OAuth 1.0a presets: when neither `fromConfig` nor a `clientKey` is passed, reads the options named in
 * `keys` (`{ clientKey: "TWITTER_API_KEY", clientSecret: "TWITTER_API_SECRET" }`).
 */
export function withOAuth1FromConfig(
  options: Pick<OAuth1Options, "clientKey" | "fromConfig">,
  keys: Record<string, string>,
): { fromConfig?: Record<string, string> } {
  if (options.fromConfig) return { fromConfig: options.fromConfig };
  if (options.clientKey) return {};
  return { fromConfig: { ...keys } };
}

/** The preset-specific options of a preset that has none. */
export type NoOptions = Record<never, never>;

/** What the providers table and the tests know about a preset, beside the provider it builds. */
export interface PresetInfo<O extends object = NoOptions> {
  /** The export name, lower case; config keys are `<ID>_CLIENT_ID` and `<ID>_CLIENT_SECRET`. */
  id: string;
  /** The provider's name as people write it. */
  name: string;
  /** Where the provider documents its OAuth endpoints. */
  docs: string;
  /** The day (`YYYY-MM-DD`) the preset's facts were last checked against `docs`. */
  checked?: string;
  /** The preset's own options, beyond `oauth2()`'s. */
  options?: readonly (keyof O & string)[];
  /** Own options the preset cannot build its URLs without. */
  required?: readonly (keyof O & string)[];
  /** Values of own options that fill `{name}` templates when the app passes none. */
  defaultOptions?: Partial<O>;
  /** Own options that make a working example (documentation and tests), for presets with required options. */
  example?: Partial<O>;
}

/** What a preset is called with: its own options and `oauth2()`'s. */
export type PresetArguments<O extends object> = O & Omit<PresetOptions, keyof O>;

/**
 * A preset: a function from options to a provider, carrying its `info`. Given a function of the request instead,
 * it makes a provider chosen per request (a tenant per host).
 */
export type Preset<O extends object = NoOptions, P extends Provider = OAuth2Provider> = ((
  options: (request: ProviderRequest) => PresetArguments<O> | Promise<PresetArguments<O>>,
) => PerRequestProvider) &
  (NoOptions extends O ? (options?: PresetArguments<O>) => P : (options: PresetArguments<O>) => P) & {
    readonly info: PresetInfo<O>;
  };

/** The options an OAuth 1.0a preset's build function takes. */
export type OAuth1OptionsOf<Build> = Build extends (options: infer O) => OAuth1Provider
  ? NonNullable<O> & object
  : never;

/**
 * An OAuth 1.0a preset: the function from its options to a provider, carrying its `info`. Given a function of the
 * request instead, it makes a provider chosen per request.
 */
export type OAuth1Preset<Build extends (options: never) => OAuth1Provider> = ((
  options: (request: ProviderRequest) => OAuth1OptionsOf<Build> | Promise<OAuth1OptionsOf<Build>>,
) => PerRequestProvider) &
  Build & { readonly info: PresetInfo<OAuth1OptionsOf<Build>> };

/** Declares an OAuth 1.0a preset: the function that builds its provider, with what the catalogue knows of it. */
export function oauth1Preset<Build extends (options: never) => OAuth1Provider>(
  info: PresetInfo<OAuth1OptionsOf<Build>>,
  build: Build,
): OAuth1Preset<Build> {
  const preset = (options?: OAuth1OptionsOf<Build> | ((request: ProviderRequest) => unknown)) =>
    providerFrom(
      options as OAuth1OptionsOf<Build>,
      build as unknown as (options: OAuth1OptionsOf<Build>) => OAuth1Provider,
    );
  return Object.assign(preset, { info }) as unknown as OAuth1Preset<Build>;
}

/** How an OAuth 2 preset is declared: data, plus a profile mapping. */
export interface OAuth2PresetSpec<O extends object, Raw> extends PresetInfo<O> {
  /**
   * The provider's endpoints and quirks, as `oauth2()` options. `{name}` in a URL is filled from the preset
   * option of that name: a host after `://`, a URL at the start, a path segment elsewhere. A function receives
   * the own options (with `defaultOptions` applied) for what templates cannot say.
   */
  oauth2: OAuth2Options | ((options: O) => OAuth2Options);
  /**
   * Where `handle.profile()` reads the user from. Default: the ID token's claims, else `userinfoUrl`. A function
   * receives the own options, for presets whose flows differ (Slack).
   */
  profile?: ProfileSource<Raw> | ((options: O) => ProfileSource<Raw>);
  /** Replaces the default `fromConfig` (`<ID>_CLIENT_ID`, `<ID>_CLIENT_SECRET`) when the app passes no client id. */
  fromConfig?: Record<string, string>;
}

/** Option maps an app's value is merged into rather than replacing the preset's. */
const MERGED = ["authorizationParams", "tokenParams", "apiHeaders", "tokenHeaders"] as const;
/** Options that may hold `{name}` templates. */
const TEMPLATED = [
  "issuer",
  "authorizationUrl",
  "tokenUrl",
  "userinfoUrl",
  "revocationUrl",
  "baseUrl",
] as const;

/**
 * Declares an OAuth 2 preset from data: the provider's endpoints and quirks, its own options, its profile
 * mapping. The app's `oauth2()` options override the preset's (maps such as `authorizationParams` are merged).
 *
 * @throws DanceError `invalid_options` when a required own option is missing or a template value is malformed.
 */
export function oauth2Preset<O extends object = NoOptions, Raw = Record<string, unknown>>(
  spec: OAuth2PresetSpec<O, Raw>,
): Preset<O> {
  const { id, oauth2: declared, fromConfig } = spec;
  const ownNames = new Set<string>(spec.options ?? []);
  const build = (options: Record<string, unknown> = {}): OAuth2Provider => {
    const own: Record<string, unknown> = { ...spec.defaultOptions };
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) {
      if (ownNames.has(key)) {
        if (value !== undefined) own[key] = value;
      } else rest[key] = value;
    }
    for (const name of spec.required ?? []) {
      if (own[name] === undefined || own[name] === "") throw presetError(id, name, "Required");
    }
    const base = typeof declared === "function" ? declared(own as O) : declared;
    const filled: Record<string, unknown> = { ...base };
    for (const key of TEMPLATED) {
      const url = base[key];
      if (typeof url === "string" && rest[key] === undefined) filled[key] = fillTemplate(id, url, own);
    }
    const merged: Record<string, unknown> = { ...filled, ...rest };
    for (const key of MERGED) {
      if (base[key] || rest[key]) merged[key] = { ...base[key], ...(rest[key] as object | undefined) };
    }
    const prefix = id.toUpperCase();
    const defaults = fromConfig ?? {
      clientId: `${prefix}_CLIENT_ID`,
      clientSecret: `${prefix}_CLIENT_SECRET`,
    };
    if (rest.fromConfig === undefined && !rest.clientId) merged.fromConfig = { ...defaults };
    const provider = oauth2(merged as OAuth2Options);
    const profile = typeof spec.profile === "function" ? spec.profile(own as O) : spec.profile;
    if (!profile) return provider;
    // A user endpoint on a templated host (self-hosted GitLab) is filled like the other URLs.
    if (!profile.url?.includes("{")) return withProfile(provider, profile);
    return withProfile(provider, { ...profile, url: fillTemplate(id, profile.url, own) });
  };
  const preset = (options?: Record<string, unknown> | ((request: ProviderRequest) => unknown)) =>
    providerFrom(options as Record<string, unknown> | undefined, build);
  return Object.assign(preset, { info: spec }) as unknown as Preset<O>;
}

/**
 * Fills `{name}` in a URL template from the preset's options.
 *
 * @throws DanceError `invalid_options` naming the option when it is missing or not a host / URL.
 */
export function fillTemplate(id: string, template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string, offset: number) => {
    const value = values[name];
    if (typeof value !== "string" || !value) throw presetError(id, name, "Required");
    const trimmed = value.replace(/\/+$/, "");
    if (offset === 0) {
      if (!/^https?:\/\/[^\s?#]+$/i.test(trimmed)) throw presetError(id, name, "must be an http(s) URL");
      return trimmed;
    }
    if (template.slice(offset - 3, offset) === "://") {
      const host = trimmed.replace(/^https?:\/\//i, "");
      if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host)) throw presetError(id, name, "must be a host name");
      return host;
    }
    return encodeURIComponent(value);
  });
}

function presetError(id: string, option: string, problem: string): DanceError {
  return new DanceError("invalid_options", `Invalid options: ${id}().${option}: ${problem}`, {
    step: "options",
  });
}
