/** Zips both builds into web-ext-artifacts/ (web-ext build: the format both stores accept). */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
for (const target of ["chrome", "firefox"]) {
  execFileSync(
    "npx",
    [
      "web-ext",
      "build",
      "--source-dir",
      `dist/${target}`,
      "--artifacts-dir",
      "web-ext-artifacts",
      "--filename",
      `source-context-${target}-{version}.zip`,
      "--overwrite-dest",
    ],
    { cwd: root, stdio: "inherit" },
  );
}
