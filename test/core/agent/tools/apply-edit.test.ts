import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createToolRegistry } from '../../../../src/core/agent/tool-registry.js';
import { applyEditTool } from '../../../../src/core/agent/tools/apply-edit.js';
import { replaceExactlyOnce } from '../../../../src/core/agent/tools/exact-replace.js';
import { createToolTestRepository, type ToolTestRepository } from '../tool-harness.js';

const registry = createToolRegistry([applyEditTool]);
let repository: ToolTestRepository | undefined;
afterEach(() => {
  repository?.cleanup();
  repository = undefined;
});

const SOURCE = ['function add(a, b) {', '  return a + b;', '}', '', 'function sub(a, b) {', '  return a - b;', '}', ''].join('\n');

async function edit(argumentsObject: Record<string, unknown>, files: Record<string, string> = { 'src/math.js': SOURCE }) {
  repository = await createToolTestRepository({ files });
  const outcome = await registry.call('apply_edit', JSON.stringify(argumentsObject), repository.context);
  const content = (path: string): string => readFileSync(join(repository!.root, path), 'utf8');
  return { outcome, content };
}

describe('apply_edit: search/replace', () => {
  it('AE-001 replaces text that occurs exactly once', async () => {
    const { outcome, content } = await edit({ path: 'src/math.js', search: '  return a - b;', replace: '  return a - b; // difference' });
    expect(outcome.status).toBe('ok');
    expect(outcome.text).toBe('Edited src/math.js: replaced 1 line at line 6 with 1 line.');
    expect(content('src/math.js')).toBe(SOURCE.replace('a - b;', 'a - b; // difference'));
    expect(outcome.decisions.map((decision) => decision.rule)).toEqual(['PR-001', 'PW-001']);
  });

  it('AE-002 refuses an ambiguous search, naming each line, and changes nothing', async () => {
    const { outcome, content } = await edit({ path: 'src/math.js', search: '(a, b) {', replace: '(x, y) {' });
    expect(outcome.status).toBe('failed');
    expect(outcome.text).toBe(
      'The search text occurs 2 times in src/math.js (starting at lines 1, 5); it must occur exactly once. ' +
        'Add neighbouring lines to search so that it picks one place, or edit each place with its own call.',
    );
    expect(content('src/math.js')).toBe(SOURCE);
  });

  it('AE-003 a search that only differs in indentation says where it would match', async () => {
    const { outcome } = await edit({ path: 'src/math.js', search: 'function sub(a, b) {\nreturn a - b;\n}', replace: 'x' });
    expect(outcome.status).toBe('failed');
    expect(outcome.text).toMatch(/not found in src\/math\.js\. It matches lines 5-7 if whitespace is ignored/);
    expect(outcome.text).toMatch(/Call read_file/);
  });

  it('AE-004 a search that drifts names the first differing line', async () => {
    const { outcome } = await edit({ path: 'src/math.js', search: 'function sub(a, b) {\n  return b - a;\n}', replace: 'x' });
    expect(outcome.text).toMatch(/Its first line matches from line 5, but at line 6 the file has "return a - b;" where search has "return b - a;"/);
  });

  it('AE-005 a search matching nothing lists the closest lines', async () => {
    const { outcome } = await edit({ path: 'src/math.js', search: 'function subtract(a, b) {', replace: 'x' });
    expect(outcome.text).toMatch(/Closest lines to its first line: line 1: "function add\(a, b\) \{"; line 5: "function sub\(a, b\) \{"/);
  });

  it('AE-006 keeps CRLF line endings when the search uses bare newlines', async () => {
    const crlf = 'a\r\nb\r\nc\r\n';
    const { outcome, content } = await edit({ path: 'w.txt', search: 'a\nb', replace: 'a\nB' }, { 'w.txt': crlf });
    expect(outcome.status).toBe('ok');
    expect(content('w.txt')).toBe('a\r\nB\r\nc\r\n');
  });

  it('AE-007 argument forms are checked: search needs replace, not both forms, one of them', async () => {
    const missingReplace = await edit({ path: 'src/math.js', search: 'x' });
    expect(missingReplace.outcome.status).toBe('invalid-arguments');
    expect(missingReplace.outcome.text).toMatch(/replace is required with search/);
    const both = await edit({ path: 'src/math.js', search: 'x', replace: 'y', diff: '@@ -1 +1 @@' });
    expect(both.outcome.text).toMatch(/not both/);
    const neither = await edit({ path: 'src/math.js' });
    expect(neither.outcome.text).toMatch(/give search and replace, or diff/);
  });

  it('AE-008 refuses missing files (pointing at write_file), binaries and denied paths', async () => {
    const missing = await edit({ path: 'src/none.js', search: 'x', replace: 'y' });
    expect(missing.outcome.status).toBe('failed');
    expect(missing.outcome.text).toMatch(/does not exist/);
    const binary = await edit({ path: 'b.bin', search: 'x', replace: 'y' }, { 'b.bin': 'x\0y' });
    expect(binary.outcome.text).toMatch(/binary/);
    const workflow = await edit({ path: '.github/workflows/ci.yml', search: 'push', replace: 'pull_request_target' }, { '.github/workflows/ci.yml': 'on: push\n' });
    expect(workflow.outcome.status).toBe('denied');
    expect(workflow.content('.github/workflows/ci.yml')).toBe('on: push\n');
  });

  it('AE-009 is declared as a side effect', () => {
    expect(applyEditTool.sideEffect).toBe(true);
  });
});

describe('exact replace', () => {
  it('ER-001 counts overlapping occurrences as ambiguous', () => {
    expect(replaceExactlyOnce('aaa', 'aa', 'b', 'f')).toMatchObject({ ok: false, error: expect.stringMatching(/occurs 2 times/) });
  });

  it('ER-002 refuses a replacement that changes nothing', () => {
    expect(replaceExactlyOnce('abc', 'b', 'b', 'f')).toEqual({ ok: false, error: 'search and replace are the same text; nothing would change.' });
  });

  it('ER-003 deletes with an empty replace', () => {
    expect(replaceExactlyOnce('a\nb\nc\n', 'b\n', '', 'f')).toMatchObject({ ok: true, content: 'a\nc\n' });
  });
});
