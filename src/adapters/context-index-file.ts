import { constants, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileFieldTerms, type IndexFileRecord } from '../core/context/file-terms.js';
import type { TermExtractor } from '../core/context/term-extractor.js';
import { MAXIMUM_INDEXED_FILE_BYTES } from '../core/context/index-limits.js';
import { goModulePath, isLinePatternLanguage, outlineByLinePatterns } from '../core/context/line-pattern-outline.js';
import { EMPTY_OUTLINE, languageOfPath, type SourceLanguage, type SourceOutline } from '../core/context/source-outline.js';
import { outlineTypeScript, type TypeScriptWordScan } from './source-parser-typescript.js';

// Never follow a symlink in the last component, never block on a FIFO: a regular file was listed
// here, and anything else now is skipped rather than read.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** What became of one file. */
export type FileIndexOutcome =
  | {
      /** Read and outlined. */
      outcome: 'indexed';
      /** What the index keeps about it. */
      record: IndexFileRecord;
    }
  | {
      /** Left out: over the size cap, binary (NUL bytes), or gone, not a regular file, unreadable. */
      outcome: 'too-large' | 'binary' | 'unreadable';
      /** Its workspace-relative path. */
      path: string;
    };

/**
 * The imports and symbols of one file by its language; a file that cannot be parsed gets an
 * empty outline. For TypeScript and JavaScript, `scan` receives the file's words when the parser
 * counted them on its way.
 */
export function outlineSource(filePath: string, language: SourceLanguage | undefined, text: string, scan?: TypeScriptWordScan): SourceOutline {
  if (language === undefined) return EMPTY_OUTLINE;
  try {
    return isLinePatternLanguage(language) ? outlineByLinePatterns(language, text) : outlineTypeScript(filePath, text, scan);
  } catch {
    if (scan !== undefined) scan.counted = false;
    return EMPTY_OUTLINE;
  }
}

/**
 * The file's text: an `lstat` for its type and size (unless the listing already vouched for its
 * size: git's index records it), then one read that decodes in native code. Invalid UTF-8
 * becomes U+FFFD here rather than an error; a binary file has NUL bytes, which tell it apart.
 */
function readText(absolute: string, sizeKnown: boolean): string | 'too-large' | 'unreadable' {
  try {
    if (!sizeKnown) {
      const stats = lstatSync(absolute);
      if (!stats.isFile()) return 'unreadable';
      if (stats.size > MAXIMUM_INDEXED_FILE_BYTES) return 'too-large';
    }
    const text = readFileSync(absolute, { encoding: 'utf8', flag: OPEN_FLAGS });
    // It grew past the cap since it was listed (a directory or link fails the read itself: EISDIR, ELOOP).
    return text.length > MAXIMUM_INDEXED_FILE_BYTES ? 'too-large' : text;
  } catch {
    return 'unreadable';
  }
}

/**
 * Reads, outlines and splits into terms one file that git or the gitignore-aware walk listed.
 * Reads are synchronous and direct: two system calls beat the workspace port's confinement round
 * trips twenty thousand times over. The listing is what confined the path (neither git nor the
 * walk follows a symlink), a link in the last component is skipped, and `O_NOFOLLOW` refuses one
 * swapped in since. Selected files are read again through the workspace port. `sizeKnown`: the
 * listing already gave the file's size (and it was under the cap), so no `lstat` is needed.
 */
export function indexWorkspaceFile(root: string, relative: string, extractor: TermExtractor, sizeKnown = false): FileIndexOutcome {
  const text = readText(path.join(root, relative), sizeKnown);
  if (text === 'too-large' || text === 'unreadable') return { outcome: text, path: relative };
  if (text.includes('\u0000')) return { outcome: 'binary', path: relative };
  const language = languageOfPath(relative);
  const scan: TypeScriptWordScan = { words: extractor, counted: false };
  extractor.discardContentTerms();
  const outline = outlineSource(relative, language, text, scan);
  if (!scan.counted) extractor.discardContentTerms();
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  const goModule = name === 'go.mod' ? goModulePath(text) : undefined;
  return {
    outcome: 'indexed',
    record: {
      path: relative,
      bytes: Buffer.byteLength(text),
      language,
      symbols: outline.symbols,
      imports: outline.imports,
      fields: fileFieldTerms(extractor, relative, outline.symbols, text, scan.counted),
      ...(goModule === undefined ? {} : { goModule }),
    },
  };
}
