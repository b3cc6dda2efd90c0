/** Finding and reading the CODEOWNERS file GitHub would use, in real temporary directories. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CODEOWNERS_BYTES, readCodeOwnersFile } from '../../src/adapters/codeowners-file.js';
import { InputError } from '../../src/core/errors.js';

let repoDir: string;

async function put(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(repoDir, file)), { recursive: true });
  await writeFile(path.join(repoDir, file), content);
}

beforeEach(async () => {
  repoDir = await mkdtemp(path.join(tmpdir(), 'drydock-codeowners-'));
});
afterEach(async () => {
  await rm(repoDir, { recursive: true, force: true });
});

describe('readCodeOwnersFile', () => {
  it('CO-010 takes the first of .github/, the root and docs/', async () => {
    await put('docs/CODEOWNERS', '* @docs-owner\n');
    expect((await readCodeOwnersFile(repoDir))?.location).toBe('docs/CODEOWNERS');
    await put('CODEOWNERS', '* @root-owner\n');
    expect((await readCodeOwnersFile(repoDir))?.location).toBe('CODEOWNERS');
    await put('.github/CODEOWNERS', '* @github-owner\n/src/ @octo-org/core\n');
    const found = await readCodeOwnersFile(repoDir);
    expect(found?.location).toBe('.github/CODEOWNERS');
    expect(found?.codeOwners.ownersOf('src/index.ts')).toEqual(['@octo-org/core']);
    expect(found?.codeOwners.ownersOf('README.md')).toEqual(['@github-owner']);
  });

  it('CO-011 no file, a directory or a symbolic link in its place means no CODEOWNERS', async () => {
    expect(await readCodeOwnersFile(repoDir)).toBeUndefined();
    await mkdir(path.join(repoDir, '.github', 'CODEOWNERS'), { recursive: true });
    await put('elsewhere.txt', '* @someone\n');
    await symlink(path.join(repoDir, 'elsewhere.txt'), path.join(repoDir, 'CODEOWNERS'));
    expect(await readCodeOwnersFile(repoDir)).toBeUndefined();
  });

  it('CO-012 a file too large for GitHub to load is an InputError naming it', async () => {
    await put('CODEOWNERS', '#'.repeat(MAX_CODEOWNERS_BYTES + 1));
    await expect(readCodeOwnersFile(repoDir)).rejects.toSatisfy(
      (error: unknown) => InputError.isInstance(error) && error.where === 'CODEOWNERS' && /under 3 MB/.test(error.message),
    );
  });
});
