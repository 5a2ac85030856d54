// A store that keeps nothing: every read finds no token. For apps that only need the login, not later API calls.
import type { Token } from "../token.js";
import type { TokenStorage } from "./token-storage.js";

export class NullStorage implements TokenStorage {
  async get(): Promise<Token | undefined> {
    return undefined;
  }
  async set(): Promise<void> {}
  async delete(): Promise<void> {}
}
