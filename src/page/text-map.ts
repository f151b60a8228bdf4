/**
 * A map between offsets in extracted article text and positions in DOM text nodes.
 *
 * Each segment is a run of text characters that correspond one to one, in order, to characters of
 * one text node. Characters the extractor synthesised (paragraph breaks) belong to no segment, and
 * characters removed by whitespace collapsing leave a gap in node offsets between two segments.
 */
export interface TextSegment {
  textStart: number;
  node: Text;
  nodeOffset: number;
  length: number;
}

export interface TextMap {
  /** Sorted by textStart, which also follows document order. */
  segments: TextSegment[];
  /** Length of the text the map describes. */
  length: number;
}

/** Appends a segment, merging it with the previous one when both are contiguous in text and node. */
export function pushSegment(
  segments: TextSegment[],
  textStart: number,
  node: Text,
  nodeOffset: number,
  length: number,
): void {
  const last = segments[segments.length - 1];
  if (
    last &&
    last.node === node &&
    last.textStart + last.length === textStart &&
    last.nodeOffset + last.length === nodeOffset
  ) {
    last.length += length;
    return;
  }
  segments.push({ textStart, node, nodeOffset, length });
}

/** Index of the first segment that ends after `offset`, or segments.length. */
function firstEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const seg = segments[mid] as TextSegment;
    if (seg.textStart + seg.length > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment that starts before `offset`, or -1. */
function lastStartingBefore(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as TextSegment).textStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function fits(seg: TextSegment, nodeOffset: number): boolean {
  return seg.node.isConnected && nodeOffset <= seg.node.data.length;
}

/**
 * The DOM Range covering text[start, end). A boundary inside synthesised text (a paragraph break)
 * moves inwards to the nearest mapped character. Returns null for invalid offsets, for a span of
 * synthesised text only, or when the page has since changed the nodes.
 */
export function toRange(map: TextMap, start: number, end: number, doc: Document): Range | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > map.length || start > end) return null;
  const { segments } = map;
  const si = firstEndingAfter(segments, start);
  const startSeg = segments[si];
  if (!startSeg) return null;
  const startOffset = startSeg.nodeOffset + Math.max(0, start - startSeg.textStart);
  let endSeg: TextSegment;
  let endOffset: number;
  if (start === end) {
    endSeg = startSeg;
    endOffset = startOffset;
  } else {
    const ei = lastStartingBefore(segments, end);
    if (ei < si) return null;
    endSeg = segments[ei] as TextSegment;
    endOffset = endSeg.nodeOffset + Math.min(endSeg.length, end - endSeg.textStart);
  }
  if (!fits(startSeg, startOffset) || !fits(endSeg, endOffset)) return null;
  const range = doc.createRange();
  range.setStart(startSeg.node, startOffset);
  range.setEnd(endSeg.node, endOffset);
  return range;
}

/**
 * The text offsets [start, end) a DOM Range covers. Boundaries in text that was left out (excluded
 * elements, collapsed whitespace) move inwards to the nearest mapped character; a range outside the
 * mapped text gives null. Binary search over segments with Range.comparePoint: O(log n) point tests.
 */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  const { segments } = map;
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const probe = doc.createRange();
  // Sign of a DOM point relative to a collapsed probe at (container, offset): -1 before, 0 at, 1 after.
  const side = (container: Node, offset: number, node: Text, nodeOffset: number): number => {
    probe.setStart(container, offset);
    probe.collapse(true);
    try {
      return probe.comparePoint(node, nodeOffset);
    } catch {
      return Number.NaN;
    }
  };

  const sc = range.startContainer;
  const so = range.startOffset;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const seg = segments[mid] as TextSegment;
    if (side(sc, so, seg.node, seg.nodeOffset + seg.length) > 0) hi = mid;
    else lo = mid + 1;
  }
  const first = segments[lo];
  if (!first) return null;
  const start =
    first.node === sc && so > first.nodeOffset
      ? first.textStart + (so - first.nodeOffset)
      : first.textStart;

  const ec = range.endContainer;
  const eo = range.endOffset;
  lo = 0;
  hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const seg = segments[mid] as TextSegment;
    if (side(ec, eo, seg.node, seg.nodeOffset) < 0) lo = mid + 1;
    else hi = mid;
  }
  const last = segments[lo - 1];
  // No mapped character before the end: the range is empty, at its start.
  if (!last) return { start, end: start };
  const end =
    last.node === ec && eo < last.nodeOffset + last.length
      ? last.textStart + Math.max(0, eo - last.nodeOffset)
      : last.textStart + last.length;
  return end >= start ? { start, end } : { start, end: start };
}
