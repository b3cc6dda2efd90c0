/**
 * Turns paths, identifiers, goal text and file contents into search terms, the same way for all
 * of them so that a goal's words meet the code's names:
 *
 * - words are runs of letters, digits, `_` and `$` (and any non-ASCII character, so non-English
 *   words survive); everything else separates words, which covers kebab-case and paths;
 * - a word splits at `_`, `$`, lower-to-upper case changes (`parseConfig` → parse, config), the
 *   last capital of a capital run (`HTTPServer` → http, server) and letter/digit changes
 *   (`utf8` → utf);
 * - parts are lower-cased and lightly stemmed (`invoices` → invoice, `policies` → policy);
 * - parts shorter than 2 or longer than 40 characters, numbers, English function words and the
 *   keywords every file of a language repeats (`const`, `return`, `def`) are dropped: they carry
 *   no relevance and would only fill the index.
 *
 * Identifiers of several parts also yield the joined form (`ordermapper`) in paths, symbols and
 * goals, so an exact name in a goal scores above its parts scattered through a file.
 */

const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have if in into is it its no not of on or so such that the their then there these ' +
    'they this to was were will with we you your our can should would could may might must do does did done how what when where ' +
    'which who why all any each few more most other some only own same than too very just also about above after again against ' +
    'below between both during before further once here over under until up down out off while because through ' +
    'const let var function return import export default new this true false null undefined void async await class extends ' +
    'implements interface type enum public private protected readonly static abstract declare namespace module require ' +
    'else case break continue switch try catch finally throw typeof instanceof delete yield super def self pass lambda elif ' +
    'none func package struct impl pub fn mut use crate end nil begin'
  ).split(' '),
);

const MINIMUM_TERM_LENGTH = 2;
const MAXIMUM_TERM_LENGTH = 40;
/** 1 for the ASCII word characters (letters, digits, `_`, `$`): a table look-up is the cheapest test in the scanning loops. */
const ASCII_WORD_CHARACTERS = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 ? 1 : 0,
);

/** Whether a UTF-16 code unit belongs to a word: ASCII letters, digits, `_`, `$`, and anything beyond ASCII. */
export function isWordCharacter(code: number): boolean {
  return code >= 128 || ASCII_WORD_CHARACTERS[code] === 1;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 128;
}

/** Lower-cases, stems and filters one part; undefined when it is not worth a term. */
export function normalizeTerm(part: string): string | undefined {
  if (part.length < MINIMUM_TERM_LENGTH || part.length > MAXIMUM_TERM_LENGTH) return undefined;
  let term = part.toLowerCase();
  if (isDigit(term.charCodeAt(0)) && /^\d+$/.test(term)) return undefined;
  if (STOP_WORDS.has(term)) return undefined;
  if (term.length > 4 && term.endsWith('ies')) term = `${term.slice(0, -3)}y`;
  else if (term.length > 3 && term.endsWith('s') && !/(?:ss|us|is)$/.test(term)) term = term.slice(0, -1);
  return STOP_WORDS.has(term) ? undefined : term;
}

/** The raw parts of one word, before normalization. */
export function splitWord(word: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code === 95 || code === 36) {
      if (index > start) parts.push(word.slice(start, index));
      start = index + 1;
      continue;
    }
    if (index === start) continue;
    const previous = word.charCodeAt(index - 1);
    const next = index + 1 < word.length ? word.charCodeAt(index + 1) : 0;
    const caseChange = isUpper(code) && (!isUpper(previous) || (next >= 97 && next <= 122)) && isLetter(previous);
    const digitChange = isDigit(code) !== isDigit(previous) && (isLetter(code) || isLetter(previous));
    if (caseChange || digitChange) {
      parts.push(word.slice(start, index));
      start = index;
    }
  }
  if (word.length > start) parts.push(word.slice(start));
  return parts;
}

/** The words of a text, in order. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < text.length) {
    if (!isWordCharacter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isWordCharacter(text.charCodeAt(index))) index += 1;
    words.push(text.slice(start, index));
  }
  return words;
}

/** Receives words one at a time, as {@link countWords} finds them. */
export interface WordSink {
  /** Takes one occurrence of the word `text.slice(start, end)` (passed as a range, so a sink that knows the word need not copy it). */
  addWord(text: string, start: number, end: number): void;
}

/** A sink that counts words into a map (word → occurrences). */
export function mapWordSink(words: Map<string, number>): WordSink {
  return {
    addWord(text, start, end) {
      const word = text.slice(start, end);
      words.set(word, (words.get(word) ?? 0) + 1);
    },
  };
}

/** Hands every word of `text` between `start` and `end` to `sink`, in order. */
export function countWords(text: string, sink: WordSink, start = 0, end = text.length): void {
  let index = start;
  while (index < end) {
    if (!isWordCharacter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const wordStart = index;
    index += 1;
    while (index < end && isWordCharacter(text.charCodeAt(index))) index += 1;
    sink.addWord(text, wordStart, index);
  }
}
