import { z } from "zod";

/** The categories that hold RunTask (with its thread time) and the load marks. */
export const THREAD_TIME_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
];

const EventSchema = z.object({
  name: z.string(),
  ph: z.string(),
  pid: z.number(),
  tid: z.number(),
  ts: z.number().optional(),
  dur: z.number().optional(),
  tdur: z.number().optional(),
  args: z
    .looseObject({
      data: z.looseObject({ isOutermostMainFrame: z.boolean().optional() }).optional(),
    })
    .optional(),
});
type Event = z.infer<typeof EventSchema>;

export interface ThreadTimeTasks {
  /** Thread time (ms) of the main thread's tasks over `minMs` of it, started after the load event. */
  afterLoad: number[];
  /** The same, from DOMContentLoaded. */
  afterDomContentLoaded: number[];
}

/**
 * The page's long tasks counted by the main thread's CPU time (a trace's `tdur`) instead of the
 * wall clock. CDP's CPU throttling spins on the main thread, so its time counts in `tdur`, while
 * the time the thread spends waiting for a core another job holds does not: on a loaded machine a
 * task sliced into 8 ms pieces is not counted long because the scheduler left it off the core,
 * and on a quiet one the two counts agree.
 */
export function longTasksByThreadTime(json: string, minMs = 50): ThreadTimeTasks {
  const parsed = z.object({ traceEvents: z.array(z.unknown()) }).parse(JSON.parse(json));
  const events = parsed.traceEvents
    .map((e) => EventSchema.safeParse(e))
    .flatMap((r) => (r.success ? [r.data] : []));
  // The marks are emitted on the main thread of the page's renderer: that thread is the page's.
  // The latest of each (a new tab loads about:blank first); a trace is not in time order.
  const mark = (name: string) =>
    events
      .filter((e) => e.name === name && e.args?.data?.isOutermostMainFrame === true)
      .reduce<Event | undefined>((a, b) => ((b.ts ?? 0) > (a?.ts ?? -1) ? b : a), undefined);
  const load = mark("MarkLoad");
  const dcl = mark("MarkDOMContent");
  // Without them nothing could be counted: an error, never a run that counts no long task.
  if (!load || !dcl) throw new Error("The trace has no MarkLoad or MarkDOMContent of the page.");
  const onMain = (e: Event) => e.pid === load.pid && e.tid === load.tid;
  const long = events.filter(
    (e) => e.ph === "X" && e.name === "RunTask" && onMain(e) && (e.tdur ?? 0) / 1000 > minMs,
  );
  const from = (m: Event) =>
    long.filter((e) => (e.ts ?? 0) >= (m.ts ?? 0)).map((e) => Math.round((e.tdur ?? 0) / 1000));
  return { afterLoad: from(load), afterDomContentLoaded: from(dcl) };
}
