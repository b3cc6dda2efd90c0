import { afterEach, describe, expect, it } from 'vitest';
import { createToolRegistry } from '../../../../src/core/agent/tool-registry.js';
import { catastrophicPatternReason } from '../../../../src/core/agent/tools/regex-safety.js';
import { searchTool } from '../../../../src/core/agent/tools/search.js';
import { createToolTestRepository, type ToolTestRepository } from '../tool-harness.js';

const registry = createToolRegistry([searchTool]);
let repository: ToolTestRepository | undefined;
afterEach(() => repository?.cleanup());

const FILES = {
  '.git/config': 'TODO in git metadata\n',
  '.gitignore': 'dist/\n*.log\n!keep.log\n',
  '.env': 'TODO=secret\n',
  'dist/bundle.js': '// TODO built\n',
  'app.log': 'TODO in a log\n',
  'keep.log': 'TODO kept\n',
  'src/.gitignore': 'generated.ts\n',
  'src/generated.ts': '// TODO generated\n',
  'src/index.ts': 'export {};\n// TODO: wire it\nconst todo = 1;\n',
  'src/lib/util.ts': 'export const x = 1; // todo later\n',
  'assets/logo.bin': 'TODO\0binary',
};

async function search(argumentsObject: Record<string, unknown>, options: Parameters<typeof createToolTestRepository>[0] = {}) {
  repository = await createToolTestRepository({ files: FILES, ...options });
  return registry.call('search', JSON.stringify(argumentsObject), repository.context);
}

describe('search', () => {
  it('SE-001 finds path:line:text, respecting nested .gitignore files and negation, never .git or credentials', async () => {
    const outcome = await search({ pattern: 'TODO' });
    expect(outcome.status).toBe('ok');
    expect(outcome.text.split('\n')).toEqual([
      '2 matching lines in 2 files (6 files searched):',
      'keep.log:1:TODO kept',
      'src/index.ts:2:// TODO: wire it',
      '[files left out: 3 ignored by .gitignore, 1 binary, 1 protected]',
    ]);
  });

  it('SE-002 ignore_case and a glob on file names', async () => {
    const outcome = await search({ pattern: 'todo', ignore_case: true, glob: '*.ts' });
    const paths = (outcome.output as { matches: Array<{ path: string; line: number }> }).matches.map((match) => `${match.path}:${match.line}`);
    expect(paths).toEqual(['src/index.ts:2', 'src/index.ts:3', 'src/lib/util.ts:1']);
  });

  it('SE-003 a glob with "/" matches from the root; directory narrows the walk', async () => {
    const byGlob = await search({ pattern: 'todo', ignore_case: true, glob: 'src/lib/**' });
    expect((byGlob.output as { matches: unknown[] }).matches).toHaveLength(1);
    repository?.cleanup();
    const byDirectory = await search({ pattern: 'todo', ignore_case: true, directory: 'src/lib' });
    expect(byDirectory.text).toContain('src/lib/util.ts:1:export const x = 1; // todo later');
    expect(byDirectory.decisions[0]).toMatchObject({ rule: 'PR-001' });
  });

  it('SE-004 a bad regular expression or glob is refused as invalid arguments', async () => {
    const badRegex = await search({ pattern: 'foo(' });
    expect(badRegex.status).toBe('invalid-arguments');
    expect(badRegex.text).toMatch(/not a valid regular expression: .*Unterminated group\n {2}→ at pattern/);
    repository?.cleanup();
    const badGlob = await search({ pattern: 'x', glob: 'src/**.ts' });
    expect(badGlob.status).toBe('invalid-arguments');
    expect(badGlob.text).toMatch(/"\*\*" must be a whole path segment.*\n {2}→ at glob/);
  });

  it('SE-005 refuses nested repetition before running it', async () => {
    const outcome = await search({ pattern: '(a+)+$' });
    expect(outcome.status).toBe('invalid-arguments');
    expect(outcome.text).toMatch(/exponential time/);
  });

  it('SE-006 stops at max_results and says more may exist', async () => {
    const many = Array.from({ length: 50 }, (_, index) => `match ${index}`).join('\n');
    const outcome = await search({ pattern: 'match', max_results: 5 }, { files: { 'a.txt': many } });
    expect((outcome.output as { matches: unknown[]; truncated: boolean }).matches).toHaveLength(5);
    expect(outcome.text).toMatch(/stopped early/);
  });

  it('SE-007 no match says how many files were searched', async () => {
    const outcome = await search({ pattern: 'nothing-like-this' });
    expect(outcome.text).toMatch(/^No matches for \/nothing-like-this\/ in 6 files searched\./);
  });

  it('SE-008 lines of files the identity may not read are not shown', async () => {
    const config = `version: 1
identities:
  implementer:
    read: ["src", "src/index.ts"]
`;
    const outcome = await search({ pattern: 'todo', ignore_case: true, directory: 'src' }, { config });
    expect(outcome.text).toContain('src/index.ts:2');
    expect(outcome.text).not.toContain('util.ts');
    expect(outcome.text).toMatch(/1 with matches this identity may not read/);
  });
});

describe('regex safety', () => {
  it('RS-001 refuses repeated groups that repeat', () => {
    for (const pattern of ['(a+)+', '(.*)*', '(\\w+\\s?)*x', '((ab)*)+', '(?:a|b+){2,}', '(x+){1,100}', '(?<word>\\w+)+']) {
      expect(catastrophicPatternReason(pattern), pattern).toBeDefined();
    }
  });

  it('RS-002 refuses repeated alternations whose branches may overlap', () => {
    for (const pattern of ['(a|a)*b', '(\\w|_)+', '(a|)*', '(?:x|X)+', '(.|\\n)*', '(ab|ac)+']) {
      expect(catastrophicPatternReason(pattern), pattern).toMatch(/alternation/);
    }
  });

  it('RS-003 accepts ordinary patterns', () => {
    for (const pattern of ['TODO', 'foo\\(.*\\)', '(foo|bar)+', '[(+*]+', 'a+b*c?', '(ab)?x+', '\\(a+\\)+', '(a{3})+', 'function\\s+\\w+\\(', '(?:get|set)\\w+', '(?:foo|bar)+baz', 'a|b|c', '(a|b)?c']) {
      expect(catastrophicPatternReason(pattern), pattern).toBeUndefined();
    }
  });
});
