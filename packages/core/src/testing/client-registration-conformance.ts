// What every ClientRegistrationStore must do, as a vitest suite: MemoryRegistrationStore and KnexStorage run it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type ClientRegistrationKey,
  type ClientRegistrationStore,
  clientRegistrationKey,
  type RegisteredClient,
} from "../storage/client-registration-store.js";

/** A fresh, empty store for one test, and how to close it afterwards. */
export interface RegistrationStoreUnderTest {
  store: ClientRegistrationStore;
  close(): Promise<void> | void;
}

const ISSUER = "https://id.example.com";

function clientNamed(id: string, extra: Record<string, unknown> = {}): RegisteredClient {
  return {
    client_id: id,
    client_secret: `secret-of-${id}`,
    client_secret_expires_at: 0,
    redirect_uris: ["https://app.example.com/login/corp/authorized"],
    token_endpoint_auth_method: "client_secret_basic",
    ...extra,
  };
}

/**
 * Registers the conformance suite of client registration stores, in a vitest `describe` block titled
 * `${name}: client registration store conformance`. Each test gets a fresh store from `open`: a client comes
 * back as it was stored, keys are kept apart, the first client stored for a key is kept and returned to every
 * later `addClient` (also when 20 race), and `deleteClient` makes room for a new one.
 *
 * Needs vitest (an optional peer dependency of `@oauth-dance/core`).
 *
 * @example
 * describeClientRegistrationStoreConformance("MyStore", async () => {
 *   const store = new MyStore();
 *   return { store, close: () => store.clear() };
 * });
 */
export function describeClientRegistrationStoreConformance(
  name: string,
  open: () => Promise<RegistrationStoreUnderTest>,
): void {
  describe(`${name}: client registration store conformance`, () => {
    let opened: RegistrationStoreUnderTest;
    let store: ClientRegistrationStore;
    let key: ClientRegistrationKey;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      key = await clientRegistrationKey(ISSUER, {
        redirect_uris: [`https://app.example.com/${Math.random()}`],
      });
    });
    afterEach(() => opened.close());

    it("finds no client for a key nothing was stored under", async () => {
      expect(await store.getClient(key)).toBeUndefined();
    });

    it("gives back a stored client as it was stored, nested metadata and numbers included", async () => {
      const registered = clientNamed("first", {
        client_secret_expires_at: 1_900_000_000,
        client_id_issued_at: 1_700_000_000,
        registration_access_token: "rat-1",
        registration_client_uri: `${ISSUER}/reg/first`,
        jwks: { keys: [{ kty: "EC", crv: "P-256", x: "x", y: "y" }] },
        client_name: "Ünïcode app ✓",
      });
      expect(await store.addClient(key, registered)).toEqual(registered);
      expect(await store.getClient(key)).toEqual(registered);
    });

    it("keeps the first client stored for a key and returns it to a later addClient", async () => {
      await store.addClient(key, clientNamed("first"));
      expect(await store.addClient(key, clientNamed("second"))).toEqual(clientNamed("first"));
      expect((await store.getClient(key))?.client_id).toBe("first");
    });

    it("returns one client to 20 racing addClient calls for a key, the one it then keeps", async () => {
      const kept = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.addClient(key, clientNamed(`racer-${i}`))),
      );
      const winner = (await store.getClient(key))?.client_id;
      expect(winner).toMatch(/^racer-/);
      expect(new Set(kept.map((client) => client.client_id))).toEqual(new Set([winner]));
    });

    it("keeps clients of other keys and other issuers apart", async () => {
      const redirect_uris = [`https://app.example.com/${Math.random()}`];
      const otherMetadata = await clientRegistrationKey(ISSUER, { redirect_uris });
      const otherIssuer = await clientRegistrationKey("https://other-id.example.com", { redirect_uris });
      key = await clientRegistrationKey(ISSUER, { redirect_uris, client_name: "mine" });
      await store.addClient(key, clientNamed("mine"));
      await store.addClient(otherMetadata, clientNamed("other-metadata"));
      await store.addClient(otherIssuer, clientNamed("other-issuer"));
      expect((await store.getClient(key))?.client_id).toBe("mine");
      expect((await store.getClient(otherMetadata))?.client_id).toBe("other-metadata");
      expect((await store.getClient(otherIssuer))?.client_id).toBe("other-issuer");
    });

    it("deletes a client, after which another can be stored for the key; deleting an absent one is no error", async () => {
      await store.deleteClient(key);
      await store.addClient(key, clientNamed("old"));
      await store.deleteClient(key);
      expect(await store.getClient(key)).toBeUndefined();
      expect((await store.addClient(key, clientNamed("new"))).client_id).toBe("new");
      expect((await store.getClient(key))?.client_id).toBe("new");
    });

    it("hands out copies: changing a client it returned does not change what it keeps", async () => {
      const returned = await store.addClient(key, clientNamed("first"));
      returned.client_secret = "changed";
      const found = (await store.getClient(key)) as RegisteredClient;
      found.client_id = "changed";
      expect(await store.getClient(key)).toEqual(clientNamed("first"));
    });
  });
}
