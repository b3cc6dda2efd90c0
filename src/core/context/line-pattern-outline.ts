import { outlineGo, outlineJava, outlineRust } from './line-outline-brace-languages.js';
import { outlinePython, outlineRuby } from './line-outline-scripting-languages.js';
import type { SourceImport, SourceLanguage, SourceOutline } from './source-outline.js';

/** The languages outlined with line patterns; TypeScript and JavaScript go through the TypeScript compiler instead. */
export type LinePatternLanguage = Exclude<SourceLanguage, 'typescript' | 'javascript'>;

/** Whether a language is outlined by line patterns here rather than by a parser. */
export function isLinePatternLanguage(language: SourceLanguage): language is LinePatternLanguage {
  return language !== 'typescript' && language !== 'javascript';
}

/**
 * Imports and top-level symbols of Python, Go, Java, Rust or Ruby source, found with documented
 * line patterns (see each language's function). Not a parser: it is right for conventionally
 * formatted code and misses, rather than invents, what it cannot read.
 */
export function outlineByLinePatterns(language: LinePatternLanguage, text: string): SourceOutline {
  const outline = OUTLINERS[language](text);
  return { imports: uniqueImports(outline.imports), symbols: outline.symbols };
}

const OUTLINERS: Readonly<Record<LinePatternLanguage, (text: string) => SourceOutline>> = {
  python: outlinePython,
  go: outlineGo,
  java: outlineJava,
  rust: outlineRust,
  ruby: outlineRuby,
};

/** Imports with duplicates removed, first occurrence kept. */
export function uniqueImports(imports: readonly SourceImport[]): SourceImport[] {
  const seen = new Set<string>();
  const unique: SourceImport[] = [];
  for (const entry of imports) {
    const key = `${entry.style}\u0000${entry.specifier}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(entry);
  }
  return unique;
}

/**
 * The Go module path declared by a `go.mod` file's text (`module example.com/x`), or undefined.
 * Go imports resolve against it.
 */
export function goModulePath(goModText: string): string | undefined {
  const match = /^\s*module\s+"?([^\s"]+)"?\s*$/m.exec(goModText);
  return match?.[1];
}
