/** The analyze CLI's unit of work and its result, shared by the main thread and the workers. */

/** A file named on the command line, or one JSON line of stdin. */
export type Task = { kind: "file"; file: string } | { kind: "line"; line: string };

/** What a task gives: a line for stdout, or a message for stderr (a file that failed). */
export type Outcome = { out: string } | { err: string };

/** A worker's first message: it has loaded the engine and takes tasks (task-pool.ts). */
export const READY = "ready";

/** The id of a stdin line, when it has one (a line that failed still reports it). */
export function idOf(line: string): string | number | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return typeof id === "string" || typeof id === "number" ? id : null;
  } catch {
    return null;
  }
}

/**
 * A failed task: a file's message goes to stderr, a line's error object to stdout. A line's error
 * names no line number: its output line is at the same position as the input line, and a number
 * would differ when GNU parallel or Spark hands each process a part of the input.
 */
export function failed(task: Task, message: string): Outcome {
  if (task.kind === "file") return { err: `cannot analyse ${task.file}: ${message}` };
  return { out: JSON.stringify({ id: idOf(task.line), error: message }) };
}
