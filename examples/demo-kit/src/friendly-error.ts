// Turns what went wrong (a failed dance, a refused API call) into one sentence a person can act on.
import { type DanceErrorInfo, isDanceError } from "@oauth-dance/core";

/** The sentence for a dance that failed, from what `handle.takeError()` gave back. */
export function friendlyError(info: DanceErrorInfo, label: string): string {
  switch (info.code) {
    case "provider_error":
      return info.error === "access_denied"
        ? `You chose not to let this app use your ${label} account, so you are not logged in. Nothing was stored.`
        : `${label} could not log you in (it said "${info.error ?? "error"}"). Please try again.`;
    case "state_mismatch":
      return "That login was started in another tab, took too long, or was already used. Please log in again from this page.";
    case "missing_code":
      return `${label} sent you back without an answer. Please log in again.`;
    case "token_exchange_failed":
      return `${label} did not accept the login when the app asked for your token. Please try again.`;
    case "discovery_failed":
      return `${label} cannot be reached right now. Please try again in a moment.`;
    case "storage_failed":
      return "The app could not save your login. Make sure your browser accepts cookies from this page, then log in again.";
    case "refresh_failed":
      return `Your ${label} login has expired and could not be renewed. Please log in again.`;
    default:
      return `The login with ${label} did not work (${info.code}). Please try again.`;
  }
}

/**
 * The sentence for a stored token the provider no longer accepts: revoked, expired beyond refresh, or issued by a
 * Local ID that has since restarted (it keeps its tokens in memory).
 */
export function endedSessionMessage(error: unknown, label: string): string {
  if (isDanceError(error) && error.code === "refresh_failed") {
    return `${label} refused to renew your login (it may have restarted or revoked it). Please log in again.`;
  }
  if (isDanceError(error) && error.code === "storage_failed") {
    return "The app could not read your saved login. Please log in again.";
  }
  return `${label} no longer accepts your saved login. Please log in again.`;
}
