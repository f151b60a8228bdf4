import { defineConfig } from "vite";
import { compiledRulesetPlugin } from "./src/ruleset/compiled-ruleset-plugin.ts";

/**
 * The analyze CLI built to JavaScript for Node (`npm run build` writes dist/cli): it starts without
 * compiling TypeScript, and with the bundled ruleset compiled (virtual:compiled-ruleset). Packages
 * stay in node_modules (an SSR build leaves them external); jsdom is loaded only by runs that read
 * HTML. zod is bundled: loaded from node_modules it is some fifty modules to resolve and read, which
 * took half of a run's start-up before the engine.
 */
export default defineConfig({
  plugins: [compiledRulesetPlugin()],
  publicDir: false,
  ssr: { noExternal: ["zod"] },
  build: {
    ssr: true,
    outDir: "dist/cli",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { analyze: "src/cli/analyze.ts", "analyze-worker": "src/cli/analyze-worker.ts" },
      output: {
        format: "es",
        entryFileNames: "[name].js",
        chunkFileNames: "chunks/[name]-[hash].js",
      },
    },
  },
});
