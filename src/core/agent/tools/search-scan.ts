import { protectedPathRefusal } from '../../policy/protected-paths.js';
import type { ToolContext } from '../tool.js';
import { walkWorkspace, type WalkStatistics } from '../workspace-walk.js';
import { looksBinary } from './text-file.js';

/** Files larger than this are not searched: 1 MiB. */
export const MAX_SEARCH_FILE_BYTES = 1024 * 1024;
/** Total bytes one search reads before it stops: 64 MiB. */
export const MAX_SEARCH_TOTAL_BYTES = 64 * 1024 * 1024;
/** Files one search reads before it stops. */
export const MAX_SEARCH_FILES = 20_000;
/**
 * Only this many characters of a line are tested. With no regex timeout in JavaScript, a bound
 * on each input is what keeps even a badly backtracking pattern from running for long.
 */
export const MAX_SEARCH_LINE_CHARACTERS = 1000;
/** Matching lines are shown up to this many characters. */
const MAX_SHOWN_CHARACTERS = 300;

/** One matching line. */
export interface SearchMatch {
  /** File path relative to the repository root. */
  path: string;
  /** 1-based line number. */
  line: number;
  /** The line, trimmed, cut at 300 characters. */
  text: string;
}

/** Files a search left out, by reason. */
export interface SearchSkipped {
  /** Ignored by a `.gitignore` (an ignored directory counts once). */
  ignored: number;
  /** Binary (a NUL byte). */
  binary: number;
  /** Larger than the per-file limit. */
  tooLarge: number;
  /** Protected paths (credentials), never read. */
  protected: number;
  /** Files with matches that policy does not let this identity read. */
  notPermitted: number;
  /** Files that could not be read (removed meanwhile, refused by the workspace). */
  unreadable: number;
}

/** What to search for. */
export interface SearchRequest {
  /** Directory to walk. */
  directory: string;
  /** Tested against each line; must not carry the `g` or `y` flag (they make `test` stateful). */
  expression: RegExp;
  /** Which file paths to search. */
  includes: (path: string) => boolean;
  /** Stop after this many matching lines. */
  maxResults: number;
}

/** The result of a search. */
export interface SearchScan {
  matches: SearchMatch[];
  filesSearched: number;
  truncated: boolean;
  skipped: SearchSkipped;
}

const decoder = new TextDecoder('utf-8');

/**
 * Walks the directory and tests each line of each text file. A read permission on the directory
 * lets the walk list it; the lines of a file are only shown after policy allows reading that file,
 * asked once per file with matches (so the journal gets one decision per file shown, not one per
 * file scanned).
 */
export async function searchWorkspace(context: ToolContext, request: SearchRequest): Promise<SearchScan> {
  const statistics: WalkStatistics = { ignored: 0 };
  const skipped: SearchSkipped = { ignored: 0, binary: 0, tooLarge: 0, protected: 0, notPermitted: 0, unreadable: 0 };
  const matches: SearchMatch[] = [];
  let filesSearched = 0;
  let bytesRead = 0;
  let truncated = false;

  for await (const entry of walkWorkspace(context.workspace, request.directory, { signal: context.signal, statistics })) {
    if (entry.type !== 'file' || !request.includes(entry.path)) continue;
    if (protectedPathRefusal(entry.path, 'read') !== undefined) {
      skipped.protected += 1;
      continue;
    }
    if (entry.size > MAX_SEARCH_FILE_BYTES) {
      skipped.tooLarge += 1;
      continue;
    }
    if (filesSearched >= MAX_SEARCH_FILES || bytesRead + entry.size > MAX_SEARCH_TOTAL_BYTES || context.signal?.aborted === true) {
      truncated = true;
      break;
    }
    let bytes: Uint8Array;
    try {
      bytes = await context.workspace.readBytes(entry.path, { maxBytes: MAX_SEARCH_FILE_BYTES });
    } catch {
      skipped.unreadable += 1;
      continue;
    }
    filesSearched += 1;
    bytesRead += bytes.length;
    if (looksBinary(bytes)) {
      skipped.binary += 1;
      continue;
    }
    const found = matchingLines(entry.path, decoder.decode(bytes), request.expression, request.maxResults - matches.length);
    if (found.length === 0) continue;
    if (context.policy.evaluate(context.identity, { type: 'read', path: entry.path }).decision !== 'allow') {
      skipped.notPermitted += 1;
      continue;
    }
    matches.push(...found);
    if (matches.length >= request.maxResults) {
      truncated = true;
      break;
    }
  }
  skipped.ignored = statistics.ignored;
  return { matches, filesSearched, truncated, skipped };
}

function matchingLines(path: string, text: string, expression: RegExp, limit: number): SearchMatch[] {
  const found: SearchMatch[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length && found.length < limit; index += 1) {
    const line = lines[index] as string;
    if (!expression.test(line.length > MAX_SEARCH_LINE_CHARACTERS ? line.slice(0, MAX_SEARCH_LINE_CHARACTERS) : line)) continue;
    const trimmed = line.trim();
    const shown = trimmed.length > MAX_SHOWN_CHARACTERS ? `${trimmed.slice(0, MAX_SHOWN_CHARACTERS)} …` : trimmed;
    found.push({ path, line: index + 1, text: shown });
  }
  return found;
}
