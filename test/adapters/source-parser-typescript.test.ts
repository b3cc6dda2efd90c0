import { describe, expect, it } from 'vitest';
import { outlineTypeScript } from '../../src/adapters/source-parser-typescript.js';

describe('TypeScript and JavaScript outlines (TypeScript compiler)', () => {
  it('TS-001 finds static, re-export, import-equals, dynamic and require imports', () => {
    const outline = outlineTypeScript(
      'src/app.ts',
      [
        "import { a } from './a.js';",
        "import type { B } from '../b.js';",
        "import './side-effect.js';",
        "export { c } from './c.js';",
        "export * from './d.js';",
        "import fs = require('node:fs');",
        'export async function load() {',
        "  const lazy = await import('./lazy.js');",
        "  const old = require('./old.cjs');",
        '  const text = "import(\'./not-a-call.js\')";',
        '  return [lazy, old, text];',
        '}',
        "// require('./commented.js')",
      ].join('\n'),
    );
    expect(outline.imports).toEqual([
      { specifier: './a.js', style: 'relative' },
      { specifier: '../b.js', style: 'relative' },
      { specifier: './side-effect.js', style: 'relative' },
      { specifier: './c.js', style: 'relative' },
      { specifier: './d.js', style: 'relative' },
      { specifier: 'node:fs', style: 'module' },
      { specifier: './lazy.js', style: 'relative' },
      { specifier: './old.cjs', style: 'relative' },
    ]);
  });

  it('TS-002 lists top-level declarations: functions, classes, interfaces, types, enums, namespaces, exported consts', () => {
    const outline = outlineTypeScript(
      'src/model.ts',
      [
        'export interface Invoice { id: string }',
        'export type InvoiceId = string;',
        'export enum Status { Open, Paid }',
        'export class InvoiceStore { save() {} }',
        'export default function () {}',
        'function helper() { function inner() {} }',
        'export const MAX_LINES = 100, MIN_LINES = 1;',
        'const privateValue = 1;',
        'export let counter = 0;',
        'namespace Legacy {}',
      ].join('\n'),
    );
    expect(outline.symbols).toEqual([
      { name: 'Invoice', kind: 'interface', exported: true },
      { name: 'InvoiceId', kind: 'type', exported: true },
      { name: 'Status', kind: 'enum', exported: true },
      { name: 'InvoiceStore', kind: 'class', exported: true },
      { name: 'default', kind: 'function', exported: true },
      { name: 'helper', kind: 'function', exported: false },
      { name: 'MAX_LINES', kind: 'constant', exported: true },
      { name: 'MIN_LINES', kind: 'constant', exported: true },
      { name: 'counter', kind: 'variable', exported: true },
      { name: 'Legacy', kind: 'module', exported: false },
    ]);
  });

  it('TS-003 reads JSX and TSX, and CommonJS exports', () => {
    const component = outlineTypeScript('src/view.tsx', "import { h } from './h.js';\nexport function View() { return <div className=\"x\">{h()}</div>; }\n");
    expect(component.symbols).toEqual([{ name: 'View', kind: 'function', exported: true }]);
    expect(component.imports).toEqual([{ specifier: './h.js', style: 'relative' }]);
    const common = outlineTypeScript('lib/index.cjs', "const store = require('./store');\nexports.open = () => store;\nmodule.exports.close = function () {};\n");
    expect(common.symbols.map((symbol) => symbol.name)).toEqual(['open', 'close']);
    expect(common.imports).toEqual([{ specifier: './store', style: 'relative' }]);
  });

  it('TS-004 still outlines a file with syntax errors as far as it can', () => {
    const outline = outlineTypeScript('src/broken.ts', "import { a } from './a.js';\nexport function ok() {}\nexport class {{{ \n");
    expect(outline.imports).toEqual([{ specifier: './a.js', style: 'relative' }]);
    expect(outline.symbols[0]).toEqual({ name: 'ok', kind: 'function', exported: true });
  });
});
