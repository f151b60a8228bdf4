import { useEffect, useState } from "preact/hooks";
import type { CustomRuleset } from "../ruleset/schema";
import { loadCustomRuleset, watchCustomRuleset } from "../shared/ruleset-store";

/** The stored custom ruleset, kept live; undefined until first read, null when there is none. */
export function useCustomRuleset(): CustomRuleset | null | undefined {
  const [ruleset, setRuleset] = useState<CustomRuleset | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const stop = watchCustomRuleset(setRuleset);
    void loadCustomRuleset().then((loaded) => {
      if (current) setRuleset((seen) => (seen === undefined ? loaded : seen));
    });
    return () => {
      current = false;
      stop();
    };
  }, []);
  return ruleset;
}
