// Comparing a secret the browser echoes (a state, a request token) without saying by timing how much of it matched.

/** Whether two strings are equal, in time that depends on their lengths only. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i % Math.max(b.length, 1));
  return diff === 0;
}
