/**
 * Escaping for untrusted text (model answers, issue text, paths) in GitHub Markdown and Mermaid.
 * Everything shown is one line: line breaks become spaces, so untrusted text can never start a
 * line of its own and open a heading, list, fence or HTML block. Callers put their own text
 * first on every line that holds untrusted text.
 */

const ZERO_WIDTH_JOINER = '\u200d';
const REPLACEMENT_CHARACTER = '\ufffd';

// Controls, invisible and bidirectional-control characters: text that renders differently from
// what it says (Trojan Source) is shown with a visible replacement instead.
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Default_Ignorable_Code_Point}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const LINE_BREAKS = /\r\n|[\r\n\t\f\v\u2028\u2029\u0085]/g;

/** One line of at most `maxCharacters` code points: breaks become spaces, hidden characters `�`, long text ends in `…`. */
export function oneLine(text: string, maxCharacters: number): string {
  const flat = String(text).replace(LINE_BREAKS, ' ').replace(HIDDEN_CHARACTERS, REPLACEMENT_CHARACTER);
  const characters = Array.from(flat);
  if (characters.length <= maxCharacters) return flat;
  return `${characters.slice(0, Math.max(0, maxCharacters - 1)).join('')}…`;
}

/**
 * Untrusted text as inline Markdown that shows exactly as written: safe in paragraphs, headings
 * and table cells. `<`, `>` and `&` become entities, so no HTML (no `</details>`, no `<img>`)
 * and no comment marker can be written; Markdown punctuation is backslash-escaped (`|` cannot
 * split a table cell, `$` cannot start math); `@name`, `#123` and `GH-123` get a zero-width
 * joiner so they neither ping anyone nor link (and notify) other issues.
 */
export function markdownText(text: string, maxCharacters: number): string {
  return oneLine(text, maxCharacters)
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, `$1${ZERO_WIDTH_JOINER}`)
    .replace(/\b(GH-)(?=\d)/giu, `$1${ZERO_WIDTH_JOINER}`)
    .replace(/[&<>]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;'))
    .replace(/[\\`*_[\]|~#$]/g, (character) => `\\${character}`);
}

/**
 * Untrusted text as an inline code span, for paths, ids and commands. Inside code GitHub renders
 * no HTML, mentions or references; the fence is longer than any run of backticks in the text, so
 * the text cannot close it. In a table cell (`inTable`), `|` is escaped so the span stays in its
 * cell; GitHub removes that backslash before it renders the code.
 */
export function codeSpan(text: string, maxCharacters: number, options: { inTable?: boolean } = {}): string {
  const line = oneLine(text, maxCharacters);
  const content = options.inTable === true ? line.replace(/\|/g, '\\|') : line;
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = content.startsWith('`') || content.endsWith('`') || content === '' ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}

/**
 * Untrusted text for a quoted Mermaid node label (`id["…"]`). Letters, digits, spaces and
 * `, . : / _ -` stay; everything else becomes a Mermaid entity code (`#60;`), so quotes,
 * brackets, backticks and HTML cannot end the label, the node or the code block.
 */
export function mermaidLabel(text: string, maxCharacters: number): string {
  return Array.from(oneLine(text, maxCharacters))
    .map((character) => (/^[\p{L}\p{N} ,.:/_-]$/u.test(character) ? character : `#${character.codePointAt(0) as number};`))
    .join('');
}

/** A whole number with thousands separators, the same on every machine (no locale). */
export function formatInteger(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
