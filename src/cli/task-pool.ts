import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { Lang } from "./analyze-args";
import { failed, type Outcome, READY, type Task } from "./task";

/**
 * Tasks posted to a worker ahead of the one it runs: the main thread, busy with its own task,
 * cannot hand out the next one the moment a worker finishes.
 */
const PIPELINE = 2;
/**
 * Outcomes that may wait to be written, per job: a task that takes long (a big page) holds back
 * the writing of those after it, and the other jobs go on meanwhile; little memory.
 */
const WINDOW_PER_JOB = 16;

export interface PoolOptions {
  jobs: number;
  lang: Lang;
  /** The worker script (analyze-worker.js beside the built CLI). */
  worker: URL;
  /** Runs a task on this thread, which counts as one of the jobs. */
  local: (task: Task) => Promise<Outcome>;
}

interface Job {
  seq: number;
  task: Task;
}

/**
 * Runs tasks on this thread and up to `jobs - 1` worker threads, and hands their outcomes to
 * `write` in input order, so the output is the same whatever `jobs` is. This thread is a job of
 * its own because each worker is a new isolate that starts and warms up the engine again: with
 * two jobs, one worker instead of two. A worker gets tasks once it says it is ready and while it
 * has fewer than PIPELINE; this thread takes a task when every worker has its share, so a slow or
 * starting worker is given less. A worker that dies takes only the task it was running with it:
 * that task fails, the ones posted behind it go back to the queue, and a new worker takes its
 * place.
 */
export async function runPool(
  tasks: AsyncIterable<Task>,
  { jobs, lang, worker, local }: PoolOptions,
  write: (outcome: Outcome) => void,
): Promise<void> {
  const done = new Map<number, Outcome>();
  const queue: Job[] = [];
  /** Each worker's posted tasks, oldest (the one it runs) first; absent until it is ready. */
  const posted = new Map<Worker, Job[]>();
  const all = new Set<Worker>();
  let next = 0;
  let total = 0;
  let reading = true;
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
    w.on("message", (message: Outcome | typeof READY) => {
      if (message === READY) posted.set(w, []);
      else {
        const job = posted.get(w)?.shift();
        if (job) settle(job, message);
      }
      dispatch();
    });
    w.on("error", (error) => {
      const [running, ...behind] = posted.get(w) ?? [];
      posted.delete(w);
      all.delete(w);
      queue.unshift(...behind);
      if (running) settle(running, failed(running.task, `the worker stopped (${error.message})`));
      dispatch();
    });
  };
  const dispatch = () => {
    if (queue.length > 0 && all.size < jobs - 1) spawn();
    for (const [w, jobsOf] of posted) {
      while (jobsOf.length < PIPELINE && queue.length > 0) {
        const job = queue.shift() as Job;
        jobsOf.push(job);
        w.postMessage(job.task);
      }
    }
    changed();
  };
  /** This thread's share: a task whenever the workers have theirs, then a turn for messages. */
  const runHere = async () => {
    while (reading || next < total) {
      const job = queue.shift();
      if (!job) {
        await whenChanged();
        continue;
      }
      settle(job, await local(job.task));
      await nextTurn();
      dispatch();
    }
  };

  const here = runHere();
  for await (const task of tasks) {
    queue.push({ seq: total++, task });
    dispatch();
    while (total - next >= jobs * WINDOW_PER_JOB) await whenChanged();
  }
  reading = false;
  changed();
  await here;
  await Promise.all([...all].map((w) => w.terminate()));
}
