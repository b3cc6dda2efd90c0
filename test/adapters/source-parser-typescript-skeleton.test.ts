import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineTypeScript, outlineTypeScriptFully } from '../../src/adapters/source-parser-typescript.js';
import { scriptSkeleton } from '../../src/core/context/script-skeleton.js';
import { countWords, mapWordSink } from '../../src/core/context/identifier-terms.js';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '..', '..');

const TRICKY: Record<string, string> = {
  'regex with quotes and braces': "const pattern = /[\"'{]+}/g;\nexport function f() { return pattern.test('{'); }\nexport const g = 1;\n",
  'division that looks like a regex': 'const a = 4, b = 2, c = 1;\nexport const ratio = a / b / c;\nexport function h() { return (a) / 2 / (b); }\n',
  'contextual keyword as a name': 'const node = { type: 4 };\nexport const half = node.type / 2 / 1;\nexport class K {}\n',
  'templates with braces inside': "export const t = `a ${ { x: '}' }.x } b ${`nested ${1}`} }`;\nexport function after() { return `{`; }\n",
  'calls inside bodies': "export function load() {\n  const a = require('./a');\n  return import('./b.js').then(() => a);\n}\nexport const c = require(`./c.js`);\nconst x = { require: (s: string) => s }.require('./not-a-module');\n",
  'import clauses and exports': "import { a, b as c } from './x.js';\nimport * as all from './y.js';\nexport { a, c };\nexport * from './z.js';\nexport default class { m() {} }\n",
  'declarations of every kind': "export interface I { a: { b: string } }\nexport type T = { [key: string]: () => void };\nexport enum E { A = 1 }\ndeclare module 'mod' { export const x: number; }\nnamespace N { export function inner() {} }\nexport abstract class A<T extends { id: string }> {}\nexport async function* gen() { yield 1; }\n",
  'unbalanced after a misread regex': 'const re = x\n/"/\nexport function f() {}\n',
};

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && /\.(ts|js)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('script skeleton read by the TypeScript parser', () => {
  it.each(Object.entries(TRICKY))('SK-001 outlines %s exactly as a full parse does', (_name, text) => {
    expect(outlineTypeScript('src/sample.ts', text)).toEqual(outlineTypeScriptFully('src/sample.ts', text));
  });

  it('SK-002 keeps only the top level and collects module calls from every depth', () => {
    const skeleton = scriptSkeleton("export function f() { return require('./deep.js'); }\nexport class C { m() { return import('./lazy.js'); } }\n");
    expect(skeleton).toEqual({ text: 'export function f() {}\nexport class C {}\n', calls: ['./deep.js', './lazy.js'] });
  });

  it('SK-003 gives up, for a full parse, on JSX and on text whose braces do not balance', () => {
    expect(scriptSkeleton('export const v = <div>{"}"}</div>;')).toBeUndefined();
    expect(scriptSkeleton('export function f() {')).toBeUndefined();
    expect(scriptSkeleton("const s = 'unterminated\nexport const x = 1;")).toBeUndefined();
  });

  it('SK-004 outlines every TypeScript file of this repository exactly as a full parse does', async () => {
    const files = [...(await sourceFiles(path.join(REPOSITORY_ROOT, 'src'))), ...(await sourceFiles(path.join(REPOSITORY_ROOT, 'test')))];
    expect(files.length).toBeGreaterThan(200);
    let skeletons = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const words = new Map<string, number>();
      if (scriptSkeleton(text, mapWordSink(words)) !== undefined) {
        skeletons += 1;
        // The words counted on the way are those a separate scan of the whole text finds.
        const separately = new Map<string, number>();
        countWords(text, mapWordSink(separately));
        expect({ file, words: Object.fromEntries([...words].sort()) }).toEqual({ file, words: Object.fromEntries([...separately].sort()) });
      }
      expect({ file, outline: outlineTypeScript(file, text) }).toEqual({ file, outline: outlineTypeScriptFully(file, text) });
    }
    // Most files are read from their skeleton; the rest fall back to the full parse.
    expect(skeletons / files.length).toBeGreaterThan(0.9);
  });
});
