// The people who can sign in to Local ID, and how oidc-provider looks them up.
import type { Account, FindAccount } from "oidc-provider";

export interface LocalIdUser {
  id: string;
  name: string;
  email: string;
  password: string;
}

/** Demo accounts; the password is the user id so nobody has to look it up. */
export const demoUsers: LocalIdUser[] = [
  { id: "alice", name: "Alice Example", email: "alice@example.com", password: "alice" },
  { id: "bob", name: "Bob Example", email: "bob@example.com", password: "bob" },
];

/** oidc-provider filters these claims by the granted scopes (see `claims` in provider.ts). */
export function accountFor(user: LocalIdUser): Account {
  return {
    accountId: user.id,
    claims: () => ({ sub: user.id, name: user.name, email: user.email, email_verified: true }),
  };
}

export function accountFinder(users: LocalIdUser[]): FindAccount {
  return (_ctx, sub) => {
    const user = users.find((candidate) => candidate.id === sub);
    return user ? accountFor(user) : undefined;
  };
}
