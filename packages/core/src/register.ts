// Typing `req.oauth` / `c.var.oauth` / `ctx.state.oauth` with the app's own provider names, in every adapter.
import type { Dance } from "./dance.js";
import type { Handles } from "./request-context.js";

/**
 * Register your dance once to type the handles adapters expose:
 * `declare module "@oauth-dance/core" { interface Register { dance: typeof dance } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the app through declaration merging.
export interface Register {}

/** The handles of the registered dance, or handles by any name when none is registered. */
export type RegisteredHandles = Register extends { dance: Dance<infer P> } ? Handles<P> : Handles;
