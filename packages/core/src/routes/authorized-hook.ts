// The callback's last step before storing: learn the account, ask the app's `authorized` hook, read its verdict.
import { MULTIPLE_ACCOUNTS_STORE } from "../dance-options.js";
import { DanceError } from "../errors.js";
import type { Profile } from "../handle/profile.js";
import type { AuthorizedVerdict } from "../hooks.js";
import { type DanceResponse, isDanceResponse } from "../http/result.js";
import { type ProviderAccount, withAccount } from "../storage/token-account.js";
import { configuredUser } from "../storage/token-storage.js";
import type { Token } from "../token.js";
import { toDanceError } from "./dance-failure.js";
import type { RouteCall } from "./route-scope.js";

/** The most of the provider's email or name kept as an account's label: it is stored with every token. */
const MAX_LABEL = 200;

/** What the callback does next: store this token, answer with the hook's response, or neither. */
export interface AuthorizedOutcome {
  store?: Token | undefined;
  response?: DanceResponse | undefined;
}

/**
 * Marks the token with its account (`multipleAccounts`: the profile's id, the ID token's `sub` where there is
 * one), hands it to the handle for the hook's API calls, and runs the `authorized` hook.
 *
 * @throws DanceError `account_refused` when the hook refuses the account; `hook_failed` when it throws.
 */
export async function runAuthorizedHook(call: RouteCall, answered: Token): Promise<AuthorizedOutcome> {
  const { services, scope, runtime } = call;
  const provider = runtime.name;
  const tokens = scope.tokens(provider);
  const handle = scope.handle(provider);
  // The hook's handle calls the API with the new token before anything is stored.
  tokens.use(answered);
  let profile: Promise<Profile> | undefined;
  const loadProfile = () => {
    profile ??= handle.profile();
    return profile;
  };
  let account: ProviderAccount | undefined;
  let token = answered;
  if (runtime.multipleAccounts) {
    // A provider chosen per request is checked here, when a request first chooses it.
    if (!tokens.storage.accounts) {
      throw new DanceError(
        "invalid_options",
        `Invalid options: providers.${provider}.multipleAccounts ${MULTIPLE_ACCOUNTS_STORE}`,
        {
          provider,
          step: "options",
        },
      );
    }
    const { id, email, name } = await loadProfile();
    account = { id, label: (email ?? name)?.slice(0, MAX_LABEL) };
    token = withAccount(answered, account);
    tokens.use(token);
  }
  const { hooks } = services;
  if (!hooks.authorized) return { store: token };
  let verdict: unknown;
  try {
    verdict = await hooks.authorized({
      provider,
      token,
      request: scope.request,
      native: scope.native,
      handle,
      user: await currentUser(call),
      account,
      profile: loadProfile as <Raw>() => Promise<Profile<Raw>>,
    });
  } catch (error) {
    throw toDanceError(error, provider, "callback");
  }
  if (isDanceResponse(verdict)) return { response: verdict };
  if (verdict === false) return {};
  if (isVerdict(verdict) && "refuse" in verdict) {
    throw new DanceError("account_refused", String(verdict.refuse), { provider, step: "callback" });
  }
  // Storing for another user drops the token the handle holds: it is the one stored, as that user's.
  if (isVerdict(verdict) && "user" in verdict) handle.config.userId = verdict.user;
  return { store: token };
}

/** The app user the token would be stored for: the handle's config, else what the store's `user` finds. */
async function currentUser(call: RouteCall): Promise<string | undefined> {
  const tokens = call.scope.tokens(call.runtime.name);
  const ctx = tokens.context();
  const configured = configuredUser(ctx.config);
  if (configured !== undefined) return String(configured);
  try {
    return await tokens.storage.userOf?.(ctx);
  } catch (cause) {
    throw new DanceError(
      "storage_failed",
      `The token store could not find the app's user for ${ctx.provider}`,
      {
        provider: ctx.provider,
        step: "callback",
        cause,
      },
    );
  }
}

function isVerdict(value: unknown): value is AuthorizedVerdict {
  return typeof value === "object" && value !== null && ("user" in value || "refuse" in value);
}
