import { averageOf, CONTEXT_INDEX_FORMAT_VERSION, reverseImports, type ContextIndex, type FieldIndex, type FieldName, type IndexedFile } from './context-index.js';
import type { RepositoryHistory } from './repository-history.js';
import type { SourceLanguage, SourceSymbol, SymbolKind } from './source-outline.js';

/**
 * The JSON form of a {@link ContextIndex}: column-wise arrays rather than one object per file,
 * because a large repository's index is tens of megabytes and this shape parses several times
 * faster. `importedBy` and average lengths are derived again on load.
 */
interface ContextIndexJson {
  formatVersion: number;
  key: string;
  paths: string[];
  bytes: number[];
  languages: Array<SourceLanguage | null>;
  /** Per file: flat triples `[name, kind, 1 if exported else 0, …]`. */
  symbols: Array<Array<string | number>>;
  imports: number[][];
  fields: Record<FieldName, { terms: string[]; postings: number[][]; lengths: number[] }>;
  history: RepositoryHistory;
}

const FIELD_NAMES: readonly FieldName[] = ['path', 'symbols', 'content'];
const LANGUAGES = new Set<string>(['typescript', 'javascript', 'python', 'go', 'java', 'rust', 'ruby']);
const SYMBOL_KINDS = new Set<string>(['function', 'class', 'interface', 'type', 'enum', 'constant', 'variable', 'module', 'method']);

/** The index as JSON text. */
export function serializeContextIndex(index: ContextIndex): string {
  const fields = {} as ContextIndexJson['fields'];
  for (const name of FIELD_NAMES) {
    const field = index.fields[name];
    fields[name] = { terms: [...field.postings.keys()], postings: [...field.postings.values()], lengths: field.lengths };
  }
  const json: ContextIndexJson = {
    formatVersion: index.formatVersion,
    key: index.key,
    paths: index.files.map((file) => file.path),
    bytes: index.files.map((file) => file.bytes),
    languages: index.files.map((file) => file.language ?? null),
    symbols: index.files.map((file) => file.symbols.flatMap((symbol) => [symbol.name, symbol.kind, symbol.exported ? 1 : 0])),
    imports: index.files.map((file) => file.imports),
    fields,
    history: index.history,
  };
  return JSON.stringify(json);
}

/**
 * The index in `text` when it is well-formed, of this format version and built for `expectedKey`;
 * otherwise undefined, and the caller rebuilds. Every file index inside is range-checked, so a
 * damaged or tampered cache file cannot make ranking read outside the index; paths are only ever
 * read through the workspace, which confines them.
 */
export function parseContextIndex(text: string, expectedKey: string): ContextIndex | undefined {
  let json: Partial<ContextIndexJson>;
  try {
    json = JSON.parse(text) as Partial<ContextIndexJson>;
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  if (json.formatVersion !== CONTEXT_INDEX_FORMAT_VERSION || json.key !== expectedKey) return undefined;
  const { paths, bytes, languages, symbols, imports, fields, history } = json;
  if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string' && isPlainRelativePath(path))) return undefined;
  const count = paths.length;
  if (!isArrayOf(bytes, count) || !isArrayOf(languages, count) || !isArrayOf(symbols, count) || !isArrayOf(imports, count)) return undefined;
  if (!imports.every((list) => isIndexList(list, count, 1))) return undefined;
  const files: IndexedFile[] = [];
  for (let index = 0; index < count; index += 1) {
    const language = languages[index];
    const fileSymbols = parseSymbols(symbols[index]);
    if ((language !== null && !LANGUAGES.has(language as string)) || fileSymbols === undefined || typeof bytes[index] !== 'number') return undefined;
    files.push({ path: paths[index] as string, bytes: bytes[index] as number, language: language ?? undefined, symbols: fileSymbols, imports: imports[index] as number[] });
  }
  if (typeof fields !== 'object' || fields === null) return undefined;
  const parsedFields = {} as Record<FieldName, FieldIndex>;
  for (const name of FIELD_NAMES) {
    const field = parseField(fields[name], count);
    if (field === undefined) return undefined;
    parsedFields[name] = field;
  }
  const parsedHistory = parseHistory(history, count);
  if (parsedHistory === undefined) return undefined;
  return { formatVersion: CONTEXT_INDEX_FORMAT_VERSION, key: expectedKey, files, fields: parsedFields, importedBy: reverseImports(files), history: parsedHistory };
}

function isArrayOf(value: unknown, length: number): value is unknown[] {
  return Array.isArray(value) && value.length === length;
}

/** Whole numbers below `count` at every `stride`-th position (pairs: the file index comes first). */
function isIndexList(value: unknown, count: number, stride: number): value is number[] {
  if (!Array.isArray(value) || value.length % stride !== 0) return false;
  for (let position = 0; position < value.length; position += 1) {
    const item = value[position] as unknown;
    if (typeof item !== 'number' || !Number.isInteger(item) || item < 0) return false;
    if (position % stride === 0 && item >= count) return false;
  }
  return true;
}

function isPlainRelativePath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.includes('\u0000') && !path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '');
}

function parseSymbols(value: unknown): SourceSymbol[] | undefined {
  if (!Array.isArray(value) || value.length % 3 !== 0) return undefined;
  const symbols: SourceSymbol[] = [];
  for (let position = 0; position < value.length; position += 3) {
    const [name, kind, exported] = value.slice(position, position + 3) as unknown[];
    if (typeof name !== 'string' || typeof kind !== 'string' || !SYMBOL_KINDS.has(kind)) return undefined;
    symbols.push({ name, kind: kind as SymbolKind, exported: exported === 1 });
  }
  return symbols;
}

function parseField(value: unknown, count: number): FieldIndex | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { terms, postings, lengths } = value as Partial<ContextIndexJson['fields'][FieldName]>;
  if (!Array.isArray(terms) || !isArrayOf(postings, terms.length) || !isArrayOf(lengths, count)) return undefined;
  if (!lengths.every((length) => typeof length === 'number' && length >= 0)) return undefined;
  const map = new Map<string, number[]>();
  for (let index = 0; index < terms.length; index += 1) {
    const list = postings[index];
    if (typeof terms[index] !== 'string' || !isIndexList(list, count, 2)) return undefined;
    map.set(terms[index] as string, list);
  }
  return { postings: map, lengths: lengths as number[], averageLength: averageOf(lengths as number[]) };
}

function parseHistory(value: unknown, count: number): RepositoryHistory | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const history = value as Partial<RepositoryHistory>;
  if (typeof history.available !== 'boolean' || typeof history.commits !== 'number') return undefined;
  if (history.note !== undefined && typeof history.note !== 'string') return undefined;
  if (!isArrayOf(history.churn, count) || !history.churn.every((churn) => typeof churn === 'number' && churn >= 0)) return undefined;
  if (!isArrayOf(history.coChanges, count) || !history.coChanges.every((pairs) => isIndexList(pairs, count, 2))) return undefined;
  return {
    available: history.available,
    ...(history.note === undefined ? {} : { note: history.note }),
    commits: history.commits,
    churn: history.churn as number[],
    coChanges: history.coChanges as number[][],
  };
}
