import type { FieldName } from './context-index.js';
import { wordsOf } from './identifier-terms.js';
import type { SourceImport, SourceLanguage, SourceSymbol } from './source-outline.js';
import type { TermCounts, TermExtractor } from './term-extractor.js';

/** Distinct terms of one field of one file with how often each occurs. */
export type FieldTerms = TermCounts;

/** Everything the index keeps about one file, ready to be added to it. */
export interface IndexFileRecord {
  /** Workspace-relative path. */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** Its language, when imports and symbols were extracted. */
  language: SourceLanguage | undefined;
  /** Top-level symbols. */
  symbols: SourceSymbol[];
  /** Imports as written; resolved once every file is known. */
  imports: SourceImport[];
  /** Terms per field. */
  fields: Record<FieldName, FieldTerms>;
  /** The module path a `go.mod` declares, for `go.mod` files. */
  goModule?: string;
}

function toFieldTerms(counts: Map<string, number>): FieldTerms {
  return { terms: [...counts.keys()], counts: [...counts.values()] };
}

/**
 * The terms of a file's three fields. The file name counts twice in the path field:
 * `src/billing/invoice.ts` is about invoices first and about billing second. When a parser
 * already handed the content's words to the extractor (`contentCounted`), their terms are taken;
 * otherwise the content is scanned here.
 */
export function fileFieldTerms(extractor: TermExtractor, path: string, symbols: readonly SourceSymbol[], content: string, contentCounted = false): Record<FieldName, FieldTerms> {
  const pathCounts = new Map<string, number>();
  extractor.countPathTerms(path, pathCounts, 2);

  const symbolCounts = new Map<string, number>();
  for (const symbol of symbols) {
    for (const word of wordsOf(symbol.name)) {
      for (const term of extractor.nameTermsOf(word)) symbolCounts.set(term, (symbolCounts.get(term) ?? 0) + 1);
    }
  }

  const contentTerms = contentCounted ? extractor.takeContentTerms() : extractor.contentTermsOfText(content);
  return { path: toFieldTerms(pathCounts), symbols: toFieldTerms(symbolCounts), content: contentTerms };
}
