// @oauth-dance/core/testing: test an app that uses oauth-dance without a real provider, a browser or the network.

// A store preloaded with a token (`new MemoryStorage(fake.issueToken("alice"))`), re-exported for convenience.
export { MemoryStorage } from "../storage/memory-storage.js";
export {
  type CompleteDanceOptions,
  type CompletedDance,
  completeDance,
} from "./complete-dance.js";
export {
  type FakeProvider,
  type FakeProviderCalls,
  type FakeProviderEndpoints,
  type FakeProviderOptions,
  type FakeUser,
  fakeProvider,
} from "./fake-provider.js";
