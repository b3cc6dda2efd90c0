/** The languages whose imports and symbols are extracted; other text files are indexed by path and content only. */
export type SourceLanguage = 'typescript' | 'javascript' | 'python' | 'go' | 'java' | 'rust' | 'ruby';

/** What kind of top-level declaration a symbol is. */
export type SymbolKind = 'function' | 'class' | 'interface' | 'type' | 'enum' | 'constant' | 'variable' | 'module' | 'method';

/** One top-level declaration of a file. */
export interface SourceSymbol {
  /** The declared name. */
  name: string;
  /** What it declares. */
  kind: SymbolKind;
  /** Whether other files can use it (exported, public, capitalized in Go, not `_`-prefixed in Python). */
  exported: boolean;
}

/** One import of a file, as written. */
export interface SourceImport {
  /** The module specifier or name as written (`./store.js`, `os.path`, `github.com/x/y`, `crate::a::b`). */
  specifier: string;
  /**
   * How the specifier is resolved: `relative` to the importing file, `module` by the language's
   * module rules (a package, a dotted or `::` path), `sibling-module` for Rust's `mod x;`.
   */
  style: 'relative' | 'module' | 'sibling-module';
}

/** Imports and top-level symbols of one source file. */
export interface SourceOutline {
  /** Imports in source order, duplicates removed. */
  imports: SourceImport[];
  /** Top-level symbols in source order. */
  symbols: SourceSymbol[];
}

/** An outline with nothing in it, for files that could not be parsed. */
export const EMPTY_OUTLINE: SourceOutline = Object.freeze({ imports: [], symbols: [] }) as SourceOutline;

const LANGUAGE_BY_EXTENSION: ReadonlyMap<string, SourceLanguage> = new Map([
  ['ts', 'typescript'],
  ['tsx', 'typescript'],
  ['mts', 'typescript'],
  ['cts', 'typescript'],
  ['js', 'javascript'],
  ['jsx', 'javascript'],
  ['mjs', 'javascript'],
  ['cjs', 'javascript'],
  ['py', 'python'],
  ['pyi', 'python'],
  ['go', 'go'],
  ['java', 'java'],
  ['rs', 'rust'],
  ['rb', 'ruby'],
  ['rake', 'ruby'],
]);

/** The language of a workspace path by its extension, or undefined for files that are only text. */
export function languageOfPath(path: string): SourceLanguage | undefined {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  if (dot <= slash + 1) return undefined;
  return LANGUAGE_BY_EXTENSION.get(path.slice(dot + 1).toLowerCase());
}
