import { InputError } from '../core/errors.js';
import type {
  Forge,
  ForgeComment,
  ForgePullRequest,
  ForgeRepository,
  PermissionLevel,
  PullRequestIntent,
  UpsertResult,
} from '../core/ports/forge.js';
import { assertBranchName } from './forge-branch-name.js';
import { createGitHubClient, silentForgeLog, type ForgeLog } from './forge-github-client.js';
import { isRateLimit, statusOf, toGitHubError, type GitHubOperation } from './forge-github-errors.js';
import { headIsIn, toComment, toIssue, toPermissionLevel, toPullRequest, type GitHubPullRequest } from './forge-github-mapping.js';
import {
  assertHeadIsNotDefaultBranch,
  assertMarker,
  assertPullRequestIntent,
  bodyWithMarker,
  findPullRequestToUpdate,
  findStickyComment,
} from './forge-idempotency.js';

export type { ForgeLog } from './forge-github-client.js';

/** Options for {@link createGitHubForge}. */
export interface GitHubForgeOptions {
  /** Token for the REST API. Never logged and never part of an error message. */
  token: string;
  /** Repository owner (user or organisation). */
  owner: string;
  /** Repository name. */
  repo: string;
  /** REST API root, e.g. `https://github.example.com/api/v3`; default `GITHUB_API_URL` or `https://api.github.com`. */
  baseUrl?: string;
  /** User agent; default `drydock`. */
  userAgent?: string;
  /** Where rate-limit waits and retries are reported; default: nowhere. */
  log?: ForgeLog;
  /**
   * Login the token acts as: only comments by this account are edited. Default: `GET /user`, or
   * `github-actions[bot]` when the token cannot ask (`GITHUB_TOKEN`). Pass `<app-slug>[bot]` for
   * a GitHub App token, or sticky comments are created anew each run instead of edited.
   */
  identity?: string;
  /** How many times to wait out the primary rate limit; default 2. */
  rateLimitRetries?: number;
  /** Longest wait in seconds for a rate limit to reset before failing instead; default 120. */
  maximumRateLimitWaitSeconds?: number;
  /** How many times to retry a 5xx or network failure (after 1 s, 4 s, 9 s, …); default 2. */
  serverErrorRetries?: number;
}

/** The account `GITHUB_TOKEN` writes as. */
const ACTIONS_BOT = 'github-actions[bot]';
const PAGE_SIZE = 100;
/** A login: up to 39 letters, digits and hyphens (older accounts may have odd hyphens), or an app's `<slug>[bot]`. */
const GITHUB_LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;

function assertIssueNumber(number: number): void {
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new InputError(`Invalid issue or pull request number ${number}: expected a positive integer.`);
  }
}

function assertNonEmpty(value: string, name: string): void {
  if (value.trim().length === 0) throw new InputError(`The GitHub forge needs a non-empty '${name}'.`, { where: name });
}

/** A Forge over the GitHub REST API. Writes are idempotent by marker; it never merges. */
export function createGitHubForge(options: GitHubForgeOptions): Forge {
  assertNonEmpty(options.token, 'token');
  assertNonEmpty(options.owner, 'owner');
  assertNonEmpty(options.repo, 'repo');
  const { owner, repo, token } = options;
  const fullName = `${owner}/${repo}`;
  const client = createGitHubClient({
    token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent ?? 'drydock',
    log: options.log ?? silentForgeLog,
    rateLimitRetries: options.rateLimitRetries ?? 2,
    maximumRateLimitWaitSeconds: options.maximumRateLimitWaitSeconds ?? 120,
    serverErrorRetries: options.serverErrorRetries ?? 2,
  });

  async function call<T>(operation: GitHubOperation, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw toGitHubError(error, operation, [token]);
    }
  }

  let repository: Promise<ForgeRepository> | undefined;
  let identity: Promise<string> | undefined;

  function getRepository(): Promise<ForgeRepository> {
    repository ??= call({ description: `reading repository ${fullName}`, permission: 'metadata: read' }, async () => {
      const { data } = await client.rest.repos.get({ owner, repo });
      return { owner: data.owner.login, name: data.name, defaultBranch: data.default_branch };
    });
    repository.catch(() => (repository = undefined));
    return repository.then((value) => ({ ...value }));
  }

  function resolveIdentity(): Promise<string> {
    if (options.identity !== undefined) return Promise.resolve(options.identity);
    identity ??= call({ description: 'reading the token identity', permission: 'read:user' }, async () => {
      try {
        return (await client.rest.users.getAuthenticated()).data.login;
      } catch (error) {
        // Installation tokens (GITHUB_TOKEN included) may not read /user: GitHub answers 403.
        if (statusOf(error) === 403 && !isRateLimit(error)) return ACTIONS_BOT;
        throw error;
      }
    });
    identity.catch(() => (identity = undefined));
    return identity;
  }

  async function listIssueComments(number: number): Promise<ForgeComment[]> {
    assertIssueNumber(number);
    return call({ description: `listing comments of #${number}`, permission: 'issues: read' }, async () => {
      const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: number, per_page: PAGE_SIZE });
      return comments.map(toComment);
    });
  }

  async function listOpenPullRequests(head?: string): Promise<GitHubPullRequest[]> {
    return call({ description: 'listing open pull requests', permission: 'pull-requests: read' }, () =>
      client.paginate(client.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        per_page: PAGE_SIZE,
        ...(head === undefined ? {} : { head: `${owner}:${head}` }),
      }),
    );
  }

  async function updatePullRequest(
    existing: GitHubPullRequest,
    intent: PullRequestIntent,
    body: string,
  ): Promise<UpsertResult<ForgePullRequest>> {
    const current = toPullRequest(existing);
    if (current.title === intent.title && current.body === body && current.base === intent.base) {
      return { value: current, created: false };
    }
    const permission = 'pull-requests: write';
    return call({ description: `updating pull request #${existing.number}`, permission }, async () => {
      const { data } = await client.rest.pulls.update({
        owner,
        repo,
        pull_number: existing.number,
        title: intent.title,
        body,
        ...(current.base === intent.base ? {} : { base: intent.base }),
      });
      return { value: toPullRequest(data), created: false };
    });
  }

  return {
    kind: 'github',
    getRepository,

    async getPermission(user: string): Promise<PermissionLevel> {
      // Not a possible login (it could also bend the request path, e.g. '..'): nobody to grant anything to.
      if (!GITHUB_LOGIN.test(user)) return 'none';
      return call({ description: `reading the permission of '${user}'`, permission: 'metadata: read' }, async () => {
        try {
          const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
          return toPermissionLevel(data);
        } catch (error) {
          // 404: no such user, or not a collaborator of a private repository.
          if (statusOf(error) === 404) return 'none';
          throw error;
        }
      });
    },

    async getIssue(number) {
      assertIssueNumber(number);
      return call({ description: `reading issue #${number}`, permission: 'issues: read' }, async () =>
        toIssue((await client.rest.issues.get({ owner, repo, issue_number: number })).data),
      );
    },

    listIssueComments,

    async upsertIssueComment(number, marker, body) {
      assertIssueNumber(number);
      assertMarker(marker);
      const text = bodyWithMarker(body, marker);
      const [comments, author] = await Promise.all([listIssueComments(number), resolveIdentity()]);
      const existing = findStickyComment(comments, marker, author);
      if (existing !== undefined && existing.body === text) return { value: existing, created: false };
      const permission = 'issues: write (pull-requests: write on a pull request)';
      if (existing !== undefined) {
        return call({ description: `updating comment ${existing.id} on #${number}`, permission }, async () => {
          const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text });
          return { value: toComment(data), created: false };
        });
      }
      return call({ description: `commenting on #${number}`, permission }, async () => {
        const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: number, body: text });
        return { value: toComment(data), created: true };
      });
    },

    async addLabels(number, labels) {
      assertIssueNumber(number);
      const names = [...new Set(labels.map((label) => label.trim()))];
      if (names.some((name) => name.length === 0)) throw new InputError('Refusing to add an empty label name.');
      if (names.length === 0) return;
      const permission = 'issues: write (pull-requests: write on a pull request)';
      await call({ description: `labelling #${number}`, permission }, () =>
        client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: names }),
      );
    },

    async getBranchSha(branch) {
      assertBranchName(branch);
      return call({ description: `reading branch '${branch}'`, permission: 'contents: read' }, async () => {
        try {
          // git/ref matches exactly; the branches endpoint would follow a renamed branch to another one.
          const { data } = await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
          return data.object.sha;
        } catch (error) {
          // 409: the repository is empty, so no branch exists yet.
          const status = statusOf(error);
          if (status === 404 || status === 409) return undefined;
          throw error;
        }
      });
    },

    async upsertPullRequest(intent) {
      assertPullRequestIntent(intent);
      assertHeadIsNotDefaultBranch(intent.head, (await getRepository()).defaultBranch);
      const body = bodyWithMarker(intent.body, intent.marker);
      const find = async (head?: string) =>
        findPullRequestToUpdate(
          (await listOpenPullRequests(head))
            .filter((pullRequest) => headIsIn(pullRequest, fullName))
            .map((data) => ({ data, ...toPullRequest(data) })),
          intent,
        )?.data;
      const existing = await find();
      if (existing !== undefined) return updatePullRequest(existing, intent, body);
      try {
        const { data } = await client.rest.pulls.create({
          owner,
          repo,
          head: intent.head,
          base: intent.base,
          title: intent.title,
          body,
          draft: intent.draft,
        });
        return { value: toPullRequest(data), created: true };
      } catch (error) {
        // Another run opened it between our look and our create: update that one instead.
        const raced = statusOf(error) === 422 && /already exists/i.test(String((error as Error).message)) ? await find(intent.head) : undefined;
        if (raced !== undefined) return updatePullRequest(raced, intent, body);
        throw toGitHubError(
          error,
          {
            description: `opening a pull request from '${intent.head}' into '${intent.base}'`,
            permission:
              "pull-requests: write (for GITHUB_TOKEN also the setting 'Allow GitHub Actions to create and approve pull requests')",
          },
          [token],
        );
      }
    },
  };
}
