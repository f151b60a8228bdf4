import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import puppeteer, { type Browser, type Target } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumWithExtension } from "../../src/cli/chromium";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import {
  BROWSERS,
  type BrowserName,
  extensionDir,
  openExtensionPage,
  type Session,
  waitForContentScript,
} from "./browsers";
import { settledState } from "./page-state";

/**
 * A proxy that answers nothing and remembers every request sent to it. The browsers send it all
 * their traffic except loopback, so any request that leaves the machine, from any context (the
 * service worker or event page included), shows up here.
 */
async function trapProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on("connect", (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("proxy has no port");
  return {
    port: address.port,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function launchBehindProxy(name: BrowserName, proxyPort: number): Promise<Browser> {
  const dir = extensionDir(name);
  if (name === "chromium") {
    return puppeteer.launch(
      chromiumWithExtension(dir, [`--proxy-server=http://127.0.0.1:${proxyPort}`]),
    );
  }
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
    headless: true,
    extraPrefsFirefox: {
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": proxyPort,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": proxyPort,
      "network.proxy.allow_hijacking_localhost": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "app.update.enabled": false,
    },
  });
  await browser.installExtension(dir);
  return browser;
}

/** Every request from every target: CDP Network domain per target (Chromium), page events (Firefox). */
function watchRequests(browser: Browser, name: BrowserName): string[] {
  const seen: string[] = [];
  const watched = new Set<Target>();
  const watch = async (target: Target) => {
    // The browser's own UI (chrome:// WebUI) is not the extension; everything else is watched.
    if (watched.has(target) || target.type() === "browser" || /^chrome:/.test(target.url())) return;
    watched.add(target);
    const from = `${target.type()} ${target.url()}`;
    if (name === "chromium") {
      const cdp = await target.createCDPSession().catch(() => null);
      if (!cdp) return;
      cdp.on("Network.requestWillBeSent", (event) => seen.push(`${event.request.url} (${from})`));
      await cdp.send("Network.enable").catch(() => undefined);
    } else {
      const page = await target.page().catch(() => null);
      page?.on("request", (request) => seen.push(`${request.url()} (${from})`));
    }
  };
  for (const target of browser.targets()) void watch(target);
  browser.on("targetcreated", (target: Target) => void watch(target));
  return seen;
}

/**
 * The browsers' own services (Chromium's updater, clock and sign-in probes, Firefox's Remote
 * Settings) keep calling home despite the flags that quiet them: that traffic is the browser's,
 * and the extension has no reason to reach these hosts. Any other host reaching the trap fails.
 */
const BROWSER_SERVICES =
  /^(?:CONNECT |[A-Z]+ https?:\/\/)(?:[\w-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)[:/]/;

/** Loads the page's own server, the extension's own files, and inline data: nothing else. */
const allowed = (url: string, origin: string) =>
  url.startsWith(`${origin}/`) ||
  /^(chrome-extension|moz-extension):\/\//.test(url) ||
  /^(data|blob|about):/.test(url);

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
});
afterAll(() => server.close());

describe.each(BROWSERS)("privacy, %s", (name) => {
  it("makes no network request while the seed is analysed and the popup and options are open", async () => {
    const proxy = await trapProxy();
    const browser = await launchBehindProxy(name, proxy.port);
    const session: Session = { browser, name, close: () => browser.close() };
    try {
      const requests = watchRequests(browser, name);
      const page = await browser.newPage();
      await page.goto(`${server.url}/seed/article.html`, { waitUntil: "load" });
      await waitForContentScript(page);
      expect((await settledState(page)).status).toBe("done");
      for (const which of ["popup", "options"] as const) {
        const extensionPage = await openExtensionPage(session, page, which);
        // A page's first loads can precede the watch's attaching to it: loaded again, it is watched.
        if (name === "chromium") await extensionPage.reload({ waitUntil: "load" });
        await new Promise((r) => setTimeout(r, 1000));
        await extensionPage.close();
      }

      // The watch is live: it saw the seed page itself and, in Chromium, the popup's own files.
      expect(requests.some((r) => r.startsWith(`${server.url}/seed/article.html`))).toBe(true);
      if (name === "chromium") {
        expect(
          requests.some((r) => /^chrome-extension:\/\/.*\(page chrome-extension:/.test(r)),
        ).toBe(true);
      }
      expect(requests.filter((r) => !allowed(r, server.url))).toEqual([]);
      const browserOwn = proxy.seen.filter((r) => BROWSER_SERVICES.test(r));
      const leaks = proxy.seen.filter((r) => !BROWSER_SERVICES.test(r));
      // The trap is live: a request the page itself sends out reaches it.
      await page.evaluate(() => fetch("http://trap.invalid/probe").catch(() => undefined));
      expect(proxy.seen.some((r) => r.includes("trap.invalid"))).toBe(true);
      if (browserOwn.length > 0)
        console.log(`[privacy ${name}] browser's own: ${browserOwn.join(", ")}`);
      expect(leaks).toEqual([]);
    } finally {
      await browser.close();
      await proxy.close();
    }
  });
});

describe.each(BROWSERS)("built extension, %s", (name) => {
  const dir = extensionDir(name);
  const manifest = () => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));

  it("never evaluates strings: no eval or Function constructor in its code", () => {
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".js"),
    );
    expect(files.length).toBeGreaterThan(3);
    const offending = files.filter((f) => {
      const code = readFileSync(join(dir, f), "utf8");
      return /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(code);
    });
    expect(offending).toEqual([]);
  });

  it("has a strict CSP on its pages and asks for storage only", () => {
    const m = manifest();
    const csp: string = m.content_security_policy?.extension_pages ?? "";
    const script = csp.split(";").find((d) => d.trim().startsWith("script-src"));
    expect(script?.trim()).toBe("script-src 'self'");
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    expect(m.permissions).toEqual(["storage"]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
  });
});
