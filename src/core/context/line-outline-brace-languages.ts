import { scanCodeLines, type CodeLine } from './code-lines.js';
import type { SourceImport, SourceOutline, SourceSymbol, SymbolKind } from './source-outline.js';

/**
 * Line-based outlines of Go, Java and Rust. These are patterns over lines whose comments and
 * string contents were blanked out by {@link scanCodeLines}, anchored at the start of a line and
 * checked against the `{` depth, so a declaration is only taken where the language puts one:
 * Go and Rust items and Java types at depth 0, Java and Rust methods at depth 1. Code formatted
 * unusually (a declaration split before its name, two on one line) is missed, not misread.
 * The TypeScript compiler is the real parser for TS and JS; this is the documented fallback.
 */

function add(symbols: SourceSymbol[], name: string | undefined, kind: SymbolKind, exported: boolean): void {
  if (name !== undefined && name !== '') symbols.push({ name, kind, exported });
}

const GO_SINGLE_IMPORT = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/;
const GO_BLOCK_IMPORT = /^\s*(?:[\w.]+\s+)?"([^"]+)"/;
const GO_FUNCTION = /^func\s+(\([^)]*\)\s*)?([A-Za-z_]\w*)/;
const GO_TYPE = /^(?:type\s+)?([A-Za-z_]\w*)\s+(?:\[[^\]]*\]\s*)?(struct|interface)?/;
const GO_VALUE = /^(?:(const|var)\s+)?([A-Za-z_]\w*)\b/;

/** Go: imports (single and grouped), functions, methods, types, and package-level constants and variables. */
export function outlineGo(text: string): SourceOutline {
  const imports: SourceImport[] = [];
  const symbols: SourceSymbol[] = [];
  let group: 'import' | 'type' | 'const' | 'var' | undefined;
  const isExported = (name: string): boolean => /^[A-Z]/.test(name);
  for (const line of scanCodeLines(text, { lineComment: '//', blockComments: true, quotes: '"\'', multilineQuotes: ['`'] })) {
    if (line.startsInside || line.depth > 0) continue;
    const code = line.code;
    if (group !== undefined) {
      if (/^\s*\)/.test(code)) {
        group = undefined;
        continue;
      }
      if (group === 'import') {
        const match = GO_BLOCK_IMPORT.exec(line.raw);
        if (match?.[1] !== undefined) imports.push({ specifier: match[1], style: 'module' });
      } else if (code.trim() !== '') {
        const trimmed = code.trim();
        if (group === 'type') {
          const match = GO_TYPE.exec(trimmed);
          if (match?.[1] !== undefined) add(symbols, match[1], match[2] === 'interface' ? 'interface' : match[2] === 'struct' ? 'class' : 'type', isExported(match[1]));
        } else {
          const name = GO_VALUE.exec(trimmed)?.[2];
          if (name !== undefined) add(symbols, name, group === 'const' ? 'constant' : 'variable', isExported(name));
        }
      }
      continue;
    }
    const opened = /^(import|type|const|var)\s*\(/.exec(code);
    if (opened !== null) {
      group = opened[1] as typeof group;
      continue;
    }
    const single = GO_SINGLE_IMPORT.exec(line.raw);
    if (single?.[1] !== undefined && code.startsWith('import')) {
      imports.push({ specifier: single[1], style: 'module' });
      continue;
    }
    const functionMatch = GO_FUNCTION.exec(code);
    if (functionMatch?.[2] !== undefined) {
      add(symbols, functionMatch[2], functionMatch[1] === undefined ? 'function' : 'method', isExported(functionMatch[2]));
      continue;
    }
    if (code.startsWith('type ')) {
      const match = GO_TYPE.exec(code);
      if (match?.[1] !== undefined) add(symbols, match[1], match[2] === 'interface' ? 'interface' : match[2] === 'struct' ? 'class' : 'type', isExported(match[1]));
      continue;
    }
    const value = /^(const|var)\s+([A-Za-z_]\w*)/.exec(code);
    if (value?.[2] !== undefined) add(symbols, value[2], value[1] === 'const' ? 'constant' : 'variable', isExported(value[2]));
  }
  return { imports, symbols };
}

const JAVA_IMPORT = /^\s*import\s+(?:static\s+)?([\w$.]+(?:\.\*)?)\s*;/;
const JAVA_TYPE = /^\s*((?:(?:public|protected|private|abstract|final|static|sealed|non-sealed|strictfp)\s+)*)(class|interface|enum|record|@interface)\s+([A-Za-z_$][\w$]*)/;
const JAVA_METHOD = /^\s*((?:(?:public|protected|private|static|final|abstract|synchronized|native|default)\s+)*)(?:<[^>]*>\s+)?[\w$.<>[\],?]+(?:\s*<[^>]*>)?(?:\[\])*\s+([a-zA-Z_$][\w$]*)\s*\(/;
const NOT_METHOD_NAMES = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'new', 'throw', 'else', 'synchronized']);

/** Java: imports (static and on-demand), top-level types, and methods of those types. */
export function outlineJava(text: string): SourceOutline {
  const imports: SourceImport[] = [];
  const symbols: SourceSymbol[] = [];
  const lines = scanCodeLines(text, { lineComment: '//', blockComments: true, quotes: '"\'', multilineQuotes: ['"""'] });
  for (const line of lines) {
    if (line.startsInside) continue;
    const imported = JAVA_IMPORT.exec(line.code);
    if (imported?.[1] !== undefined) {
      imports.push({ specifier: imported[1], style: 'module' });
      continue;
    }
    if (line.depth === 0) {
      const type = JAVA_TYPE.exec(line.code);
      if (type?.[3] !== undefined) {
        const kind: SymbolKind = type[2] === 'interface' || type[2] === '@interface' ? 'interface' : type[2] === 'enum' ? 'enum' : 'class';
        add(symbols, type[3], kind, /\bpublic\b/.test(type[1] ?? ''));
      }
    } else if (line.depth === 1) {
      const method = JAVA_METHOD.exec(line.code);
      if (method?.[2] !== undefined && !NOT_METHOD_NAMES.has(method[2])) add(symbols, method[2], 'method', /\bpublic\b/.test(method[1] ?? ''));
    }
  }
  return { imports, symbols };
}

const RUST_VISIBILITY = String.raw`(pub(?:\([^)]*\))?\s+)?`;
const RUST_FUNCTION = new RegExp(String.raw`^\s*${RUST_VISIBILITY}(?:(?:const|async|unsafe|default|extern\s+"[^"]*")\s+)*fn\s+([A-Za-z_]\w*)`);
const RUST_TYPE = new RegExp(String.raw`^\s*${RUST_VISIBILITY}(struct|enum|trait|type|union)\s+([A-Za-z_]\w*)`);
const RUST_CONSTANT = new RegExp(String.raw`^\s*${RUST_VISIBILITY}(?:const|static)\s+(?:mut\s+)?([A-Za-z_]\w*)\s*:`);
const RUST_MODULE = new RegExp(String.raw`^\s*${RUST_VISIBILITY}mod\s+([A-Za-z_]\w*)\s*(;|\{)`);
const RUST_USE_START = new RegExp(String.raw`^\s*${RUST_VISIBILITY}use\s+`);

/** Expands a `use` tree one level of braces deep: `a::{b, c::D}` → `a::b`, `a::c::D`. */
function useSpecifiers(tree: string): string[] {
  const compact = tree.replace(/\s+/g, '').replace(/;$/, '');
  const brace = compact.indexOf('{');
  if (brace < 0) return [compact.replace(/::\*$/, '').replace(/\bas\w+$/, '')];
  const prefix = compact.slice(0, brace).replace(/::$/, '');
  const inner = compact.slice(brace + 1, compact.lastIndexOf('}'));
  return inner
    .split(',')
    .map((item) => item.replace(/\{.*$/, '').replace(/::$/, '').replace(/as\w+$/, ''))
    .filter((item) => item !== '' && item !== '*')
    .map((item) => (item === 'self' ? prefix : `${prefix}::${item}`));
}

/** Rust: `use` paths within the crate, `mod x;` files, items at the top level, and methods one level in. */
export function outlineRust(text: string): SourceOutline {
  const imports: SourceImport[] = [];
  const symbols: SourceSymbol[] = [];
  let pendingUse: string | undefined;
  const lines: CodeLine[] = scanCodeLines(text, { lineComment: '//', blockComments: true, quotes: '"\'', multilineQuotes: [], lifetimes: true });
  for (const line of lines) {
    if (line.startsInside) continue;
    const code = line.code;
    if (pendingUse !== undefined || RUST_USE_START.test(code)) {
      pendingUse = `${pendingUse ?? ''} ${pendingUse === undefined ? code.replace(RUST_USE_START, '') : code}`;
      if (!code.includes(';')) continue;
      for (const specifier of useSpecifiers(pendingUse)) {
        if (/^(crate|self|super)::/.test(specifier)) imports.push({ specifier, style: 'module' });
      }
      pendingUse = undefined;
      continue;
    }
    const exported = (visibility: string | undefined): boolean => visibility !== undefined && visibility.trim() === 'pub';
    const functionMatch = RUST_FUNCTION.exec(code);
    if (functionMatch?.[2] !== undefined && line.depth <= 1) {
      add(symbols, functionMatch[2], line.depth === 0 ? 'function' : 'method', exported(functionMatch[1]));
      continue;
    }
    if (line.depth !== 0) continue;
    const module = RUST_MODULE.exec(code);
    if (module?.[2] !== undefined) {
      if (module[3] === ';') imports.push({ specifier: module[2], style: 'sibling-module' });
      add(symbols, module[2], 'module', exported(module[1]));
      continue;
    }
    const type = RUST_TYPE.exec(code);
    if (type?.[3] !== undefined) {
      const kinds: Record<string, SymbolKind> = { struct: 'class', enum: 'enum', trait: 'interface', type: 'type', union: 'class' };
      add(symbols, type[3], kinds[type[2] ?? ''] ?? 'type', exported(type[1]));
      continue;
    }
    const constant = RUST_CONSTANT.exec(code);
    if (constant?.[2] !== undefined) add(symbols, constant[2], 'constant', exported(constant[1]));
  }
  return { imports, symbols };
}
