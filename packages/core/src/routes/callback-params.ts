// What the provider sent to the callback: the query string, or the form body of a `response_mode=form_post` POST.
import { DanceError } from "../errors.js";
import type { DanceRequest } from "../http/request.js";
import type { ProviderRuntime } from "../protocols/provider-runtime.js";
import type { DanceStepName } from "./dance-paths.js";

/**
 * The methods the dance answers on one of its routes: GET, POST on the callback of a form_post provider, and only
 * POST on the back-channel logout route of a provider that enabled it (none elsewhere: that route is the app's).
 */
export function allowedMethods(step: DanceStepName, runtime: ProviderRuntime): readonly string[] {
  if (step === "backchannel-logout") return runtime.acceptsBackchannelLogout ? ["POST"] : [];
  return step === "callback" && runtime.returnsByFormPost ? ["GET", "POST"] : ["GET"];
}

/**
 * The callback's parameters. A POST's form fields win over its query string's.
 *
 * @throws DanceError `invalid_options` when a POST arrives but the adapter gave the core no way to read its body.
 */
export async function callbackParams(
  request: DanceRequest,
  runtime: ProviderRuntime,
): Promise<URLSearchParams> {
  const query = request.url.searchParams;
  if (request.method !== "POST") return query;
  if (!request.readForm) {
    throw new DanceError(
      "invalid_options",
      `${runtime.name} returns with a form POST, but this adapter does not pass the request's form body (readForm)`,
      { provider: runtime.name, step: "callback" },
    );
  }
  let form: URLSearchParams;
  try {
    form = await request.readForm();
  } catch {
    // An unreadable body carries no state, so the dance fails as unmatched rather than with a 500.
    form = new URLSearchParams();
  }
  const params = new URLSearchParams(form);
  for (const [name, value] of query) if (!params.has(name)) params.append(name, value);
  return params;
}
