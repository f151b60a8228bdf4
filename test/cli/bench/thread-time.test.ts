import { describe, expect, it } from "vitest";
import { longTasksByThreadTime } from "../../../src/cli/bench/thread-time";

const mark = (name: string, pid: number, ts: number, outermost = true) => ({
  name,
  ph: "I",
  pid,
  tid: 1,
  ts,
  args: { data: { isOutermostMainFrame: outermost } },
});
const task = (pid: number, ts: number, wallMs: number, cpuMs: number, tid = 1) => ({
  name: "RunTask",
  ph: "X",
  pid,
  tid,
  ts,
  dur: wallMs * 1000,
  tdur: cpuMs * 1000,
  args: {},
});

describe("longTasksByThreadTime", () => {
  it("counts the page's main-thread tasks over 50 ms of CPU time, from each mark", () => {
    const trace = JSON.stringify({
      traceEvents: [
        mark("MarkDOMContent", 10, 1_000),
        task(10, 2_000, 120, 110), // between DOMContentLoaded and load
        mark("MarkLoad", 10, 100_000),
        mark("MarkLoad", 30, 100_000, false), // an iframe's load, not the page's
        task(10, 200_000, 400, 30), // long by the clock only: the thread waited for a core
        task(10, 300_000, 90, 80),
        task(10, 400_000, 60, 60, 2), // another thread of the renderer
        task(20, 500_000, 200, 200), // another renderer
        { name: "RunTask", ph: "X", pid: 10, tid: 1, ts: 600_000, dur: 70_000 }, // no thread time
        // The new tab's about:blank, earlier but listed last (a trace is not in time order).
        mark("MarkDOMContent", 5, 200),
        mark("MarkLoad", 5, 300),
        task(5, 400, 90, 90),
      ],
    });
    expect(longTasksByThreadTime(trace)).toEqual({
      afterLoad: [80],
      afterDomContentLoaded: [110, 80],
    });
  });

  it("refuses a trace without the page's load marks instead of counting nothing", () => {
    const trace = JSON.stringify({ traceEvents: [task(10, 0, 300, 290)] });
    expect(() => longTasksByThreadTime(trace)).toThrow(/MarkLoad/);
  });
});
