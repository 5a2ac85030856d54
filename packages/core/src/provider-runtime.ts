// A declared provider made ready for requests: options checked once, `fromConfig` applied per request (cached).
import { DanceError } from "./errors.js";
import { applyConfigValues, type ConfigSource, readFromConfig } from "./from-config.js";
import { type ClientDeps, OAuth2Client } from "./oauth2/oauth2-client.js";
import { type OAuth2Options, oauth2OptionsSchema } from "./oauth2/oauth2-options.js";
import type { Provider } from "./provider.js";
import { parseOptions } from "./schema-helpers.js";

/** Distinct `fromConfig` results kept ready; more than this means config changes per request, so start over. */
const MAX_CACHED_CLIENTS = 32;

export class ProviderRuntime {
  readonly name: string;
  readonly provider: Provider;
  /** The options as declared (fromConfig not applied); enough for redirects and API headers. */
  readonly options: Readonly<OAuth2Options>;
  readonly #deps: ClientDeps;
  readonly #clients = new Map<string, OAuth2Client>();
  readonly #static: OAuth2Client | undefined;

  constructor(name: string, provider: Provider, deps: ClientDeps) {
    this.name = name;
    this.provider = provider;
    this.options = parseOptions(oauth2OptionsSchema, provider.options, ["providers", name]) as OAuth2Options;
    this.#deps = deps;
    if (!this.options.fromConfig) this.#static = new OAuth2Client(name, this.options, deps);
  }

  /** The client for this request: the declared options, with whatever `fromConfig` finds in `source`. */
  clientFor(source: ConfigSource | undefined): OAuth2Client {
    if (this.#static) return this.#static;
    const values = readFromConfig(this.options.fromConfig, source);
    const key = JSON.stringify(values);
    let oauth = this.#clients.get(key);
    if (!oauth) {
      const resolved = applyConfigValues(this.options, values);
      if (!resolved.clientId) {
        throw new DanceError(
          "missing_config",
          `providers.${this.name}.clientId is not set: fromConfig reads it from "${this.options.fromConfig?.clientId}", which is empty`,
          { provider: this.name, step: "options" },
        );
      }
      oauth = new OAuth2Client(
        this.name,
        parseOptions(oauth2OptionsSchema, resolved, ["providers", this.name]) as OAuth2Options,
        this.#deps,
      );
      if (this.#clients.size >= MAX_CACHED_CLIENTS) this.#clients.clear();
      this.#clients.set(key, oauth);
    }
    return oauth;
  }
}
