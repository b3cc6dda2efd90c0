import { splitLines, withoutCarriageReturn } from './text-file.js';

/** An edit that worked (the new content) or why it was refused, phrased for the model. */
export type TextEdit = { ok: true; content: string; summary: string } | { ok: false; error: string };

/** Occurrence lines listed in an ambiguity message. */
const MAX_LISTED_OCCURRENCES = 10;
/** Near matches listed when the search text is not found. */
const MAX_NEAR_MATCHES = 3;
/** Lines quoted in messages are cut to this many characters. */
const MAX_QUOTED_CHARACTERS = 160;

const READ_ADVICE = 'Call read_file on that part of the file and copy the search text exactly, including indentation.';

/**
 * Replaces `search` with `replace` where it occurs exactly once. Zero or several occurrences are
 * refused, with what the model needs to fix the call: the lines of each occurrence, or the closest
 * lines and the first line that differs. When the file uses CRLF and the search text has bare
 * `\n`, both texts are read with CRLF: the only way to match, and not a guess.
 */
export function replaceExactlyOnce(content: string, search: string, replace: string, path: string): TextEdit {
  if (search === replace) return { ok: false, error: 'search and replace are the same text; nothing would change.' };
  let target = search;
  let replacement = replace;
  let found = occurrences(content, target);
  if (found.length === 0 && content.includes('\r\n') && !search.includes('\r')) {
    const crlfFound = occurrences(content, search.replaceAll('\n', '\r\n'));
    if (crlfFound.length > 0) {
      found = crlfFound;
      target = search.replaceAll('\n', '\r\n');
      replacement = replace.replaceAll('\n', '\r\n');
    }
  }
  if (found.length > 1) {
    const lines = found.slice(0, MAX_LISTED_OCCURRENCES).map((index) => lineAt(content, index));
    const more = found.length > MAX_LISTED_OCCURRENCES ? ', …' : '';
    return {
      ok: false,
      error:
        `The search text occurs ${found.length} times in ${path} (starting at lines ${lines.join(', ')}${more}); it must occur exactly once. ` +
        'Add neighbouring lines to search so that it picks one place, or edit each place with its own call.',
    };
  }
  const index = found[0];
  if (index === undefined) return { ok: false, error: notFoundMessage(content, search, path) };
  const firstLine = lineAt(content, index);
  const removedLines = Math.max(1, splitLines(target).length);
  const addedLines = splitLines(replacement).length;
  return {
    ok: true,
    content: content.slice(0, index) + replacement + content.slice(index + target.length),
    summary: `replaced ${removedLines} line${removedLines === 1 ? '' : 's'} at line ${firstLine} with ${addedLines} line${addedLines === 1 ? '' : 's'}`,
  };
}

/** Start indexes of every occurrence, overlapping ones included (`aa` in `aaa` is ambiguous). */
function occurrences(content: string, search: string): number[] {
  const found: number[] = [];
  for (let index = content.indexOf(search); index >= 0; index = content.indexOf(search, index + 1)) found.push(index);
  return found;
}

/** 1-based line of a character index. */
function lineAt(content: string, index: number): number {
  let line = 1;
  for (let position = content.indexOf('\n'); position >= 0 && position < index; position = content.indexOf('\n', position + 1)) line += 1;
  return line;
}

function normalizeSpace(line: string): string {
  return withoutCarriageReturn(line).trim().replace(/\s+/g, ' ');
}

function quoteLine(line: string): string {
  const text = withoutCarriageReturn(line).trim();
  return JSON.stringify(text.length > MAX_QUOTED_CHARACTERS ? `${text.slice(0, MAX_QUOTED_CHARACTERS)}…` : text);
}

function notFoundMessage(content: string, search: string, path: string): string {
  const fileLines = splitLines(content);
  const normalizedFile = fileLines.map(normalizeSpace);
  const searchLines = trimBlankEdges(splitLines(search));
  const wanted = searchLines.map(normalizeSpace);
  const intro = `The search text was not found in ${path}.`;
  if (wanted.length === 0) return `${intro} It holds only whitespace; give the lines to replace.`;

  let bestStart = -1;
  let bestLength = 0;
  for (let start = 0; start < fileLines.length; start += 1) {
    let length = 0;
    while (length < wanted.length && start + length < fileLines.length && normalizedFile[start + length] === wanted[length]) length += 1;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
    if (length === wanted.length) break;
  }
  if (bestLength === wanted.length) {
    return `${intro} It matches lines ${bestStart + 1}-${bestStart + bestLength} if whitespace is ignored: the indentation, tabs or trailing spaces differ. ${READ_ADVICE}`;
  }
  if (bestLength > 0) {
    const differing = bestStart + bestLength;
    const fileHas = differing < fileLines.length ? `the file has ${quoteLine(fileLines[differing] as string)}` : 'the file ends';
    return (
      `${intro} ${bestLength === 1 ? 'Its first line matches' : `Its first ${bestLength} lines match`} from line ${bestStart + 1}, but at line ${differing + 1} ` +
      `${fileHas} where search has ${quoteLine(searchLines[bestLength] as string)}. ${READ_ADVICE}`
    );
  }
  const near = nearLines(fileLines, wanted[0] as string);
  if (near.length === 0) return `${intro} No line resembles its first line ${quoteLine(searchLines[0] as string)}. ${READ_ADVICE}`;
  const listed = near.map((index) => `line ${index + 1}: ${quoteLine(fileLines[index] as string)}`).join('; ');
  return `${intro} Closest lines to its first line: ${listed}. ${READ_ADVICE}`;
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && normalizeSpace(lines[start] as string) === '') start += 1;
  while (end > start && normalizeSpace(lines[end - 1] as string) === '') end -= 1;
  return lines.slice(start, end);
}

function words(line: string): Set<string> {
  return new Set(line.split(/[^\p{L}\p{N}_$]+/u).filter((word) => word !== ''));
}

/** Lines sharing most words with `wanted` (Jaccard index of at least 0.5), best first. */
function nearLines(fileLines: readonly string[], wanted: string): number[] {
  const target = words(wanted);
  if (target.size === 0) return [];
  const scored: Array<{ index: number; score: number }> = [];
  fileLines.forEach((line, index) => {
    const candidate = words(line);
    let shared = 0;
    for (const word of candidate) if (target.has(word)) shared += 1;
    const score = shared / (target.size + candidate.size - shared);
    if (score >= 0.5) scored.push({ index, score });
  });
  return scored
    .sort((left, right) => right.score - left.score || left.index - right.index)
    .slice(0, MAX_NEAR_MATCHES)
    .map((entry) => entry.index);
}
