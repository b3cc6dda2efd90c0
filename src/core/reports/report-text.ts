/**
 * Cleaning of untrusted text taken from test reports: ANSI escape sequences and characters that
 * are invalid in XML or unprintable are removed, so a message reads the same whatever the runner's
 * colour settings were and cannot move a terminal's cursor when printed.
 */

/** Caps applied to text fields of a `TestCaseResult` (in UTF-16 code units). */
export const REPORT_TEXT_CAPS = {
  /** Failure or skip message. */
  message: 4096,
  /** Stack trace or failure body. */
  stack: 16_384,
  /** Captured standard output or error excerpt (head and tail). */
  output: 8192,
  /** Test, suite and file names. */
  name: 1024,
} as const;

// CSI sequences (ESC [ … final byte), OSC sequences (ESC ] … BEL or ESC \), and two-byte escapes.
// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
// C0 controls except tab, newline and carriage return; DEL and C1 controls; lone surrogates; U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID_CHARACTER_PATTERN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// pytest writes characters XML cannot hold as `#x1B`; an escape sequence then reads `#x1B[31m`.
const ESCAPED_ANSI_PATTERN = /#x1B\[[0-?]*[ -/]*[@-~]/g;

// Anything any of the patterns above could match starts with one of these.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]|#x1B/;

/** Removes ANSI escape sequences and invalid or control characters (tab, newline and CR stay). */
export function cleanReportText(text: string): string {
  if (text.length === 0 || !NEEDS_CLEANING.test(text)) return text;
  return text.replace(ANSI_PATTERN, '').replace(ESCAPED_ANSI_PATTERN, '').replace(INVALID_CHARACTER_PATTERN, '');
}

/** Cuts `text` to at most `cap` code units, marking the cut; never splits a surrogate pair. */
export function capText(text: string, cap: number): string {
  if (text.length <= cap) return text;
  const marker = `… [${text.length - cap} more characters]`;
  let end = Math.max(0, cap - marker.length);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end) + marker;
}

/** Cleans and caps in one step; `undefined` for empty text after cleaning. */
export function cleanAndCap(text: string | undefined, cap: number): string | undefined {
  if (text === undefined) return undefined;
  // Clean a bounded prefix only: cleaning never lengthens text, so 2×cap is enough to fill the cap.
  const cut = text.length > cap * 2;
  const cleaned = cleanReportText(cut ? text.slice(0, cap * 2) : text).trim();
  if (cleaned.length === 0) return undefined;
  if (cut && cleaned.length <= cap) return `${cleaned}… [${text.length - cap * 2} more characters]`;
  return capText(cleaned, cap);
}

/** Cleans output and keeps its head and tail within `cap` (the end of a log is where it failed). */
export function cleanAndCapOutput(text: string | undefined, cap: number): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = cleanReportText(text).trim();
  if (cleaned.length === 0) return undefined;
  if (cleaned.length <= cap) return cleaned;
  const half = Math.floor(cap / 2);
  let headEnd = half;
  if (isHighSurrogate(cleaned.charCodeAt(headEnd - 1))) headEnd -= 1;
  let tailStart = cleaned.length - half;
  if (isHighSurrogate(cleaned.charCodeAt(tailStart - 1))) tailStart += 1;
  return `${cleaned.slice(0, headEnd)}\n… [${tailStart - headEnd} characters left out] …\n${cleaned.slice(tailStart)}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A copy of `text` that shares no memory with the chunk it was cut from (V8 keeps sliced strings' parents alive). */
export function detachedString(text: string): string {
  // A JSON round trip yields a fresh flat string: no slice of the chunk, and no extra header for a
  // sliced or cons string (which costs about 40 bytes per test id over a million ids). Short strings are copied anyway.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
