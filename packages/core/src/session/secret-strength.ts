// Refusing sealing secrets that are long but guessable ("a".repeat(32), "0123456789abcdef" twice).

/** What a good secret looks like, and how to make one: said with every refusal. */
export const HOW_TO_MAKE_A_SECRET =
  "use 32 or more random characters, for example the output of `openssl rand -base64 32` or " +
  "`node -e \"console.log(require('crypto').randomBytes(32).toString('base64url'))\"`";

const MIN_LENGTH = 32;
/** Bits of entropy the characters' own frequencies must account for; random text of 32 characters has well over. */
const MIN_ESTIMATED_BITS = 80;

/**
 * Why a secret is too weak to seal with, or undefined when it is fine. Length alone says little: the secret
 * must not repeat itself, climb in even steps, or lean on a handful of characters. This cannot prove a secret
 * random (a long English phrase passes); it catches the placeholders that end up in production.
 *
 * @example weakSecretReason("a".repeat(32)) // "it uses too few different characters ..."
 */
export function weakSecretReason(secret: string): string | undefined {
  if (secret.length < MIN_LENGTH) return `must be at least ${MIN_LENGTH} characters`;
  if (repeatsItself(secret)) return "it repeats itself";
  if (climbsInEvenSteps(secret)) return "it is mostly a run of repeated or neighbouring characters";
  if (estimatedBits(secret) < MIN_ESTIMATED_BITS) return "it uses too few different characters";
  return undefined;
}

/** Whether the text is a shorter piece said at least twice ("abcabcabc..."). */
function repeatsItself(text: string): boolean {
  for (let period = 1; period <= text.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < text.length && repeats; i++) repeats = text[i] === text[i - period];
    if (repeats) return true;
  }
  return false;
}

/** Whether most neighbours differ by the same step ("0123456789abcdef", "zyxwvu..."). */
function climbsInEvenSteps(text: string): boolean {
  const steps = new Map<number, number>();
  for (let i = 1; i < text.length; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  return Math.max(...steps.values()) * 2 > text.length - 1;
}

/** Length times the Shannon entropy of the text's own character frequencies. */
function estimatedBits(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * text.length;
}
