import { Worker } from "node:worker_threads";
import type { Lang } from "./analyze-args";
import { failed, type Outcome, type Task } from "./task";

/** Tasks handed out but not yet written, per worker: enough to keep each busy, little memory. */
const IN_FLIGHT_PER_JOB = 4;

export interface PoolOptions {
  jobs: number;
  lang: Lang;
  /** The worker script (analyze-worker.js beside the built CLI). */
  worker: URL;
}

interface Job {
  seq: number;
  task: Task;
}

/**
 * Runs tasks on up to `jobs` worker threads and hands their outcomes to `write` in input order,
 * so the output is the same whatever `jobs` is. Workers start only as tasks arrive for them;
 * reading stops while IN_FLIGHT_PER_JOB × jobs outcomes wait to be written. A worker that dies
 * takes only its task with it: that task fails, and a new worker takes its place.
 */
export async function runPool(
  tasks: AsyncIterable<Task>,
  { jobs, lang, worker }: PoolOptions,
  write: (outcome: Outcome) => void,
): Promise<void> {
  const done = new Map<number, Outcome>();
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const all = new Set<Worker>();
  let next = 0;
  let total = 0;
  let waiters: (() => void)[] = [];
  const changed = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  const whenChanged = () => new Promise<void>((resolve) => waiters.push(resolve));

  const settle = (job: Job, outcome: Outcome) => {
    done.set(job.seq, outcome);
    for (let o = done.get(next); o !== undefined; o = done.get(next)) {
      done.delete(next++);
      write(o);
    }
    changed();
  };
  const spawn = () => {
    const w = new Worker(worker, { workerData: { lang } });
    all.add(w);
    w.on("message", (outcome: Outcome) => {
      const job = busy.get(w);
      busy.delete(w);
      idle.push(w);
      if (job) settle(job, outcome);
      dispatch();
    });
    w.on("error", (error) => {
      const job = busy.get(w);
      busy.delete(w);
      all.delete(w);
      const at = idle.indexOf(w);
      if (at >= 0) idle.splice(at, 1);
      if (job) settle(job, failed(job.task, `the worker stopped (${error.message})`));
      dispatch();
    });
    idle.push(w);
  };
  const dispatch = () => {
    while (queue.length > 0) {
      if (idle.length === 0 && all.size < jobs) spawn();
      const w = idle.pop();
      if (!w) return;
      const job = queue.shift() as Job;
      busy.set(w, job);
      w.postMessage(job.task);
    }
  };

  for await (const task of tasks) {
    queue.push({ seq: total++, task });
    dispatch();
    while (total - next >= jobs * IN_FLIGHT_PER_JOB) await whenChanged();
  }
  while (next < total) await whenChanged();
  await Promise.all([...all].map((w) => w.terminate()));
}
