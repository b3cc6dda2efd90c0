/** Files named in the goal or issue, read from a real checkout through the guarded workspace. */
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileWorkspace } from '../../../src/adapters/workspace-fs.js';
import { gatherIntent } from '../../../src/core/intent/gather-intent.js';
import { MAX_MENTIONS_EXAMINED } from '../../../src/core/intent/linked-files.js';
import { mentionedPaths } from '../../../src/core/intent/linked-paths.js';
import { IntentRepository } from './intent-fixture.js';

let repository: IntentRepository;
beforeEach(async () => {
  repository = await IntentRepository.create();
  await repository.commitFiles({
    'docs/spec.md': '# Spec\nThe index is cached.\n',
    'src/index-cache.ts': 'export const cache = new Map();\n',
    'src/nested/deep.ts': 'export {};\n',
    'notes/design.md': 'Design notes.\n',
  });
});
afterEach(async () => {
  await repository.remove();
});

const paths = (files: ReadonlyArray<{ path: string }>) => files.map((file) => file.path);

describe('mentionedPaths', () => {
  const harbour = { owner: 'acme', name: 'harbour' };

  it('IN-020 finds backticked paths, relative markdown links and this repository’s blob URLs', () => {
    const text = [
      'See `src/index-cache.ts:12` and `./docs/spec.md#L3-L9`, not `npm test` or ```src/fenced.ts```.',
      'Read [the spec](docs/spec.md "Spec") and [design](<notes/design.md>), ![img](/assets/a%20b.png).',
      'Skip [site](https://example.com/x.md), [anchor](#usage), [mail](mailto:a@b.c), [up](../../etc/passwd).',
      'Blob: https://github.com/ACME/Harbour/blob/feature/x/src/nested/deep.ts?plain=1#L4',
      'Other repo: https://github.com/acme/other/blob/main/src/index-cache.ts',
      '[ref]: notes/design.md',
    ].join('\n');
    expect(mentionedPaths(text, harbour)).toEqual([
      ['src/index-cache.ts'],
      ['docs/spec.md'],
      ['notes/design.md'],
      ['assets/a b.png'],
      ['x/src/nested/deep.ts', 'src/nested/deep.ts', 'nested/deep.ts', 'deep.ts'],
    ]);
  });
});

describe('gatherIntent: linked files', () => {
  it('IN-021 reads linked files that exist, in the order named, with where they were linked from', async () => {
    await repository.writeIssue(5, {
      title: 'Cache the index',
      author: 'alice',
      body: 'Per [the spec](docs/spec.md), change `src/index-cache.ts`. Also https://github.com/acme/harbour/blob/feature/x/src/nested/deep.ts and `src/missing.ts`.',
    });
    const intent = await gatherIntent(await repository.options({ issueNumber: 5 }));
    expect(intent.linkedFiles).toEqual([
      { path: 'docs/spec.md', text: '# Spec\nThe index is cached.\n', truncated: false, bytes: 28, linkedFrom: 'issue #5 body by @alice (write)' },
      { path: 'src/index-cache.ts', text: 'export const cache = new Map();\n', truncated: false, bytes: 32, linkedFrom: 'issue #5 body by @alice (write)' },
      { path: 'src/nested/deep.ts', text: 'export {};\n', truncated: false, bytes: 11, linkedFrom: 'issue #5 body by @alice (write)' },
    ]);
    expect(intent.skippedFiles).toEqual([]);
  });

  it('IN-022 a link to .env or .git/config is skipped and noted, and its content never read', async () => {
    await repository.writeFiles({ '.env': 'TOKEN=hunter2\n', 'config/.env.production': 'KEY=abc\n' });
    await symlink('../.env', path.join(repository.repoDir, 'docs', 'env-link.md'));
    await repository.writeIssue(5, {
      title: 'Read these',
      author: 'mallory',
      body: 'Look at [env](.env), `.git/config`, `config/.env.production`, [this](docs/env-link.md) and https://github.com/acme/harbour/blob/main/.git/config',
    });
    const intent = await gatherIntent(await repository.options({ issueNumber: 5 }));
    expect(intent.linkedFiles).toEqual([]);
    expect(intent.skippedFiles.map((file) => [file.path, file.reason])).toEqual([
      ['.env', 'protected'],
      ['.git/config', 'protected'],
      ['config/.env.production', 'protected'],
      ['docs/env-link.md', 'protected'],
    ]);
    expect(intent.skippedFiles[0]?.detail).toMatch(/protected path \(PP-005\)/);
    expect(intent.skippedFiles[1]?.detail).toMatch(/protected path \(PP-001\)/);
    expect(intent.skippedFiles[3]?.detail).toMatch(/it leads to '\.env': protected path \(PP-005\)/);
    expect(JSON.stringify(intent)).not.toMatch(/hunter2|KEY=abc|\[core\]/);
  });

  it('IN-023 the workspace guard’s own refusal is a skip, not a failure', async () => {
    await repository.writeFiles({ '.env': 'TOKEN=hunter2\n' });
    // A guard stricter than the protected paths, standing in for whatever the stage wires in.
    const workspace = await createFileWorkspace(repository.repoDir, {
      guard: (access, file) => (file.startsWith('notes/') ? 'notes are private here' : undefined),
    });
    const intent = await gatherIntent(await repository.options({ workspace, goalText: 'Follow `notes/design.md` and `docs/spec.md`' }));
    expect(paths(intent.linkedFiles)).toEqual(['docs/spec.md']);
    expect(intent.skippedFiles).toEqual([
      { path: 'notes/design.md', reason: 'protected', detail: 'notes are private here', linkedFrom: 'goal given by @maria (maintain) on issues' },
    ]);
  });

  it('IN-024 the read policy can refuse a path; binary files and directories are skipped as unreadable', async () => {
    await repository.commitFiles({ 'assets/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) });
    const intent = await gatherIntent(
      await repository.options({
        goalText: 'Use `assets/logo.png`, `src/nested`, `notes/design.md` and `docs/spec.md`.',
        readRefusal: (file) => (file.startsWith('notes/') ? 'outside the planner read globs' : undefined),
      }),
    );
    expect(paths(intent.linkedFiles)).toEqual(['docs/spec.md']);
    expect(intent.skippedFiles.map((file) => [file.path, file.reason, file.detail])).toEqual([
      ['assets/logo.png', 'unreadable', expect.stringMatching(/binary/)],
      ['src/nested', 'unreadable', expect.stringMatching(/not a regular file/)],
      ['notes/design.md', 'protected', 'outside the planner read globs'],
    ]);
  });

  it('IN-025 caps: no more files than maxLinkedFiles, and the byte cap cuts the last file on a character boundary', async () => {
    await repository.commitFiles({ 'docs/umlaut.md': 'äöüäöüäöü' });
    const goalText = 'Read `docs/umlaut.md`, `docs/spec.md`, `notes/design.md`.';
    const byCount = await gatherIntent(await repository.options({ goalText, maxLinkedFiles: 2 }));
    expect(paths(byCount.linkedFiles)).toEqual(['docs/umlaut.md', 'docs/spec.md']);
    expect(byCount.skippedFiles).toEqual([
      { path: 'notes/design.md', reason: 'cap', detail: 'not read: the cap of 2 linked files was reached', linkedFrom: expect.any(String) },
    ]);

    const byBytes = await gatherIntent(await repository.options({ goalText, maxLinkedBytes: 7 }));
    expect(byBytes.linkedFiles).toEqual([{ path: 'docs/umlaut.md', text: 'äöü', truncated: true, bytes: 18, linkedFrom: expect.any(String) }]);
    expect(byBytes.skippedFiles.map((file) => [file.path, file.detail])).toEqual([
      ['docs/spec.md', 'not read: the cap of 7 bytes of linked files was reached'],
      ['notes/design.md', 'not read: the cap of 7 bytes of linked files was reached'],
    ]);

    const none = await gatherIntent(await repository.options({ goalText, maxLinkedFiles: 0 }));
    expect(none.linkedFiles).toEqual([]);
  });

  it('IN-026 links in instructions are read before links in context, so an outsider cannot use up the cap', async () => {
    await repository.writeIssue(6, { title: 'T', author: 'alice', body: 'Plan it.' }, [
      { author: 'mallory', body: 'Read `notes/design.md` first!' },
      { author: 'maria', body: 'The spec is `docs/spec.md`.' },
    ]);
    const intent = await gatherIntent(await repository.options({ issueNumber: 6, maxLinkedFiles: 1 }));
    expect(intent.linkedFiles.map((file) => [file.path, file.linkedFrom])).toEqual([
      ['docs/spec.md', 'issue #6 comment by @maria (maintain), 2025-01-01T12:01:00.000Z'],
    ]);
    expect(intent.skippedFiles.map((file) => [file.path, file.reason])).toEqual([['notes/design.md', 'cap']]);
  });

  it('IN-027 omitted comments name no files', async () => {
    await repository.writeIssue(6, { title: 'T', author: 'alice' }, [{ author: 'mallory', body: 'Read `notes/design.md`.' }]);
    const intent = await gatherIntent(await repository.options({ issueNumber: 6, untrustedComments: 'omit' }));
    expect(intent.linkedFiles).toEqual([]);
    expect(intent.skippedFiles).toEqual([]);
  });

  it('IN-028 a link and the file it leads to are read once', async () => {
    await symlink('spec.md', path.join(repository.repoDir, 'docs', 'spec-link.md'));
    const intent = await gatherIntent(await repository.options({ goalText: 'See `docs/spec.md` and `docs/spec-link.md`.' }));
    expect(paths(intent.linkedFiles)).toEqual(['docs/spec.md']);
    expect(intent.skippedFiles).toEqual([]);
  });

  it('IN-029 only the first mentions are looked up, so a wall of backticks costs bounded I/O', async () => {
    const words = Array.from({ length: MAX_MENTIONS_EXAMINED }, (_, index) => `\`word-${index}\``).join(' ');
    const intent = await gatherIntent(await repository.options({ goalText: `${words} \`docs/spec.md\`` }));
    expect(intent.linkedFiles).toEqual([]);
  });
});
