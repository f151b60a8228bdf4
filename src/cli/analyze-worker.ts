/** A worker thread of the analyze CLI: runs the tasks it is given, one at a time (task-pool.ts). */
import { parentPort, workerData } from "node:worker_threads";
import type { Lang } from "./analyze-args";
import { runTask } from "./analyze-task";
import { READY, type Task } from "./task";

const { lang } = workerData as { lang: Lang };
/** Tasks run in the order they came, one after another, even a page that waits on an import. */
let last: Promise<void> = Promise.resolve();
parentPort?.on("message", (task: Task) => {
  last = last.then(() => runTask(task, lang)).then((outcome) => parentPort?.postMessage(outcome));
});
parentPort?.postMessage(READY);
