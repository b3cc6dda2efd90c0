/** A real git repository in a temp directory, with the local forge and a guarded file workspace over it. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalForge } from '../../../src/adapters/forge-local.js';
import { createFileWorkspace } from '../../../src/adapters/workspace-fs.js';
import type { GatherIntentOptions } from '../../../src/core/intent/gather-intent.js';
import type { Forge, PermissionLevel } from '../../../src/core/ports/forge.js';
import type { Workspace } from '../../../src/core/ports/workspace.js';
import { protectedPathRefusal } from '../../../src/core/policy/protected-paths.js';

/** Who is who in the tests: the owner is the local actor (admin). */
export const PERMISSIONS: Readonly<Record<string, PermissionLevel>> = {
  alice: 'write',
  maria: 'maintain',
  mallory: 'read',
  tom: 'triage',
};

/** An issue file as `gh issue view --json` would write it, or plain fields. */
export interface IssueFile {
  title: string;
  body?: string;
  author?: string;
}

/** A comment as the local forge stores it. */
export interface CommentFile {
  author: string;
  body: string;
}

export class IntentRepository {
  private constructor(
    /** Temp directory holding everything. */
    readonly root: string,
    /** The git work tree. */
    readonly repoDir: string,
  ) {}

  static async create(): Promise<IntentRepository> {
    const root = await mkdtemp(path.join(tmpdir(), 'drydock-intent-'));
    const repository = new IntentRepository(root, path.join(root, 'harbour'));
    await mkdir(repository.repoDir);
    repository.git('init', '--quiet', '--initial-branch', 'main');
    await repository.commitFiles({ 'README.md': '# Harbour\n' });
    return repository;
  }

  /** Runs git with the author set on the command line: CI has no global git config. */
  git(...args: string[]): string {
    return execFileSync(
      'git',
      ['-c', 'user.name=Intent Test', '-c', 'user.email=intent@example.com', '-c', 'commit.gpgsign=false', ...args],
      { cwd: this.repoDir, encoding: 'utf8' },
    ).trim();
  }

  /** Writes files (creating folders) and commits them. */
  async commitFiles(files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
    await this.writeFiles(files);
    this.git('add', '--all');
    this.git('commit', '--quiet', '-m', `add ${Object.keys(files).join(', ')}`);
  }

  /** Writes files without committing (for files git should not hold, like `.env`). */
  async writeFiles(files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.repoDir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }

  private get recordsDir(): string {
    return path.join(this.repoDir, '.git', 'drydock', 'forge');
  }

  async writeIssue(number: number, issue: IssueFile, comments: readonly CommentFile[] = []): Promise<void> {
    await mkdir(path.join(this.recordsDir, 'issues'), { recursive: true });
    await writeFile(path.join(this.recordsDir, 'issues', `${number}.json`), JSON.stringify({ number, ...issue }));
    if (comments.length === 0) return;
    await mkdir(path.join(this.recordsDir, 'comments'), { recursive: true });
    const records = comments.map((comment, index) => ({
      id: 100 + index,
      author: comment.author,
      body: comment.body,
      createdAt: new Date(Date.UTC(2025, 0, 1, 12, index)).toISOString(),
      url: `https://example.test/harbour/issues/${number}#comment-${100 + index}`,
    }));
    await writeFile(path.join(this.recordsDir, 'comments', `${number}.json`), JSON.stringify(records));
  }

  forge(): Forge {
    return createLocalForge({ repoDir: this.repoDir, actor: 'owner', owner: 'acme', name: 'harbour', permissions: PERMISSIONS });
  }

  /** A workspace with the guard the stages give it. */
  workspace(): Promise<Workspace> {
    return createFileWorkspace(this.repoDir, { guard: (access, file) => protectedPathRefusal(file, access) });
  }

  /** Options for `gatherIntent` over this repository. */
  async options(overrides: Partial<GatherIntentOptions>): Promise<GatherIntentOptions> {
    return {
      forge: this.forge(),
      workspace: await this.workspace(),
      trigger: { actor: 'maria', eventName: 'issues' },
      untrustedComments: 'context',
      ...overrides,
    };
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}

/** A forge that counts permission lookups, over a real one. */
export function countingForge(forge: Forge): { forge: Forge; lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    forge: {
      ...forge,
      kind: forge.kind,
      getPermission(user) {
        lookups.push(user);
        return forge.getPermission(user);
      },
    },
  };
}
