import { realpath } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../core/errors.js';
import { PERMISSION_LEVELS, type Forge, type ForgeRepository, type PermissionLevel } from '../core/ports/forge.js';
import { assertBranchName } from './forge-branch-name.js';
import { runGit } from './git-command.js';
import {
  assertHeadIsNotDefaultBranch,
  assertMarker,
  assertPullRequestIntent,
  bodyWithMarker,
  findPullRequestToUpdate,
  findStickyComment,
} from './forge-idempotency.js';
import { LocalRecords } from './forge-local-records.js';

/** Options for {@link createLocalForge}. */
export interface LocalForgeOptions {
  /** The git repository (work tree) the forge stands for. */
  repoDir: string;
  /** Where issues, comments, labels and pull requests are kept; default `<git dir>/drydock/forge`. */
  recordsDir?: string;
  /** Repository owner; default the actor. */
  owner?: string;
  /** Repository name; default the repository directory's name. */
  name?: string;
  /** Who acts locally: authors comments and holds `admin`; default the OS user name, else `local`. */
  actor?: string;
  /** Permission per login; logins not listed get `none`, the actor `admin` unless listed. */
  permissions?: Readonly<Record<string, PermissionLevel>>;
  /** Default branch; default the branch HEAD is on when first asked, else `main`. */
  defaultBranch?: string;
}

function defaultActor(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    // Containers may run under a uid without a passwd entry.
    return 'local';
  }
}

function assertIssueNumber(number: number): void {
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new InputError(`Invalid issue or pull request number ${number}: expected a positive integer.`);
  }
}

/**
 * A Forge over a plain git repository, for runs outside Actions: branches come from git, issues
 * from files, and comments and pull requests are JSON records. Upserts follow the same marker
 * rules as the GitHub forge, so a local run behaves like one on GitHub.
 */
export function createLocalForge(options: LocalForgeOptions): Forge {
  const actor = options.actor ?? options.owner ?? defaultActor();
  const permissions = new Map<string, PermissionLevel>();
  for (const [login, level] of Object.entries(options.permissions ?? {})) {
    if (!(PERMISSION_LEVELS as readonly string[]).includes(level)) {
      throw new InputError(`Invalid permission '${level}' for '${login}': expected one of ${PERMISSION_LEVELS.join(', ')}.`, {
        where: `permissions.${login}`,
      });
    }
    permissions.set(login.toLowerCase(), level);
  }

  let setup: Promise<{ workTree: string; records: LocalRecords; repository: ForgeRepository }> | undefined;
  function prepare() {
    setup ??= (async () => {
      const found = await runGit(options.repoDir, ['rev-parse', '--path-format=absolute', '--show-toplevel', '--git-common-dir']).catch(
        (error: unknown) => {
          throw new InputError(`Could not run git in ${options.repoDir}: does the directory exist, and is git installed?`, {
            where: options.repoDir,
            cause: error,
          });
        },
      );
      const [workTree, gitDirectory] = found.exitCode === 0 ? found.stdout.trim().split('\n') : [];
      if (workTree === undefined || gitDirectory === undefined) {
        throw new InputError(`${options.repoDir} is not a git work tree: the local forge needs a git repository.`, {
          where: options.repoDir,
        });
      }
      const head = await runGit(workTree, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
      const repository: ForgeRepository = {
        owner: options.owner ?? actor,
        name: options.name ?? path.basename(await realpath(workTree)),
        defaultBranch: options.defaultBranch ?? (head.exitCode === 0 && head.stdout.trim() !== '' ? head.stdout.trim() : 'main'),
      };
      const records = new LocalRecords(options.recordsDir ?? path.join(gitDirectory, 'drydock', 'forge'));
      return { workTree, records, repository };
    })();
    setup.catch(() => (setup = undefined));
    return setup;
  }

  // Writes read, decide and write: one at a time, so two upserts cannot both decide to create.
  let queue: Promise<unknown> = Promise.resolve();
  function serialized<T>(action: () => Promise<T>): Promise<T> {
    const next = queue.then(action, action);
    queue = next.catch(() => undefined);
    return next;
  }

  async function branchSha(branch: string): Promise<string | undefined> {
    assertBranchName(branch);
    const { workTree } = await prepare();
    const result = await runGit(workTree, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /** Like GitHub, comments and labels need an issue or pull request to hang on. */
  async function assertExists(records: LocalRecords, number: number): Promise<void> {
    assertIssueNumber(number);
    if ((await records.readIssue(number)) !== undefined || (await records.readPullRequest(number)) !== undefined) return;
    throw new InputError(`Issue #${number} not found: there is no ${records.file('issues', number)} (nor pull request #${number}).`, {
      where: records.file('issues', number),
    });
  }

  return {
    kind: 'local',

    async getRepository() {
      return { ...(await prepare()).repository };
    },

    async getPermission(user) {
      const listed = permissions.get(user.toLowerCase());
      if (listed !== undefined) return listed;
      return user.toLowerCase() === actor.toLowerCase() ? 'admin' : 'none';
    },

    async getIssue(number) {
      assertIssueNumber(number);
      const { records } = await prepare();
      const file = records.file('issues', number);
      const issue = await records.readIssue(number);
      if (issue === undefined) {
        throw new InputError(
          `Issue #${number} not found: expected the file ${file} holding {"title": …, "body": …} (for example from 'gh issue view ${number} --json number,title,body,author,labels,url').`,
          { where: file },
        );
      }
      return {
        number,
        title: issue.title,
        body: issue.body,
        author: issue.author ?? actor,
        labels: [...new Set([...issue.labels, ...(await records.readLabels(number))])],
        url: issue.url ?? pathToFileURL(file).href,
      };
    },

    async listIssueComments(number) {
      const { records } = await prepare();
      await assertExists(records, number);
      return records.readComments(number);
    },

    async upsertIssueComment(number, marker, body) {
      assertMarker(marker);
      return serialized(async () => {
        const { records } = await prepare();
        await assertExists(records, number);
        const text = bodyWithMarker(body, marker);
        const comments = await records.readComments(number);
        const existing = findStickyComment(comments, marker, actor);
        if (existing !== undefined) {
          if (existing.body !== text) {
            existing.body = text;
            await records.writeComments(number, comments);
          }
          return { value: { ...existing }, created: false };
        }
        const id = await records.nextCommentId();
        const url = `${pathToFileURL(records.file('comments', number)).href}#comment-${id}`;
        const comment = { id, author: actor, body: text, createdAt: new Date().toISOString(), url };
        await records.writeComments(number, [...comments, comment]);
        return { value: { ...comment }, created: true };
      });
    },

    async addLabels(number, labels) {
      const names = [...new Set(labels.map((label) => label.trim()))];
      if (names.some((name) => name.length === 0)) throw new InputError('Refusing to add an empty label name.');
      return serialized(async () => {
        const { records } = await prepare();
        await assertExists(records, number);
        if (names.length === 0) return;
        const current = await records.readLabels(number);
        const merged = [...new Set([...current, ...names])];
        if (merged.length !== current.length) await records.writeLabels(number, merged);
      });
    },

    getBranchSha: branchSha,

    async upsertPullRequest(intent) {
      assertPullRequestIntent(intent);
      const { records, repository } = await prepare();
      assertHeadIsNotDefaultBranch(intent.head, repository.defaultBranch);
      for (const branch of [intent.head, intent.base]) {
        if ((await branchSha(branch)) === undefined) {
          throw new InputError(`Branch '${branch}' does not exist in ${options.repoDir}: a pull request needs both head and base.`);
        }
      }
      const body = bodyWithMarker(intent.body, intent.marker);
      return serialized(async () => {
        const existing = findPullRequestToUpdate(await records.listPullRequests(), intent);
        if (existing !== undefined) {
          const updated = { ...existing, title: intent.title, body, base: intent.base };
          const changed = updated.title !== existing.title || updated.body !== existing.body || updated.base !== existing.base;
          if (changed) await records.writePullRequest(updated);
          return { value: updated, created: false };
        }
        const number = await records.nextNumber();
        const url = pathToFileURL(records.file('pulls', number)).href;
        const created = { number, url, head: intent.head, base: intent.base, title: intent.title, body, draft: intent.draft, state: 'open' as const };
        await records.writePullRequest(created);
        return { value: created, created: true };
      });
    },
  };
}
