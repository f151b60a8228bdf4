import type { LaunchOptions } from "puppeteer-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's Chromium with an unpacked extension. The background-networking flags matter: without
 * them Chromium keeps calling Google's services, which this project must never do.
 */
export function chromiumWithExtension(dir: string, extraArgs: string[] = []): LaunchOptions {
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: [dir],
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  };
}
