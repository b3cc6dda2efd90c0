import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileWorkspace } from '../../src/adapters/workspace-fs.js';
import { PolicyDeniedError } from '../../src/core/errors.js';
import { protectedPathRefusal } from '../../src/core/policy/protected-paths.js';
import type { Workspace } from '../../src/core/ports/workspace.js';

// A link inside the workspace can lead from an allowed path to a protected one. The guard judges
// the real location behind every access, so no such link opens .git/ or a credential file.

let root: string;
let workspace: Workspace;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'drydock-guard-'));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), '[http] extraheader = AUTHORIZATION: basic secret');
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(root, '.github', 'workflows', 'ci.yml'), 'on: push');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'index.ts'), 'export {};');
  writeFileSync(join(root, '.env'), 'TOKEN=x');
  symlinkSync('../.git/config', join(root, 'src', 'config-link'));
  symlinkSync('../.github/workflows', join(root, 'src', 'workflows-link'));
  symlinkSync('../.env', join(root, 'src', 'env-link'));
  workspace = await createFileWorkspace(root, { guard: (access, path) => protectedPathRefusal(path, access) });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('workspace guard', () => {
  it('WG-001 refuses reading .git through a link, naming where it resolves', async () => {
    await expect(workspace.readText('src/config-link')).rejects.toThrow(/Cannot read 'src\/config-link' \(it resolves to '\.git\/config'\): protected path \(PP-001\)/);
    await expect(workspace.readText('src/config-link')).rejects.toSatisfy((error: unknown) => PolicyDeniedError.isInstance(error));
  });

  it('WG-002 refuses writing a workflow through a linked directory, and leaves it unchanged', async () => {
    await expect(workspace.writeText('src/workflows-link/ci.yml', 'on: pull_request_target')).rejects.toThrow(/\.github\/workflows\/ci\.yml/);
    expect(readFileSync(join(root, '.github', 'workflows', 'ci.yml'), 'utf8')).toBe('on: push');
  });

  it('WG-003 refuses credential files directly and through links', async () => {
    await expect(workspace.readText('.env')).rejects.toThrow(/protected path/);
    await expect(workspace.readText('src/env-link')).rejects.toThrow(/resolves to '\.env'/);
    await expect(workspace.writeText('src/env-link', 'TOKEN=y')).rejects.toThrow(/protected path/);
    expect(readFileSync(join(root, '.env'), 'utf8')).toBe('TOKEN=x');
  });

  it('WG-004 lets ordinary files through and reports their canonical path', async () => {
    await workspace.writeText('src/new.ts', 'export const x = 1;');
    expect(await workspace.readText('src/index.ts')).toBe('export {};');
    expect(await workspace.canonicalPath('src/config-link')).toBe('.git/config');
    expect(await workspace.canonicalPath('./src/../src/index.ts')).toBe('src/index.ts');
    // Workflows may be read (reviewing them is fine), just never written.
    expect(await workspace.readText('src/workflows-link/ci.yml')).toBe('on: push');
  });

  it('WG-005 removing a link removes the link, and removing a protected entry is refused', async () => {
    await workspace.remove('src/env-link');
    expect(readFileSync(join(root, '.env'), 'utf8')).toBe('TOKEN=x');
    await expect(workspace.remove('.git/config')).rejects.toThrow(/protected path/);
  });
});
