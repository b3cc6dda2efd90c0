/**
 * Splits source text into lines for the line-based outlines, knowing just enough of the
 * language's lexical rules to tell code from comments and strings: line and block comments,
 * quoted strings with backslash escapes, and strings that run over several lines (Go's backtick
 * strings, Java's `"""` text blocks, Python's triple quotes, Ruby's `=begin`/`=end`). What it
 * does not know (Rust raw strings `r#"…"#`, heredocs, nested block comments) can make a line
 * count as code or as string when it is not: outlines built on this are a best effort.
 */

/** The lexical rules of one language, as far as the line scanner needs them. */
export interface LineDialect {
  /** What starts a comment that runs to the end of the line (`//`, `#`). */
  lineComment: string;
  /** Whether `/* … *\/` block comments exist. */
  blockComments: boolean;
  /** Characters that open a string closed by the same character on the same line. */
  quotes: string;
  /** A delimiter whose strings may run over several lines (`` ` ``, `"""`, `'''`). */
  multilineQuotes: readonly string[];
  /** Whether a `'` may start a Rust lifetime (`'a`) rather than a character literal. */
  lifetimes?: boolean;
}

/** One line of source, with comments and string contents blanked out of `code`. */
export interface CodeLine {
  /** The line as written. */
  raw: string;
  /** The line with comments removed and string contents replaced by spaces; quotes are kept. */
  code: string;
  /** Depth of `{` nesting at the start of the line. */
  depth: number;
  /** Whether the line starts inside a multi-line string or block comment. */
  startsInside: boolean;
}

/** Scans `text` into lines under the dialect's rules. */
export function scanCodeLines(text: string, dialect: LineDialect): CodeLine[] {
  const lines: CodeLine[] = [];
  let depth = 0;
  let inBlockComment = false;
  let openMultiline: string | undefined;
  for (const raw of text.split('\n')) {
    const startsInside = inBlockComment || openMultiline !== undefined;
    const lineDepth = depth;
    let code = '';
    let index = 0;
    while (index < raw.length) {
      if (inBlockComment) {
        const end = raw.indexOf('*/', index);
        if (end < 0) {
          index = raw.length;
          break;
        }
        inBlockComment = false;
        index = end + 2;
        continue;
      }
      if (openMultiline !== undefined) {
        const end = raw.indexOf(openMultiline, index);
        if (end < 0) {
          code += ' '.repeat(raw.length - index);
          index = raw.length;
          break;
        }
        code += `${' '.repeat(end - index)}${openMultiline}`;
        index = end + openMultiline.length;
        openMultiline = undefined;
        continue;
      }
      if (raw.startsWith(dialect.lineComment, index)) break;
      if (dialect.blockComments && raw.startsWith('/*', index)) {
        inBlockComment = true;
        index += 2;
        continue;
      }
      const multiline = dialect.multilineQuotes.find((quote) => raw.startsWith(quote, index));
      if (multiline !== undefined) {
        code += multiline;
        index += multiline.length;
        openMultiline = multiline;
        continue;
      }
      const character = raw[index] as string;
      if (dialect.quotes.includes(character) && !(dialect.lifetimes === true && character === "'" && !/^'(?:\\.|[^\\'])'/.test(raw.slice(index)))) {
        let end = index + 1;
        while (end < raw.length && raw[end] !== character) end += raw[end] === '\\' ? 2 : 1;
        code += `${character}${' '.repeat(Math.max(0, Math.min(end, raw.length) - index - 1))}${end < raw.length ? character : ''}`;
        index = end + 1;
        continue;
      }
      if (character === '{') depth += 1;
      else if (character === '}') depth = Math.max(0, depth - 1);
      code += character;
      index += 1;
    }
    lines.push({ raw: raw.endsWith('\r') ? raw.slice(0, -1) : raw, code, depth: lineDepth, startsInside });
  }
  return lines;
}
