/** A worker thread of the analyze CLI: runs the tasks it is given, one at a time (task-pool.ts). */
import { parentPort, workerData } from "node:worker_threads";
import type { Lang } from "./analyze-args";
import { runTask } from "./analyze-task";
import type { Task } from "./task";

const { lang } = workerData as { lang: Lang };
parentPort?.on("message", (task: Task) => {
  void runTask(task, lang).then((outcome) => parentPort?.postMessage(outcome));
});
