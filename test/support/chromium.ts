// Headless Chromium from Debian's package, launched the way this machine's closed network needs.
import { type Browser, chromium } from "playwright-core";

/**
 * Launches /usr/bin/chromium headless. Without the background-networking flags Chromium keeps opening connections
 * that the machine refuses; Playwright gives each launch a fresh profile of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
