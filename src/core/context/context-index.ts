import type { FieldTerms, IndexFileRecord } from './file-terms.js';
import { createImportResolver } from './import-resolution.js';
import type { RepositoryHistory } from './repository-history.js';
import type { SourceImport, SourceLanguage, SourceSymbol } from './source-outline.js';

/**
 * Version of the index layout. Bump it whenever what is indexed, how terms are made or the JSON
 * form changes: a cached index of another version is rebuilt, never read.
 */
export const CONTEXT_INDEX_FORMAT_VERSION = 1;

/** One indexed file. */
export interface IndexedFile {
  /** Workspace-relative path with `/` separators. */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** Its language when imports and symbols were extracted. */
  language: SourceLanguage | undefined;
  /** Top-level symbols in source order. */
  symbols: SourceSymbol[];
  /** Indices of the indexed files it imports, ascending. */
  imports: number[];
}

/** The inverted index of one field (paths, symbols or contents). */
export interface FieldIndex {
  /** Term → flat pairs `[fileIndex, occurrences, …]`. */
  postings: Map<string, number[]>;
  /** Per file index: terms counted in this field (its document length). */
  lengths: number[];
  /** Mean of `lengths`. */
  averageLength: number;
}

/** The searchable fields; ranking weighs them differently. */
export type FieldName = 'path' | 'symbols' | 'content';

/** Everything ranking needs about a workspace at one commit. */
export interface ContextIndex {
  /** {@link CONTEXT_INDEX_FORMAT_VERSION} when it was built. */
  formatVersion: number;
  /** What it was built from (commit, working-tree state, settings); a cached index is used only for the same key. */
  key: string;
  /** Indexed files in path order (code-unit order); their position is their index. */
  files: IndexedFile[];
  /** Inverted index per field. */
  fields: Record<FieldName, FieldIndex>;
  /** Per file index: indices of the files that import it, ascending (derived from `imports`). */
  importedBy: number[][];
  /** Churn and co-change from git history. */
  history: RepositoryHistory;
}

class FieldBuilder {
  private readonly postings = new Map<string, number[]>();
  // Postings of terms that come with the extractor's numbers, by number: no map look-up per term.
  private readonly postingsById: Array<number[] | undefined> = [];
  private readonly termsById: string[] = [];
  readonly lengths: number[] = [];

  add(fileIndex: number, field: FieldTerms): void {
    let length = 0;
    const { terms, counts, ids } = field;
    for (let position = 0; position < terms.length; position += 1) {
      const occurrences = counts[position] as number;
      length += occurrences;
      const id = ids?.[position];
      if (id !== undefined) {
        const list = this.postingsById[id];
        if (list === undefined) {
          this.postingsById[id] = [fileIndex, occurrences];
          this.termsById[id] = terms[position] as string;
        } else {
          list.push(fileIndex, occurrences);
        }
        continue;
      }
      const term = terms[position] as string;
      const list = this.postings.get(term);
      if (list === undefined) this.postings.set(term, [fileIndex, occurrences]);
      else list.push(fileIndex, occurrences);
    }
    this.lengths.push(length);
  }

  build(): FieldIndex {
    // Terms in order of their numbers (first use), then the others: the same order every build.
    const postings = new Map<string, number[]>();
    this.postingsById.forEach((list, id) => {
      if (list !== undefined) postings.set(this.termsById[id] as string, list);
    });
    for (const [term, list] of this.postings) {
      const existing = postings.get(term);
      if (existing === undefined) postings.set(term, list);
      else existing.push(...list);
    }
    return { postings, lengths: this.lengths, averageLength: averageOf(this.lengths) };
  }
}

/** The mean of a list of lengths (0 for none). */
export function averageOf(lengths: readonly number[]): number {
  let total = 0;
  for (const length of lengths) total += length;
  return lengths.length === 0 ? 0 : total / lengths.length;
}

/**
 * Builds a {@link ContextIndex} from file records (see `fileFieldTerms`). Records must be added in
 * path order (code-unit order), so that the index, and with it every ranking tie-break, is the
 * same whatever order the files were read in.
 */
export class ContextIndexBuilder {
  private readonly files: IndexedFile[] = [];
  private readonly pendingImports: SourceImport[][] = [];
  private readonly goModules = new Map<string, string>();
  private readonly pathField = new FieldBuilder();
  private readonly symbolField = new FieldBuilder();
  private readonly contentField = new FieldBuilder();

  /** Adds one file; throws when it does not come after the previous one in path order. */
  add(record: IndexFileRecord): void {
    const previous = this.files.at(-1)?.path;
    if (previous !== undefined && !(previous < record.path)) {
      throw new Error(`Index files must be added in path order: '${record.path}' after '${previous}'`);
    }
    const index = this.files.length;
    this.files.push({ path: record.path, bytes: record.bytes, language: record.language, symbols: record.symbols, imports: [] });
    this.pendingImports.push(record.imports);
    this.pathField.add(index, record.fields.path);
    this.symbolField.add(index, record.fields.symbols);
    this.contentField.add(index, record.fields.content);
    if (record.goModule !== undefined) this.goModules.set(record.goModule, record.path.slice(0, Math.max(0, record.path.lastIndexOf('/'))));
  }

  /** Paths added so far, in order. */
  paths(): string[] {
    return this.files.map((file) => file.path);
  }

  /** Resolves imports between the added files and returns the index. */
  build(key: string, history: RepositoryHistory): ContextIndex {
    const paths = this.files.map((file) => file.path);
    const indexOf = new Map(paths.map((path, index) => [path, index]));
    const resolver = createImportResolver(paths, { goModules: this.goModules });
    this.files.forEach((file, index) => {
      if (file.language === undefined) return;
      const targets = new Set<number>();
      for (const entry of this.pendingImports[index] ?? []) {
        for (const target of resolver.resolve(file.path, file.language, entry)) {
          const targetIndex = indexOf.get(target);
          if (targetIndex !== undefined) targets.add(targetIndex);
        }
      }
      file.imports = [...targets].sort((left, right) => left - right);
    });
    return {
      formatVersion: CONTEXT_INDEX_FORMAT_VERSION,
      key,
      files: this.files,
      fields: { path: this.pathField.build(), symbols: this.symbolField.build(), content: this.contentField.build() },
      importedBy: reverseImports(this.files),
      history,
    };
  }
}

/** Per file index: the files that import it, ascending. */
export function reverseImports(files: readonly IndexedFile[]): number[][] {
  const importedBy: number[][] = Array.from({ length: files.length }, () => []);
  files.forEach((file, index) => {
    for (const target of file.imports) importedBy[target]?.push(index);
  });
  return importedBy;
}
