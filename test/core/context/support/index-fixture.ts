import { ContextIndexBuilder, type ContextIndex } from '../../../../src/core/context/context-index.js';
import { fileFieldTerms } from '../../../../src/core/context/file-terms.js';
import { TermExtractor } from '../../../../src/core/context/term-extractor.js';
import { historyOf, type HistoryCommit } from '../../../../src/core/context/repository-history.js';
import type { SourceSymbol } from '../../../../src/core/context/source-outline.js';

/** One file of a fixture index: its text, the relative specifiers it imports, its symbols. */
export interface FixtureFile {
  content: string;
  imports?: string[];
  symbols?: SourceSymbol[];
}

/** Builds an index in memory, as the adapters would from these files and commits. */
export function fixtureIndex(files: Record<string, FixtureFile>, commits: HistoryCommit[] = [], key = 'fixture'): ContextIndex {
  const extractor = new TermExtractor();
  const builder = new ContextIndexBuilder();
  for (const path of Object.keys(files).sort()) {
    const file = files[path] as FixtureFile;
    const symbols = file.symbols ?? [];
    builder.add({
      path,
      bytes: Buffer.byteLength(file.content),
      language: path.endsWith('.ts') ? 'typescript' : undefined,
      symbols,
      imports: (file.imports ?? []).map((specifier) => ({ specifier, style: 'relative' as const })),
      fields: fileFieldTerms(extractor, path, symbols, file.content),
    });
  }
  return builder.build(key, historyOf(builder.paths(), commits));
}

/** A token counter that counts whitespace-separated words: predictable in tests of budget arithmetic. */
export const wordCounter = {
  encoding: 'words',
  count: (text: string): number => text.split(/\s+/).filter((word) => word !== '').length,
  countWithin(text: string, limit: number): number | undefined {
    const count = this.count(text);
    return count <= limit ? count : undefined;
  },
};
