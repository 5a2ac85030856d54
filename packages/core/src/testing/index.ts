// @oauth-dance/core/testing: test an app that uses oauth-dance without a real provider, a browser or the network.

// A store preloaded with a token (`new MemoryStorage(fake.issueToken("alice"))`), re-exported for convenience.
export { MemoryStorage } from "../storage/memory-storage.js";
export {
  type CompleteDanceOptions,
  type CompletedDance,
  completeDance,
} from "./complete-dance.js";
export {
  type FakeEndpoint,
  type FakeIssuedToken,
  type FakeProvider,
  type FakeProviderCalls,
  type FakeProviderCodes,
  type FakeProviderEndpoints,
  type FakeProviderOptions,
  type FakeRequest,
  type FakeRequestRecord,
  type FakeUser,
  fakeProvider,
} from "./fake-provider.js";
