import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import type { Plugin } from "vite";
import type * as BundledTables from "./bundled-tables";

const ID = "virtual:compiled-ruleset";
const RESOLVED = `\0${ID}`;

/**
 * The bundled ruleset compiled at build time: `import tables from "virtual:compiled-ruleset"`
 * gives its tables (see src/core/compiled-ruleset.ts), so the extension restores the compiled
 * matcher without a compile step. The tables are JSON.parse'd from a string, which engines read
 * faster than a literal. The compiler (TypeScript, with JSON imports) is loaded with tsx when a
 * build asks for the tables, rather than imported by the Vite config itself.
 */
export function compiledRulesetPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: "compiled-ruleset",
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: {
      filter: { id: /^\0virtual:compiled-ruleset$/ },
      async handler() {
        const entry = join(root, "src/ruleset/bundled-tables.ts");
        const { bundledRulesetTables }: typeof BundledTables = await tsImport(
          pathToFileURL(entry).href,
          import.meta.url,
        );
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundledRulesetTables()))});`;
      },
    },
  };
}
