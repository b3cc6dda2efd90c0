import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createToolRegistry } from '../../../../src/core/agent/tool-registry.js';
import { listFilesTool } from '../../../../src/core/agent/tools/list-files.js';
import { createToolTestRepository, type ToolTestRepository } from '../tool-harness.js';

const registry = createToolRegistry([listFilesTool]);
let repository: ToolTestRepository | undefined;
afterEach(() => repository?.cleanup());

const FILES = {
  '.git/config': '[core]\n',
  '.gitignore': 'node_modules/\n*.log\n',
  'README.md': '# x\n',
  'debug.log': 'noise\n',
  'node_modules/left-pad/index.js': 'module.exports = 1;\n',
  'src/index.ts': 'export {};\n',
  'src/lib/util.ts': 'export const x = 1;\n',
};

async function list(argumentsObject: Record<string, unknown>) {
  repository = await createToolTestRepository({ files: FILES });
  return registry.call('list_files', JSON.stringify(argumentsObject), repository.context);
}

describe('list_files', () => {
  it('LF-001 lists the root, leaving out .git and what .gitignore ignores', async () => {
    const outcome = await list({});
    expect(outcome.status).toBe('ok');
    expect(outcome.text).toBe(
      ['Listing of .: 3 entries', '.gitignore (20 bytes)', 'README.md (4 bytes)', 'src/', '[2 ignored by .gitignore and not shown; set include_ignored to see them]'].join('\n'),
    );
    expect(outcome.decisions.map((decision) => decision.rule)).toEqual(['PR-001']);
  });

  it('LF-002 recursive, in path order, never descending into ignored directories', async () => {
    const outcome = await list({ recursive: true });
    expect(outcome.output).toMatchObject({ truncated: false, ignored: 2 });
    const paths = (outcome.output as { entries: Array<{ path: string }> }).entries.map((entry) => entry.path);
    expect(paths).toEqual(['.gitignore', 'README.md', 'src', 'src/index.ts', 'src/lib', 'src/lib/util.ts']);
  });

  it('LF-003 include_ignored shows ignored entries but never .git', async () => {
    const outcome = await list({ recursive: true, include_ignored: true });
    expect(outcome.text).toContain('node_modules/left-pad/index.js');
    expect(outcome.text).toContain('debug.log');
    expect(outcome.text).not.toMatch(/\.git\//);
  });

  it('LF-004 stops at max_entries and says so', async () => {
    const outcome = await list({ recursive: true, max_entries: 2 });
    expect(outcome.output).toMatchObject({ truncated: true });
    expect(outcome.text).toMatch(/\[stopped at 2 entries; list a subdirectory or raise max_entries/);
  });

  it('LF-005 a subdirectory, symlinks shown as links, missing directories and files refused', async () => {
    repository = await createToolTestRepository({ files: FILES });
    symlinkSync('../.git', join(repository.root, 'src', 'git-link'));
    const outcome = await registry.call('list_files', '{"directory":"src"}', repository.context);
    expect(outcome.text).toContain('src/git-link (symlink)');
    const missing = await registry.call('list_files', '{"directory":"nope"}', repository.context);
    expect(missing.status).toBe('failed');
    expect(missing.text).toMatch(/'nope' does not exist/);
    const file = await registry.call('list_files', '{"directory":"README.md"}', repository.context);
    expect(file.text).toMatch(/is not a directory/);
  });

  it('LF-006 listing .git itself is denied', async () => {
    const outcome = await list({ directory: '.git' });
    expect(outcome.status).toBe('denied');
    expect(outcome.decisions[0]?.rule).toBe('PP-001');
  });

  it('LF-007 a subdirectory walk applies the .gitignore files above it', async () => {
    repository = await createToolTestRepository({ files: { '.gitignore': '*.gen.ts\n', 'src/a.ts': '', 'src/a.gen.ts': '', 'src/deep/b.gen.ts': '' } });
    const outcome = await registry.call('list_files', '{"directory":"src","recursive":true}', repository.context);
    const paths = (outcome.output as { entries: Array<{ path: string }> }).entries.map((entry) => entry.path);
    expect(paths).toEqual(['src/a.ts', 'src/deep']);
  });
});
