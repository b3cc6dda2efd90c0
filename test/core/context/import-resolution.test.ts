import { describe, expect, it } from 'vitest';
import { createImportResolver } from '../../../src/core/context/import-resolution.js';

const PATHS = [
  'src/app.ts',
  'src/store.ts',
  'src/view.tsx',
  'src/util/index.ts',
  'src/legacy.js',
  'src/esm.mts',
  'lib/pkg/__init__.py',
  'lib/pkg/models.py',
  'lib/pkg/sub/helpers.py',
  'go.mod',
  'internal/store/store.go',
  'internal/store/store_test.go',
  'java/src/com/acme/billing/Invoice.java',
  'java/src/com/acme/billing/Ledger.java',
  'crate/src/lib.rs',
  'crate/src/store.rs',
  'crate/src/store/cache.rs',
  'ruby/lib/acme/client.rb',
  'ruby/lib/acme.rb',
];

const resolver = createImportResolver(PATHS, { goModules: new Map([['example.com/acme', '']]) });

describe('import resolution', () => {
  it('CT-010 rewrites NodeNext .js specifiers to their TypeScript sources and tries extensions and index files', () => {
    expect(resolver.resolve('src/app.ts', 'typescript', { specifier: './store.js', style: 'relative' })).toEqual(['src/store.ts']);
    expect(resolver.resolve('src/app.ts', 'typescript', { specifier: './view.js', style: 'relative' })).toEqual(['src/view.tsx']);
    expect(resolver.resolve('src/app.ts', 'typescript', { specifier: './util', style: 'relative' })).toEqual(['src/util/index.ts']);
    expect(resolver.resolve('src/app.ts', 'typescript', { specifier: './legacy.js', style: 'relative' })).toEqual(['src/legacy.js']);
    expect(resolver.resolve('src/app.ts', 'typescript', { specifier: './esm.mjs', style: 'relative' })).toEqual(['src/esm.mts']);
    expect(resolver.resolve('src/util/index.ts', 'typescript', { specifier: '../store', style: 'relative' })).toEqual(['src/store.ts']);
  });

  it('CT-011 leaves packages and paths outside the workspace unresolved', () => {
    expect(resolver.resolve('src/app.ts', 'typescript', { specifier: 'node:fs', style: 'module' })).toEqual([]);
    expect(resolver.resolve('src/app.ts', 'typescript', { specifier: '../../outside.js', style: 'relative' })).toEqual([]);
  });

  it('CT-012 resolves Python relative and absolute imports, at any depth', () => {
    expect(resolver.resolve('lib/pkg/sub/helpers.py', 'python', { specifier: '..models', style: 'relative' })).toEqual(['lib/pkg/models.py']);
    expect(resolver.resolve('app.py', 'python', { specifier: 'pkg.models', style: 'module' })).toEqual(['lib/pkg/models.py']);
    expect(resolver.resolve('app.py', 'python', { specifier: 'pkg', style: 'module' })).toEqual(['lib/pkg/__init__.py']);
    expect(resolver.resolve('app.py', 'python', { specifier: 'os.path', style: 'module' })).toEqual([]);
  });

  it('CT-013 resolves Go packages below the go.mod module, Java classes and packages, Rust modules and Ruby requires', () => {
    expect(resolver.resolve('main.go', 'go', { specifier: 'example.com/acme/internal/store', style: 'module' })).toEqual(['internal/store/store.go']);
    expect(resolver.resolve('main.go', 'go', { specifier: 'fmt', style: 'module' })).toEqual([]);
    expect(resolver.resolve('java/src/com/acme/App.java', 'java', { specifier: 'com.acme.billing.Invoice', style: 'module' })).toEqual(['java/src/com/acme/billing/Invoice.java']);
    expect(resolver.resolve('java/src/com/acme/App.java', 'java', { specifier: 'com.acme.billing.Invoice.total', style: 'module' })).toEqual(['java/src/com/acme/billing/Invoice.java']);
    expect(resolver.resolve('java/src/com/acme/App.java', 'java', { specifier: 'com.acme.billing.*', style: 'module' })).toEqual(['java/src/com/acme/billing/Invoice.java', 'java/src/com/acme/billing/Ledger.java']);
    expect(resolver.resolve('crate/src/lib.rs', 'rust', { specifier: 'store', style: 'sibling-module' })).toEqual(['crate/src/store.rs']);
    expect(resolver.resolve('crate/src/store.rs', 'rust', { specifier: 'cache', style: 'sibling-module' })).toEqual(['crate/src/store/cache.rs']);
    expect(resolver.resolve('crate/src/lib.rs', 'rust', { specifier: 'crate::store::cache::Cache', style: 'module' })).toEqual(['crate/src/store/cache.rs']);
    expect(resolver.resolve('ruby/lib/acme.rb', 'ruby', { specifier: 'acme/client', style: 'relative' })).toEqual(['ruby/lib/acme/client.rb']);
    expect(resolver.resolve('ruby/app.rb', 'ruby', { specifier: 'acme/client', style: 'module' })).toEqual(['ruby/lib/acme/client.rb']);
  });
});
