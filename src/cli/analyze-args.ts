import { availableParallelism } from "node:os";
import type { AnalyzeOptions } from "../core/types";

export type Lang = NonNullable<AnalyzeOptions["lang"]>;
const LANGS: readonly string[] = ["auto", "en", "ar"];

export interface AnalyzeArgs {
  lang: Lang;
  /** Worker threads; every core by default. */
  jobs: number;
  /** Files to analyse, in order; "-" stands for the JSON lines of stdin. */
  inputs: string[];
  errors: string[];
}

export const USAGE =
  "usage: npm run --silent analyze -- [--lang auto|en|ar] [--jobs N] FILE... | -";

/** `--name value` or `--name=value`: the value and the index of the next argument. */
function optionValue(
  args: readonly string[],
  i: number,
  name: string,
): [string | undefined, number] {
  const arg = args[i] as string;
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
  return [args[i + 1], i + 1];
}

export function parseArgs(args: readonly string[]): AnalyzeArgs {
  const out: AnalyzeArgs = { lang: "auto", jobs: availableParallelism(), inputs: [], errors: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = arg.split("=")[0];
    if (name === "--lang") {
      const [value, next] = optionValue(args, i, name);
      i = next;
      if (value !== undefined && LANGS.includes(value)) out.lang = value as Lang;
      else out.errors.push(`bad option --lang ${value ?? "(missing)"}: expected auto, en or ar`);
    } else if (name === "--jobs") {
      const [value, next] = optionValue(args, i, name);
      i = next;
      if (value !== undefined && /^[1-9]\d{0,3}$/.test(value)) out.jobs = Number(value);
      else
        out.errors.push(
          `bad option --jobs ${value ?? "(missing)"}: expected a whole number from 1`,
        );
    } else if (arg.startsWith("--")) {
      out.errors.push(`unknown option ${arg}`);
    } else {
      out.inputs.push(arg);
    }
  }
  return out;
}
