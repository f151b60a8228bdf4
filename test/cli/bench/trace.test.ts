import { describe, expect, it } from "vitest";
import { longTasksInTrace } from "../../../src/cli/bench/trace";

const ORIGIN = "http://127.0.0.1:8000";
const meta = (pid: number, tid: number, name: string) => ({
  name: "thread_name",
  ph: "M",
  pid,
  tid,
  args: { name },
});
const x = (pid: number, name: string, ts: number, ms: number, url?: string) => ({
  name,
  ph: "X",
  pid,
  tid: 1,
  ts,
  dur: ms * 1000,
  ...(url ? { args: { data: { url } } } : {}),
});

describe("longTasksInTrace", () => {
  it("names the page renderer's long tasks by their largest part, ignoring other renderers", () => {
    const trace = JSON.stringify({
      traceEvents: [
        meta(10, 1, "CrRendererMain"),
        meta(20, 1, "CrRendererMain"),
        x(10, "ParseHTML", 0, 1, `${ORIGIN}/seed.html`),
        x(10, "RunTask", 1_000, 80),
        x(10, "v8.evaluateModule", 2_000, 70, "chrome-extension://abc/assets/index.js"),
        x(10, "RunTask", 200_000, 120),
        x(10, "RunMicrotasks", 201_000, 110),
        x(10, "RunTask", 400_000, 20),
        x(20, "RunTask", 0, 300),
        x(20, "v8.evaluateModule", 10, 290, "chrome://resources/app.js"),
      ],
    });
    expect(longTasksInTrace(trace, ORIGIN)).toEqual([
      { ms: 80, what: "v8.evaluateModule extension index.js" },
      { ms: 120, what: "RunMicrotasks" },
    ]);
  });
});
