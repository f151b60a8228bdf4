import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import { defineConfig, type Plugin } from "vite";
import baseManifest from "./manifest.json" with { type: "json" };
import { compiledRulesetPlugin } from "./src/ruleset/compiled-ruleset-plugin.ts";

type Target = "chrome" | "firefox";

/** Firefox has no MV3 service workers: it gets an event page and the gecko settings instead. */
function manifestFor(target: Target): ManifestV3Export {
  const { background, ...rest } = baseManifest;
  if (target === "chrome") return { ...rest, background } as ManifestV3Export;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: "module" },
    browser_specific_settings: {
      gecko: {
        id: "source-context@example.org",
        // 140: CSS Custom Highlight API and data_collection_permissions (desktop); Debian's ESR is 140.
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
      // Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: "142.0" },
    },
  } as ManifestV3Export;
}

/**
 * zod probes for `new Function` to decide whether to JIT-compile parsers. Extension code must never
 * evaluate strings (store policies, our CSP), so the probe is replaced by its CSP-blocked answer.
 * The build fails if zod changes shape, rather than silently shipping the probe again.
 */
function zodWithoutEval(): Plugin {
  const probe = /const F = Function;\s*new F\(""\);\s*return true;/;
  return {
    name: "zod-without-eval",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!probe.test(code)) this.error("zod's eval probe was not found: update zodWithoutEval()");
      return { code: code.replace(probe, "return false;"), map: null };
    },
  };
}

/**
 * The data files under src/ document themselves in a top-level "about" text, which no extension
 * code reads: the bundle leaves it out (about 12 KB of the content script's lexicons).
 */
function jsonWithoutDocs(): Plugin {
  return {
    name: "json-without-docs",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.json$/.test(id)) return null;
      const data: unknown = JSON.parse(code);
      if (typeof data !== "object" || data === null || Array.isArray(data) || !("about" in data)) {
        return null;
      }
      const { about: _, ...rest } = data as Record<string, unknown>;
      return { code: JSON.stringify(rest), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === "firefox" ? "firefox" : "chrome";
  // A test-only build opens extension pages on request (Firefox's BiDi cannot navigate to them).
  const e2e = process.env.SOURCE_CONTEXT_E2E === "1";
  return {
    plugins: [
      zodWithoutEval(),
      jsonWithoutDocs(),
      compiledRulesetPlugin(),
      crx({ manifest: manifestFor(target), browser: target }),
    ],
    define: { __E2E__: JSON.stringify(e2e) },
    build: {
      outDir: `dist/${e2e ? "e2e-" : ""}${target}`,
      emptyOutDir: true,
      target: "es2022",
      minify: true,
      sourcemap: false,
      // Vite's preload helper would add <link rel=modulepreload> elements to the page (and scan
      // its links on every dynamic import): the content script must never touch the page's DOM.
      modulePreload: false,
      rolldownOptions: {
        // zod in a chunk of its own, so the content script evaluates it in a task of its own.
        output: { codeSplitting: { groups: [{ name: "zod", test: /node_modules[\\/]zod[\\/]/ }] } },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
  };
});
