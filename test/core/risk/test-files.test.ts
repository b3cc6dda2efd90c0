import { describe, expect, it } from 'vitest';
import { indexTestFiles, isSourceModule, isTestFile } from '../../../src/core/risk/test-files.js';

describe('test files', () => {
  it('TF-001 tests are recognised by name and by directory', () => {
    const tests = [
      'src/a.test.ts',
      'src/a.spec.js',
      'pkg/server_test.go',
      'tests/test_parser.py',
      'lib/parser_test.py',
      'spec/models/user_spec.rb',
      'src/test/java/com/x/ParserTest.java',
      'Project.Tests/ParserTests.cs',
      'src/__tests__/button.tsx',
      'test/support/helpers.ts',
    ];
    for (const path of tests) expect(isTestFile(path), path).toBe(true);
    for (const path of ['src/latest.ts', 'src/contest.py', 'src/Test.java', 'src/testing.ts', 'docs/test.md']) {
      expect(isTestFile(path), path).toBe(false);
    }
  });

  it('TF-002 source modules are code with a source extension that is not a test or a declaration', () => {
    for (const path of ['src/a.ts', 'app/models/user.rb', 'cmd/main.go', 'lib/x.py', 'web/App.vue']) expect(isSourceModule(path), path).toBe(true);
    for (const path of ['README.md', 'src/types.d.ts', 'src/a.test.ts', 'package.json', 'migrations/001.sql', 'Dockerfile']) {
      expect(isSourceModule(path), path).toBe(false);
    }
  });

  it('TF-003 a module finds its tests by each convention', () => {
    const index = indexTestFiles([
      'src/core/a.test.ts',
      'src/core/b.spec.tsx',
      'test/core/config/load-config.test.ts',
      'test/core/config/load-config-errors.test.ts',
      'src/components/__tests__/button.test.tsx',
      'tests/unit/test_parser.py',
      'pkg/server/server_test.go',
      'README.md',
    ]);
    expect(index.conventionalTestsOf('src/core/a.ts')).toEqual(['src/core/a.test.ts']);
    expect(index.conventionalTestsOf('src/core/b.tsx')).toEqual(['src/core/b.spec.tsx']);
    expect(index.conventionalTestsOf('src/core/config/load-config.ts')).toEqual([
      'test/core/config/load-config-errors.test.ts',
      'test/core/config/load-config.test.ts',
    ]);
    expect(index.conventionalTestsOf('src/components/button.tsx')).toEqual(['src/components/__tests__/button.test.tsx']);
    expect(index.conventionalTestsOf('parser/parser.py')).toEqual(['tests/unit/test_parser.py']);
    expect(index.conventionalTestsOf('pkg/server/server.go')).toEqual(['pkg/server/server_test.go']);
  });

  it('TF-004 a test beside another module of the same name, or a longer name, does not count', () => {
    const index = indexTestFiles(['src/other/a.test.ts', 'test/load-configuration.test.ts', 'src/config.test.ts']);
    expect(index.conventionalTestsOf('src/core/a.ts')).toEqual([]);
    expect(index.conventionalTestsOf('src/load-config.ts')).toEqual([]);
    expect(index.conventionalTestsOf('src/conf.ts')).toEqual([]);
  });
});
