type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, area: string) => void;

/** One storage area in memory, with the async API of webextension-polyfill. */
function fakeArea(name: string, listeners: Set<Listener>) {
  const data = new Map<string, unknown>();
  const notify = (changes: Changes) => {
    for (const listener of listeners) listener(changes, name);
  };
  return {
    data,
    async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
      const wanted =
        keys === null || keys === undefined
          ? [...data.keys()]
          : Array.isArray(keys)
            ? keys
            : [keys];
      const out: Record<string, unknown> = {};
      for (const key of wanted) {
        if (data.has(key)) out[key] = structuredClone(data.get(key));
      }
      return out;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      const changes: Changes = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
        data.set(key, structuredClone(value));
      }
      notify(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      const changes: Changes = {};
      for (const key of Array.isArray(keys) ? keys : [keys]) {
        if (!data.has(key)) continue;
        changes[key] = { oldValue: data.get(key) };
        data.delete(key);
      }
      notify(changes);
    },
  };
}

/** The part of webextension-polyfill's `browser` that the settings and ruleset stores use. */
export function fakeBrowser() {
  const listeners = new Set<Listener>();
  return {
    storage: {
      sync: fakeArea("sync", listeners),
      local: fakeArea("local", listeners),
      onChanged: {
        addListener: (listener: Listener) => void listeners.add(listener),
        removeListener: (listener: Listener) => void listeners.delete(listener),
        hasListener: (listener: Listener) => listeners.has(listener),
      },
    },
    listenerCount: () => listeners.size,
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;

/** Lets pending promise callbacks (storage reads started by listeners) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
