// Turns what a failed dance recorded into a sentence for the page.
import type { DanceErrorInfo } from "@oauth-dance/core";

export function friendlyError(info: DanceErrorInfo, label: string): string {
  switch (info.code) {
    case "provider_error":
      return info.error === "access_denied"
        ? `You did not allow this app to use your ${label} account.`
        : `${label} could not log you in (${info.error}).`;
    case "state_mismatch":
      return "That login link was stale or was opened in another browser. Please log in again.";
    case "token_exchange_failed":
      return `${label} did not accept the login. Please try again.`;
    default:
      return `The login with ${label} failed. Please try again.`;
  }
}
