import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/** Builds the test-only flavour of both extensions (with the hook that opens extension pages). */
export default function setup(): void {
  const root = resolve(import.meta.dirname, "../..");
  for (const mode of ["chrome", "firefox"]) {
    execFileSync("npx", ["vite", "build", "--mode", mode, "--logLevel", "warn"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, SOURCE_CONTEXT_E2E: "1" },
    });
  }
}
