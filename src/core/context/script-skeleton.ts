import { isWordCharacter as isWordCode, type WordSink } from './identifier-terms.js';

/** The top level of a TypeScript or JavaScript file, and the module calls found anywhere in it. */
export interface ScriptSkeleton {
  /** The text with the inside of every top-level `{…}` removed; it parses to the same top-level statements. */
  text: string;
  /** Specifiers of `require('x')` and `import('x')` calls with one literal argument, at any depth, in source order. */
  calls: string[];
}

/** After these words a `/` starts a regular expression; after any other word it divides. By length, so a word is compared in place. */
const REGEX_AFTER_WORDS: ReadonlyArray<readonly string[]> = [[], [], ['in', 'of', 'do'], ['new'], ['void', 'case', 'else'], ['throw', 'yield', 'await'], ['return', 'typeof', 'delete'], [], [], [], ['instanceof']];

function isRegexKeyword(text: string, start: number, length: number): boolean {
  const candidates = REGEX_AFTER_WORDS[length];
  if (candidates === undefined) return false;
  for (const candidate of candidates) if (text.startsWith(candidate, start)) return true;
  return false;
}


/** What the last significant token was: enough to guess regexes and to spot module calls. */
const enum Last {
  None,
  Word,
  RegexWord,
  ModuleCallee,
  Value,
  Punctuation,
  Dot,
  OpenParenthesisAfterCallee,
  ModuleString,
}

/**
 * Cuts the top-level skeleton of a TypeScript or JavaScript file in one pass over its characters:
 * the inside of each outermost `{…}` (function and class bodies, object literals, import clauses)
 * is dropped, which is most of a module and none of its top-level declarations, so the
 * TypeScript parser reads a fraction of the text and still finds every top-level statement.
 * On the way it collects `require('x')` and `import('x')` calls at every depth, and hands every
 * word of the text to `words` exactly as `countWords` over the whole text would.
 *
 * It knows the lexical rules that decide what a brace is: line and block comments, quoted
 * strings, template literals with nested `${…}`, and regular expressions, which it tells from a
 * division by the token before the `/`, as syntax highlighters do. When that guess goes wrong,
 * braces or templates stop balancing, or a string or comment is left open, the result is
 * undefined and the caller parses the whole file; files that may contain JSX (`</`, `/>`) are
 * not attempted. A test checks the outline of every file of this repository against a full parse.
 * Words handed over before a failure are the caller's to discard.
 */
export function scriptSkeleton(text: string, words?: WordSink): ScriptSkeleton | undefined {
  if (text.includes('</') || text.includes('/>')) return undefined;
  const length = text.length;
  const pieces: string[] = [];
  const calls: string[] = [];
  const templateDepths: number[] = [];
  let copiedFrom = 0;
  let depth = 0;
  let last = Last.None as Last;
  let beforeLast = Last.None as Last;
  let pendingCall: string | undefined;
  let index = 0;
  // Inside a template literal's text (not in one of its `${…}`).
  let inTemplateText = false;

  const note = (kind: Last): void => {
    if (pendingCall !== undefined) {
      if (kind === Last.Punctuation && (text.charCodeAt(index) === 41 || text.charCodeAt(index) === 44)) calls.push(pendingCall);
      pendingCall = undefined;
    }
    beforeLast = last;
    last = kind;
  };
  const emitWords = (start: number, end: number): void => {
    if (words === undefined) return;
    let position = start;
    while (position < end) {
      if (!isWordCode(text.charCodeAt(position))) {
        position += 1;
        continue;
      }
      const wordStart = position;
      while (position < end && isWordCode(text.charCodeAt(position))) position += 1;
      words.addWord(text, wordStart, position);
    }
  };

  if (text.startsWith('#!')) {
    // A `#!` line is a comment to the lexer.
    const end = text.indexOf('\n');
    index = end < 0 ? length : end;
    emitWords(0, index);
  }
  while (index < length) {
    if (inTemplateText) {
      const start = index;
      while (index < length) {
        const code = text.charCodeAt(index);
        if (code === 92) index += 2;
        else if (code === 96 || (code === 36 && text.charCodeAt(index + 1) === 123)) break;
        else index += 1;
      }
      if (index >= length) return undefined;
      // The `$` of `${` is a word character: it ends the word before it, as in `countWords`.
      emitWords(start, text.charCodeAt(index) === 96 ? index : index + 1);
      if (text.charCodeAt(index) === 96) {
        inTemplateText = false;
        index += 1;
        note(Last.Value);
      } else {
        templateDepths.push(depth);
        inTemplateText = false;
        index += 2;
        note(Last.Punctuation);
      }
      continue;
    }
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      index += 1;
      continue;
    }
    if (isWordCode(code)) {
      const start = index;
      while (index < length && isWordCode(text.charCodeAt(index))) index += 1;
      if (words !== undefined) words.addWord(text, start, index);
      const afterDot = last === Last.Dot;
      const wordLength = index - start;
      if (code >= 48 && code <= 57) note(Last.Value);
      else if (!afterDot && ((wordLength === 7 && text.startsWith('require', start)) || (wordLength === 6 && text.startsWith('import', start)))) note(Last.ModuleCallee);
      else note(!afterDot && isRegexKeyword(text, start, wordLength) ? Last.RegexWord : Last.Word);
      continue;
    }
    const next = text.charCodeAt(index + 1);
    if (code === 47 && next === 47) {
      const end = text.indexOf('\n', index);
      const stop = end < 0 ? length : end;
      emitWords(index, stop);
      index = stop;
      continue;
    }
    if (code === 47 && next === 42) {
      const end = text.indexOf('*/', index + 2);
      if (end < 0) return undefined;
      emitWords(index, end);
      index = end + 2;
      continue;
    }
    if (code === 39 || code === 34) {
      const start = index;
      index += 1;
      while (index < length) {
        const inner = text.charCodeAt(index);
        if (inner === code) break;
        if (inner === 10) return undefined;
        index += inner === 92 ? 2 : 1;
      }
      if (index >= length) return undefined;
      index += 1;
      emitWords(start, index);
      if (last === Last.OpenParenthesisAfterCallee && beforeLast === Last.ModuleCallee) {
        const value = text.slice(start + 1, index - 1);
        note(Last.ModuleString);
        if (!value.includes('\\')) pendingCall = value;
      } else {
        note(Last.Value);
      }
      continue;
    }
    if (code === 96) {
      index += 1;
      if (last === Last.OpenParenthesisAfterCallee && beforeLast === Last.ModuleCallee) {
        const end = text.indexOf('`', index);
        const value = end < 0 ? '' : text.slice(index, end);
        if (end >= 0 && !value.includes('${') && !value.includes('\\')) {
          emitWords(index, end);
          index = end + 1;
          note(Last.ModuleString);
          pendingCall = value;
          continue;
        }
      }
      inTemplateText = true;
      continue;
    }
    if (code === 47 && (last === Last.None || last === Last.Punctuation || last === Last.RegexWord || last === Last.OpenParenthesisAfterCallee)) {
      const start = index;
      index += 1;
      let inClass = false;
      while (index < length) {
        const inner = text.charCodeAt(index);
        if (inner === 10) return undefined;
        if (inner === 92) index += 1;
        else if (inner === 91) inClass = true;
        else if (inner === 93) inClass = false;
        else if (inner === 47 && !inClass) break;
        index += 1;
      }
      if (index >= length) return undefined;
      index += 1;
      emitWords(start, index);
      note(Last.Value);
      continue;
    }
    if (code === 123) {
      depth += 1;
      if (depth === 1) pieces.push(text.slice(copiedFrom, index + 1));
      index += 1;
      note(Last.Punctuation);
      continue;
    }
    if (code === 125) {
      if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === depth) {
        templateDepths.pop();
        inTemplateText = true;
        index += 1;
        continue;
      }
      depth -= 1;
      if (depth < 0) return undefined;
      if (depth === 0) copiedFrom = index;
      index += 1;
      note(Last.Value);
      continue;
    }
    if (code === 41 || code === 93) {
      note(Last.Punctuation);
      last = Last.Value;
      index += 1;
      continue;
    }
    if (code === 46 && !(next >= 48 && next <= 57)) {
      note(Last.Dot);
      index += 1;
      continue;
    }
    note(code === 40 && last === Last.ModuleCallee ? Last.OpenParenthesisAfterCallee : Last.Punctuation);
    index += 1;
  }
  if (depth !== 0 || templateDepths.length > 0 || inTemplateText) return undefined;
  pieces.push(text.slice(copiedFrom));
  return { text: pieces.join(''), calls };
}
