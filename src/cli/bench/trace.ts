import { basename } from "node:path";
import { z } from "zod";

const TraceEventSchema = z.object({
  name: z.string(),
  ph: z.string(),
  pid: z.number(),
  tid: z.number(),
  ts: z.number().optional(),
  dur: z.number().optional(),
  args: z.looseObject({ name: z.string().optional() }).optional(),
});
type TraceEvent = z.infer<typeof TraceEventSchema>;

const TraceSchema = z.object({ traceEvents: z.array(z.unknown()) });

/** A long task on a page's main thread, named after the biggest piece of work inside it. */
export interface TracedTask {
  ms: number;
  what: string;
}

function urlOf(event: TraceEvent): string | undefined {
  const data = (event.args as { data?: { url?: unknown } } | undefined)?.data;
  return typeof data?.url === "string" && data.url ? data.url : undefined;
}

/**
 * Long tasks (over `minMs`) of the page's main thread in a Chrome trace (devtools.timeline, its
 * disabled-by-default part, v8.execute), each named by its largest sub-event and any script URL
 * inside it, so that module evaluation, microtasks (the content script's async steps) and layout
 * can be told apart.
 */
export function longTasksInTrace(json: string, pageOrigin: string, minMs = 50): TracedTask[] {
  const events = TraceSchema.parse(JSON.parse(json))
    .traceEvents.map((e) => TraceEventSchema.safeParse(e))
    .flatMap((r) => (r.success ? [r.data] : []));
  // The page's renderer: the process that handled the page's own URLs (not Chrome's WebUI ones).
  const pagePids = new Set(
    events.filter((e) => urlOf(e)?.startsWith(pageOrigin)).map((e) => e.pid),
  );
  const mainThreads = new Set(
    events
      .filter(
        (e) =>
          e.ph === "M" &&
          e.name === "thread_name" &&
          e.args?.name === "CrRendererMain" &&
          pagePids.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const complete = events.filter(
    (e) =>
      e.ph === "X" &&
      e.ts !== undefined &&
      e.dur !== undefined &&
      mainThreads.has(`${e.pid}:${e.tid}`),
  );
  return complete
    .filter((e) => e.name === "RunTask" && (e.dur ?? 0) / 1000 > minMs)
    .map((task) => {
      const start = task.ts ?? 0;
      const end = start + (task.dur ?? 0);
      const inside = complete.filter(
        (e) =>
          e !== task &&
          e.pid === task.pid &&
          e.tid === task.tid &&
          (e.ts ?? 0) >= start &&
          (e.ts ?? 0) < end,
      );
      const scripted = inside.find((e) => urlOf(e));
      const biggest = inside
        .filter((e) => e.name !== "RunTask")
        .reduce<TraceEvent | undefined>(
          (a, b) => ((b.dur ?? 0) > (a?.dur ?? 0) ? b : a),
          undefined,
        );
      const url = scripted ? urlOf(scripted) : undefined;
      const script = url
        ? ` ${url.startsWith("chrome-extension:") ? "extension " : ""}${basename(url)}`
        : "";
      return { ms: (task.dur ?? 0) / 1000, what: `${biggest?.name ?? "?"}${script}` };
    });
}
