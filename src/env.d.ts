/** Set by vite.config.ts: true only in the end-to-end test build. */
declare const __E2E__: boolean;

/** The bundled ruleset's build-time tables (src/ruleset/compiled-ruleset-plugin.ts). */
declare module "virtual:compiled-ruleset" {
  const tables: import("./core/compiled-ruleset").RulesetTables;
  export default tables;
}
