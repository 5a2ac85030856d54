// @oauth-dance/demo-kit: the framework-free part of the demo apps in examples/.
export {
  type Demo,
  type DemoKit,
  type DemoKitOptions,
  type DemoOptions,
  startDemoKit,
} from "./demo-kit.js";
export { endedSessionMessage, friendlyError } from "./friendly-error.js";
export { escapeHtml, type PageView, type ProviderView, renderPage } from "./page.js";
export { type Profile, type ProfileSource, profileOf } from "./profile.js";
export { runDemo } from "./run.js";
export { VISITOR_COOKIE, visitorId } from "./visitor.js";
