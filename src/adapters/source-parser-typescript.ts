// Before the compiler: it needs CommonJS globals an ES-module bundle does not have.
import './commonjs-globals.js';
import ts from 'typescript';
import { uniqueImports } from '../core/context/line-pattern-outline.js';
import type { WordSink } from '../core/context/identifier-terms.js';
import { scriptSkeleton } from '../core/context/script-skeleton.js';
import type { SourceImport, SourceOutline, SourceSymbol, SymbolKind } from '../core/context/source-outline.js';

/**
 * Imports and top-level symbols of TypeScript and JavaScript files (`.ts .tsx .mts .cts .js .jsx
 * .mjs .cjs`), read with the TypeScript compiler's parser (`ts.createSourceFile`: syntax only, no
 * program, no type checking, JSDoc left unparsed). The parser recovers from syntax errors, so a
 * broken file still yields what it can.
 *
 * Imports: `import … from 'x'`, `import 'x'`, `import x = require('x')`, `export … from 'x'` at
 * the top level, and `require('x')` and `import('x')` calls with a literal argument anywhere.
 * Symbols: function, class, interface, type alias, enum and namespace declarations at the top
 * level, exported or not; exported variables (`export const`), and CommonJS `exports.x =` and
 * `module.exports.x =` assignments.
 *
 * The parser reads the file's top-level skeleton when one can be cut (see `scriptSkeleton`:
 * same top-level statements, a fraction of the text), and the whole file otherwise; both give
 * the same outline.
 */
export function outlineTypeScript(path: string, text: string, scan?: TypeScriptWordScan): SourceOutline {
  const skeleton = scriptSkeleton(text, scan?.words);
  if (scan !== undefined) scan.counted = skeleton !== undefined;
  const source = parse(path, skeleton?.text ?? text);
  const imports: SourceImport[] = [];
  const symbols: SourceSymbol[] = [];
  for (const statement of source.statements) {
    collectStatement(statement, imports, symbols);
  }
  if (skeleton !== undefined) {
    for (const specifier of skeleton.calls) imports.push(importOf(specifier));
  } else if (text.includes('require') || text.includes('import(') || /\bimport\s+\(/.test(text)) {
    // Calls can sit at any depth; walking the whole tree is only worth it when the text could hold one.
    collectCalls(source, imports);
  }
  return { imports: uniqueImports(imports), symbols };
}

/** Where {@link outlineTypeScript} hands the file's words when it reads the skeleton. */
export interface TypeScriptWordScan {
  /** Receives the words, exactly as `countWords` over the whole text would hand them. */
  words: WordSink;
  /** Set to whether all words were handed over (false when the whole file had to be parsed: discard any that were). */
  counted: boolean;
}

/** The whole file, parsed as the compiler would (for tests that compare it with the skeleton). */
export function outlineTypeScriptFully(path: string, text: string): SourceOutline {
  const source = parse(path, text);
  const imports: SourceImport[] = [];
  const symbols: SourceSymbol[] = [];
  for (const statement of source.statements) collectStatement(statement, imports, symbols);
  collectCalls(source, imports);
  return { imports: uniqueImports(imports), symbols };
}

function parse(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKindOf(path));
}

function scriptKindOf(path: string): ts.ScriptKind {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  switch (extension) {
    case 'tsx':
      return ts.ScriptKind.TSX;
    case 'jsx':
      return ts.ScriptKind.JSX;
    case 'js':
    case 'mjs':
    case 'cjs':
      return ts.ScriptKind.JS;
    default:
      return ts.ScriptKind.TS;
  }
}

function importOf(specifier: string): SourceImport {
  return { specifier, style: specifier.startsWith('.') ? 'relative' : 'module' };
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function isDefaultExport(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
}

const DECLARATION_KINDS: ReadonlyMap<ts.SyntaxKind, SymbolKind> = new Map([
  [ts.SyntaxKind.FunctionDeclaration, 'function'],
  [ts.SyntaxKind.ClassDeclaration, 'class'],
  [ts.SyntaxKind.InterfaceDeclaration, 'interface'],
  [ts.SyntaxKind.TypeAliasDeclaration, 'type'],
  [ts.SyntaxKind.EnumDeclaration, 'enum'],
  [ts.SyntaxKind.ModuleDeclaration, 'module'],
]);

function collectStatement(statement: ts.Statement, imports: SourceImport[], symbols: SourceSymbol[]): void {
  if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) {
    const specifier = statement.moduleSpecifier;
    if (specifier !== undefined && ts.isStringLiteral(specifier)) imports.push(importOf(specifier.text));
    return;
  }
  if (ts.isImportEqualsDeclaration(statement)) {
    const reference = statement.moduleReference;
    if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression)) imports.push(importOf(reference.expression.text));
    return;
  }
  const kind = DECLARATION_KINDS.get(statement.kind);
  if (kind !== undefined) {
    const declaration = statement as ts.DeclarationStatement;
    const name = declaration.name !== undefined && (ts.isIdentifier(declaration.name) || ts.isStringLiteral(declaration.name)) ? declaration.name.text : isDefaultExport(statement) ? 'default' : undefined;
    if (name !== undefined) symbols.push({ name, kind, exported: isExported(statement) });
    return;
  }
  if (ts.isVariableStatement(statement)) {
    if (!isExported(statement)) return;
    const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) symbols.push({ name: declaration.name.text, kind: constant ? 'constant' : 'variable', exported: true });
    }
    return;
  }
  if (ts.isExpressionStatement(statement)) {
    const name = commonJsExportName(statement.expression);
    if (name !== undefined) symbols.push({ name, kind: 'variable', exported: true });
  }
}

/** `exports.x = …` or `module.exports.x = …` → `x`. */
function commonJsExportName(expression: ts.Expression): string | undefined {
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = expression.left;
  if (!ts.isPropertyAccessExpression(target) || !ts.isIdentifier(target.name)) return undefined;
  const owner = target.expression;
  const isExports = ts.isIdentifier(owner) && owner.text === 'exports';
  const isModuleExports = ts.isPropertyAccessExpression(owner) && ts.isIdentifier(owner.expression) && owner.expression.text === 'module' && owner.name.text === 'exports';
  return isExports || isModuleExports ? target.name.text : undefined;
}

function literalArgument(call: ts.CallExpression): string | undefined {
  const [first] = call.arguments;
  if (first === undefined || call.arguments.length > 2) return undefined;
  return ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first) ? first.text : undefined;
}

function collectCalls(root: ts.Node, imports: SourceImport[]): void {
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if (isImport || isRequire) {
        const specifier = literalArgument(node);
        if (specifier !== undefined) imports.push(importOf(specifier));
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(root, visit);
}
