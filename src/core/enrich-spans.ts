/** Lookups over spans sorted by start; each keeps enrichment linear in the text. */
export interface Extent {
  start: number;
  end: number;
}

/** Spans that no earlier or longer span contains (the longest reading wins). */
export function maximal<T extends Extent>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.end <= reach) continue;
    out.push(s);
    reach = s.end;
  }
  return out;
}

/** Items of `list` (sorted by start) lying inside [start, end). */
export function within<T extends Extent>(list: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length; i++) {
    const x = list[i] as T;
    if (x.start >= end) break;
    if (x.end <= end) out.push(x);
  }
  return out;
}

/** Whether an item of `list` (sorted by start) lies inside [start, end); allocates nothing. */
export function anyWithin(list: readonly Extent[], start: number, end: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length; i++) {
    const x = list[i] as Extent;
    if (x.start >= end) return false;
    if (x.end <= end) return true;
  }
  return false;
}

/** A test of whether an offset falls inside any of `spans`, answered by binary search. */
export function coverage(spans: readonly Extent[]): (at: number) => boolean {
  const merged: Extent[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return (at) => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((merged[mid]?.end ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    const hit = merged[lo];
    return hit !== undefined && hit.start <= at;
  };
}
