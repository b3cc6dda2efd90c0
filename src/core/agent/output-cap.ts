/**
 * Capping text shown to the model by UTF-8 byte size. Cuts never split a character, prefer line
 * boundaries, and leave a note that says how much was cut and how to see it.
 */

/** Which part of an over-long text to keep. */
export type OutputKeep = 'head' | 'head-and-tail';

/** Options of {@link capText}. */
export interface CapTextOptions {
  /** Most bytes of the original text to keep (the note comes on top). */
  maxBytes: number;
  /** Keep the head, or the head and the tail (default `head`). */
  keep?: OutputKeep;
  /** Share of `maxBytes` given to the tail when keeping both (default 0.5). */
  tailShare?: number;
  /** How to see the rest, appended to the note. */
  hint?: string;
}

/** A capped text and how much it lost. */
export interface CappedText {
  /** The kept text with the truncation note, or the original when it fitted. */
  text: string;
  /** Bytes of the original that are not shown. */
  truncatedBytes: number;
  /** Bytes of the original. */
  totalBytes: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** A line break this close to a cut (as a share of the kept part) moves the cut to it. */
const LINE_BOUNDARY_SHARE = 0.2;

/** `48213` → `48,213`: fixed formatting, not the locale's, so texts replay byte for byte. */
export function formatByteCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The UTF-8 size of a text in bytes. */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Caps `text` at `maxBytes` UTF-8 bytes, adding a note where it was cut. */
export function capText(text: string, options: CapTextOptions): CappedText {
  const bytes = encoder.encode(text);
  const totalBytes = bytes.length;
  const maxBytes = Math.max(0, Math.floor(options.maxBytes));
  if (totalBytes <= maxBytes) return { text, truncatedBytes: 0, totalBytes };

  if (options.keep === 'head-and-tail') {
    const tailShare = Math.min(Math.max(options.tailShare ?? 0.5, 0), 1);
    const tailBudget = Math.floor(maxBytes * tailShare);
    const headEnd = headCut(bytes, maxBytes - tailBudget);
    const tailStart = tailCut(bytes, totalBytes - tailBudget);
    const truncatedBytes = tailStart - headEnd;
    const head = decoder.decode(bytes.subarray(0, headEnd));
    const tail = decoder.decode(bytes.subarray(tailStart));
    const note = truncationNote(truncatedBytes, totalBytes, options.hint);
    return { text: `${withNewline(head)}${note}\n${tail}`, truncatedBytes, totalBytes };
  }

  const headEnd = headCut(bytes, maxBytes);
  const truncatedBytes = totalBytes - headEnd;
  const head = decoder.decode(bytes.subarray(0, headEnd));
  return { text: `${withNewline(head)}${truncationNote(truncatedBytes, totalBytes, options.hint)}`, truncatedBytes, totalBytes };
}

/** `[output truncated: 48,213 of 64,597 bytes not shown; hint]`. */
export function truncationNote(truncatedBytes: number, totalBytes: number, hint?: string): string {
  const how = hint === undefined || hint === '' ? '' : `; ${hint}`;
  return `[output truncated: ${formatByteCount(truncatedBytes)} of ${formatByteCount(totalBytes)} bytes not shown${how}]`;
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

function isContinuationByte(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/** End index of a head of at most `budget` bytes: on a character boundary, after a newline when one is near. */
function headCut(bytes: Uint8Array, budget: number): number {
  let end = Math.min(Math.max(budget, 0), bytes.length);
  while (end > 0 && isContinuationByte(bytes[end])) end -= 1;
  if (end === 0) return 0;
  const lineEnd = bytes.lastIndexOf(0x0a, end - 1);
  if (lineEnd >= 0 && end - (lineEnd + 1) <= budget * LINE_BOUNDARY_SHARE) return lineEnd + 1;
  return end;
}

/** Start index of a tail starting at or after `from`: on a character boundary, after a newline when one is near. */
function tailCut(bytes: Uint8Array, from: number): number {
  let start = Math.min(Math.max(from, 0), bytes.length);
  while (start < bytes.length && isContinuationByte(bytes[start])) start += 1;
  const budget = bytes.length - start;
  if (start > 0 && bytes[start - 1] === 0x0a) return start;
  const lineEnd = bytes.indexOf(0x0a, start);
  if (lineEnd >= 0 && lineEnd + 1 - start <= budget * LINE_BOUNDARY_SHARE) return lineEnd + 1;
  return start;
}
