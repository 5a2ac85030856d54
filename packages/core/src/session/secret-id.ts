// The ids secrets are sealed under, shared by every Fe26 implementation so their seals read each other.

/**
 * The secrets of a rotation list (newest first) by id. An id is the secret's place counted from the oldest (the
 * oldest is 1), so prepending a new secret keeps every existing id, and iron-session (which seals with the
 * highest id) picks the newest. Ids say nothing about the secrets themselves: a seal's id cannot be used to
 * check a guessed secret without the MAC work.
 */
export function secretsById(secrets: readonly string[]): Map<string, string> {
  return new Map(secrets.map((secret, index) => [String(secrets.length - index), secret]));
}

/**
 * The secrets to try on a seal, the one its id names first. The others follow because ids are positions: after
 * the oldest secret is dropped from the list, seals made under the remaining ones carry ids that moved.
 */
export function secretsToTry(byId: ReadonlyMap<string, string>, id: string): string[] {
  const named = byId.get(id);
  const rest = [...byId.values()].filter((secret) => secret !== named);
  return named === undefined ? rest : [named, ...rest];
}
