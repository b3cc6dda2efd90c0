import { DrydockError, ExternalServiceError, InputError } from '../core/errors.js';
import type { BranchCommit } from '../core/implement/commit-message.js';
import { runGit, type GitOutput } from './git-command.js';

/** Options of {@link createGitBranch}. */
export interface GitBranchOptions {
  /** The work tree the stage changes (the checked-out repository). */
  workTree: string;
  /** The remote pushed to and fetched from; default `origin`. Without one, the branch stays local. */
  remote?: string;
  /**
   * Token for fetch and push. It goes to git through its environment as an `http.extraheader`
   * scoped to `serverUrl`: never in argv (visible in the process list), never in a remote URL
   * (stored in .git/config), never in a message.
   */
  token?: string;
  /** The server the token is for, such as `https://github.com`; default `https://github.com`. */
  serverUrl?: string;
  /** Author and committer of task commits. */
  author?: { name: string; email: string };
  /** Kill any one git command after this many milliseconds; default 10 minutes. */
  timeoutMs?: number;
}

/** Why a push was refused, as far as git's message tells. */
export type PushRejection = 'non-fast-forward' | 'protected' | 'other';

/** The branch operations the implement stage needs, all through git with argv lists. */
export interface GitBranch {
  /** Whether the remote is configured. */
  hasRemote(): Promise<boolean>;
  /** Makes sure a commit is present, fetching it (shallow) from the remote when the clone lacks it. */
  ensureCommit(sha: string): Promise<void>;
  /** The remote's head of a branch, undefined when the remote has no such branch (or there is no remote). */
  remoteBranchSha(branch: string): Promise<string | undefined>;
  /** Fetches a remote branch's head into the object store and returns its sha. */
  fetchBranch(branch: string): Promise<string>;
  /** The local branch's head, undefined when there is none. */
  localBranchSha(branch: string): Promise<string | undefined>;
  /** Checks out `branch` reset to `sha` (the work tree must be clean). */
  checkout(branch: string, sha: string): Promise<void>;
  /** The current commit. */
  head(): Promise<string>;
  /** Paths changed in the work tree (tracked changes and untracked files that are not ignored). */
  changedPaths(): Promise<string[]>;
  /** Throws out every change in the work tree since the current commit. */
  discardChanges(): Promise<void>;
  /** Commits exactly `paths` (additions, changes and deletions) with the message; returns the sha. */
  commit(paths: readonly string[], message: string): Promise<string>;
  /** The commits in `base..head`, oldest first, with their trailers. */
  commits(base: string, head: string): Promise<BranchCommit[]>;
  /** `git diff base` of the work tree, capped. */
  diff(base: string, maxCharacters: number): Promise<string>;
  /** Files tracked at HEAD, for related-test selection. */
  trackedFiles(): Promise<string[]>;
  /** Whether `ancestor` is an ancestor of `descendant`. */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** Rebases the current branch onto `onto`; on a conflict aborts and returns the conflicting paths. */
  rebase(onto: string): Promise<{ ok: true } | { ok: false; conflicts: string[] }>;
  /** Remote branches whose names start with `prefix`, with their heads, sorted by name. */
  remoteBranchesWithPrefix(prefix: string): Promise<Array<{ branch: string; sha: string }>>;
  /** Merges `sha` into the current branch with a merge commit; on a conflict aborts and returns the conflicting paths. */
  merge(sha: string, message: string): Promise<{ ok: true } | { ok: false; conflicts: string[] }>;
  /** Pushes HEAD to the branch; `expectedRemoteSha` makes it `--force-with-lease` on that branch alone. */
  push(branch: string, options?: { expectedRemoteSha?: string }): Promise<void>;
}

/** A failed push, with what git said (token-free) and why as far as can be told. */
export class PushRejectedError extends ExternalServiceError {
  /** Why the remote refused it. */
  readonly rejection: PushRejection;
  constructor(message: string, rejection: PushRejection) {
    super(message, { service: 'git', retryable: false });
    this.rejection = rejection;
  }
}

const DEFAULT_AUTHOR = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/** The git environment that carries a token for one server: two entries, the first clears any persisted header. */
export function gitAuthEnvironment(token: string, serverUrl: string): Record<string, string> {
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    // An empty value resets the list, so a header actions/checkout persisted with another token is not sent too.
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

/** Creates the branch operations over a work tree. */
export function createGitBranch(options: GitBranchOptions): GitBranch {
  const remote = options.remote ?? 'origin';
  const author = options.author ?? DEFAULT_AUTHOR;
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
  const auth = options.token === undefined || options.token === '' ? {} : gitAuthEnvironment(options.token, options.serverUrl ?? 'https://github.com');
  const secrets = options.token === undefined || options.token === '' ? [] : [options.token, auth.GIT_CONFIG_VALUE_1 as string];

  const scrub = (text: string) => secrets.reduce((result, secret) => result.split(secret).join('***'), text).trim();
  const run = (args: readonly string[], withAuth = false) =>
    runGit(options.workTree, args, { timeoutMs, ...(withAuth ? { environment: auth } : {}) });
  const must = async (args: readonly string[], what: string, withAuth = false): Promise<GitOutput> => {
    const output = await run(args, withAuth);
    if (output.exitCode !== 0) throw new DrydockError(`git could not ${what} in ${options.workTree}: ${scrub(output.stderr) || `exit ${output.exitCode}`}`);
    return output;
  };
  const hasRemote = async () => (await run(['remote', 'get-url', remote])).exitCode === 0;
  const commitExists = async (sha: string) => (await run(['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0;

  return {
    hasRemote,

    async ensureCommit(sha) {
      if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new InputError(`The plan's base commit '${sha}' is not a commit hash.`, { where: 'plan.baseSha' });
      if (await commitExists(sha)) return;
      if (await hasRemote()) await run(['fetch', '--no-tags', '--depth=1', remote, sha], true);
      if (!(await commitExists(sha))) {
        throw new InputError(
          `The plan's base commit ${sha} is not in ${options.workTree}${(await hasRemote()) ? ` and could not be fetched from '${remote}'` : ''}: was its branch deleted or force-pushed? Re-run the plan stage.`,
          { where: 'plan.baseSha' },
        );
      }
    },

    async remoteBranchSha(branch) {
      if (!(await hasRemote())) return undefined;
      const output = await must(['ls-remote', '--heads', remote, `refs/heads/${branch}`], `list the branches of '${remote}'`, true);
      const line = output.stdout.split('\n').find((entry) => entry.endsWith(`\trefs/heads/${branch}`));
      return line?.split('\t')[0];
    },

    async fetchBranch(branch) {
      await must(['fetch', '--no-tags', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], `fetch '${branch}' from '${remote}'`, true);
      return (await must(['rev-parse', '--verify', `refs/remotes/${remote}/${branch}^{commit}`], `resolve '${remote}/${branch}'`)).stdout.trim();
    },

    async localBranchSha(branch) {
      const output = await run(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
      return output.exitCode === 0 ? output.stdout.trim() : undefined;
    },

    async checkout(branch, sha) {
      await must(['checkout', '--quiet', '-B', branch, sha], `check out '${branch}' at ${sha}`);
    },

    async head() {
      return (await must(['rev-parse', 'HEAD'], 'read HEAD')).stdout.trim();
    },

    async changedPaths() {
      const output = await must(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'], 'list changes');
      return output.stdout
        .split('\0')
        .filter((entry) => entry.length > 3)
        .map((entry) => entry.slice(3))
        .sort();
    },

    async discardChanges() {
      await must(['reset', '--quiet', '--hard', 'HEAD'], 'reset the work tree');
      await must(['clean', '-fdq'], 'remove untracked files');
    },

    async commit(paths, message) {
      if (paths.length === 0) throw new DrydockError('Nothing to commit: the task changed no file.');
      await must(['add', '--all', '--', ...paths.map((path) => `:(literal)${path}`)], 'stage the task files');
      await must(['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, 'commit', '--quiet', '--no-verify', '-m', message], 'commit');
      return (await must(['rev-parse', 'HEAD'], 'read HEAD')).stdout.trim();
    },

    async commits(base, head) {
      const output = await must(['log', '--reverse', '--format=%H%x00%(trailers:only,unfold)%x1e', `${base}..${head}`], 'read the branch history');
      return output.stdout
        .split('\x1e')
        .map((record) => record.trim())
        .filter((record) => record !== '')
        .map((record) => {
          const [sha = '', trailerText = ''] = record.split('\0');
          const trailers = trailerText
            .split('\n')
            .map((line) => /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line.trim()))
            .filter((match): match is RegExpExecArray => match !== null)
            .map((match) => ({ key: match[1] as string, value: (match[2] as string).trim() }));
          return { sha: sha.trim(), trailers };
        });
    },

    async diff(base, maxCharacters) {
      const output = await must(['diff', '--no-color', '--no-ext-diff', base], 'diff the work');
      return output.stdout.length <= maxCharacters ? output.stdout : `${output.stdout.slice(0, maxCharacters)}\n… (diff cut at ${maxCharacters} characters)\n`;
    },

    async trackedFiles() {
      return (await must(['ls-files', '-z'], 'list files')).stdout.split('\0').filter((path) => path !== '');
    },

    async isAncestor(ancestor, descendant) {
      return (await run(['merge-base', '--is-ancestor', ancestor, descendant])).exitCode === 0;
    },

    async rebase(onto) {
      const output = await run(['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, 'rebase', '--quiet', onto]);
      if (output.exitCode === 0) return { ok: true };
      const conflicts = (await run(['diff', '--name-only', '--diff-filter=U'])).stdout.split('\n').filter((path) => path !== '');
      await run(['rebase', '--abort']);
      return { ok: false, conflicts };
    },

    async remoteBranchesWithPrefix(prefix) {
      if (!(await hasRemote())) return [];
      const output = await must(['ls-remote', '--heads', remote, `refs/heads/${prefix}*`], `list the branches of '${remote}'`, true);
      return output.stdout
        .split('\n')
        .map((line) => line.split('\t'))
        .filter((parts): parts is [string, string] => parts.length === 2 && (parts[1] as string).startsWith(`refs/heads/${prefix}`))
        .map(([sha, ref]) => ({ branch: ref.slice('refs/heads/'.length), sha }))
        .sort((left, right) => left.branch.localeCompare(right.branch));
    },

    async merge(sha, message) {
      const output = await run(['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, 'merge', '--no-ff', '--no-edit', '--quiet', '-m', message, sha]);
      if (output.exitCode === 0) return { ok: true };
      const conflicts = (await run(['diff', '--name-only', '--diff-filter=U'])).stdout.split('\n').filter((path) => path !== '');
      await run(['merge', '--abort']);
      return { ok: false, conflicts };
    },

    async push(branch, pushOptions = {}) {
      if (!(await hasRemote())) return;
      const lease = pushOptions.expectedRemoteSha === undefined ? [] : [`--force-with-lease=refs/heads/${branch}:${pushOptions.expectedRemoteSha}`];
      const output = await run(['push', '--porcelain', ...lease, remote, `HEAD:refs/heads/${branch}`], true);
      if (output.exitCode === 0) return;
      const said = scrub(`${output.stdout}\n${output.stderr}`);
      const rejection: PushRejection = /non-fast-forward|fetch first|stale info|\[rejected\]/i.test(said) && !/hook declined|protected/i.test(said)
        ? 'non-fast-forward'
        : /hook declined|protected branch|GH006/i.test(said)
          ? 'protected'
          : 'other';
      const why =
        rejection === 'non-fast-forward'
          ? 'the remote branch has commits this run does not have (non-fast-forward); nothing was overwritten'
          : rejection === 'protected'
            ? 'the remote refused it (a protected branch or a server hook)'
            : 'git push failed';
      throw new PushRejectedError(`Pushing '${branch}' to '${remote}' was rejected: ${why}. git said: ${said.split('\n').slice(-6).join(' | ')}`, rejection);
    },
  };
}
