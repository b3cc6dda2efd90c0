import { scanCodeLines } from './code-lines.js';
import type { SourceImport, SourceOutline, SourceSymbol } from './source-outline.js';

/**
 * Line-based outlines of Python and Ruby: patterns anchored at the start of lines whose comments
 * and string contents were blanked out (docstrings and `=begin` blocks never count as code).
 * Python's top level is indentation 0. Ruby has no reliable top level without a parser, so its
 * classes and modules count at any depth and `def` at an indentation of at most two levels.
 * Imports count at any depth in both: an import inside a function is still a dependency.
 */

const PYTHON_IMPORT = /^\s*import\s+(.+)$/;
const PYTHON_FROM_IMPORT = /^\s*from\s+(\.*[\w.]*)\s+import\s+(.+)$/;
const PYTHON_FUNCTION = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/;
const PYTHON_CLASS = /^class\s+([A-Za-z_]\w*)/;
const PYTHON_CONSTANT = /^([A-Z][A-Z0-9_]*)\s*(?::[^=]*)?=(?!=)/;

/** Python: `import a.b`, `from .a import b` (names imported from a bare package count as its modules), and top-level `def`, `class` and UPPER_CASE constants. */
export function outlinePython(text: string): SourceOutline {
  const imports: SourceImport[] = [];
  const symbols: SourceSymbol[] = [];
  const exported = (name: string): boolean => !name.startsWith('_');
  for (const line of scanCodeLines(text, { lineComment: '#', blockComments: false, quotes: '"\'', multilineQuotes: ['"""', "'''"] })) {
    if (line.startsInside) continue;
    const code = line.code;
    const from = PYTHON_FROM_IMPORT.exec(code);
    if (from?.[1] !== undefined) {
      const module = from[1];
      const style = module.startsWith('.') ? 'relative' : 'module';
      if (/^\.+$/.test(module)) {
        for (const name of (from[2] ?? '').replace(/[()\\]/g, '').split(',')) {
          const imported = name.trim().split(/\s+/)[0];
          if (imported !== undefined && /^\w+$/.test(imported)) imports.push({ specifier: `${module}${imported}`, style });
        }
      } else {
        imports.push({ specifier: module, style });
      }
      continue;
    }
    const plain = PYTHON_IMPORT.exec(code);
    if (plain?.[1] !== undefined) {
      for (const part of plain[1].split(',')) {
        const module = part.trim().split(/\s+/)[0];
        if (module !== undefined && /^[\w.]+$/.test(module)) imports.push({ specifier: module, style: 'module' });
      }
      continue;
    }
    const functionName = PYTHON_FUNCTION.exec(code)?.[1];
    if (functionName !== undefined) {
      symbols.push({ name: functionName, kind: 'function', exported: exported(functionName) });
      continue;
    }
    const className = PYTHON_CLASS.exec(code)?.[1];
    if (className !== undefined) {
      symbols.push({ name: className, kind: 'class', exported: exported(className) });
      continue;
    }
    const constant = PYTHON_CONSTANT.exec(code)?.[1];
    if (constant !== undefined) symbols.push({ name: constant, kind: 'constant', exported: exported(constant) });
  }
  return { imports, symbols };
}

const RUBY_REQUIRE = /^\s*(require|require_relative)\s*\(?\s*["']([^"']+)["']/;
const RUBY_CONTAINER = /^\s*(class|module)\s+([A-Z]\w*(?:::[A-Z]\w*)*)/;
const RUBY_METHOD = /^(\s*)def\s+(self\.)?([A-Za-z_]\w*[?!=]?)/;
const RUBY_CONSTANT = /^\s{0,4}([A-Z][A-Z0-9_]*)\s*=(?!=)/;
/** Deepest indentation, in columns, at which a Ruby `def` is still taken as a symbol (class inside a module). */
const RUBY_MAXIMUM_METHOD_INDENT = 4;

/** Ruby: `require` and `require_relative`, classes and modules, methods, and constants. */
export function outlineRuby(text: string): SourceOutline {
  const imports: SourceImport[] = [];
  const symbols: SourceSymbol[] = [];
  let inDocumentation = false;
  for (const line of scanCodeLines(text, { lineComment: '#', blockComments: false, quotes: '"\'', multilineQuotes: [] })) {
    if (/^=begin\b/.test(line.raw)) inDocumentation = true;
    if (inDocumentation) {
      if (/^=end\b/.test(line.raw)) inDocumentation = false;
      continue;
    }
    const required = RUBY_REQUIRE.exec(line.raw);
    if (required?.[2] !== undefined && /^\s*require/.test(line.code)) {
      imports.push({ specifier: required[2], style: required[1] === 'require_relative' ? 'relative' : 'module' });
      continue;
    }
    const container = RUBY_CONTAINER.exec(line.code);
    if (container?.[2] !== undefined) {
      symbols.push({ name: container[2], kind: container[1] === 'module' ? 'module' : 'class', exported: true });
      continue;
    }
    const method = RUBY_METHOD.exec(line.code);
    if (method?.[3] !== undefined && (method[1] ?? '').replace(/\t/g, '  ').length <= RUBY_MAXIMUM_METHOD_INDENT) {
      symbols.push({ name: method[3], kind: (method[1] ?? '') === '' ? 'function' : 'method', exported: true });
      continue;
    }
    const constant = RUBY_CONSTANT.exec(line.code)?.[1];
    if (constant !== undefined) symbols.push({ name: constant, kind: 'constant', exported: true });
  }
  return { imports, symbols };
}
