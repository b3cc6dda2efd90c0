import { InputError } from '../../core/errors.js';
import { committedTasks, TRAILER_KEYS, type CommittedTask } from '../../core/implement/commit-message.js';
import type { Journal } from '../../core/journal/journal.js';
import type { GitBranch } from '../../adapters/git-branch.js';

/** Where the work starts. */
export interface PreparedBranch {
  /** Head the branch was checked out at. */
  startSha: string;
  /** Tasks an earlier attempt of this run already committed (the branch resumes after them). */
  resumed: CommittedTask[];
  /** The remote head when the branch exists there; a push after a restart leases on it. */
  remoteSha: string | undefined;
  /** Head of the base branch when the work started. */
  baseTip: string;
}

/** What preparing the branch needs. */
export interface BranchRequest {
  git: GitBranch;
  journal: Journal;
  branch: string;
  /** The plan's base commit. */
  baseSha: string;
  /** The branch the pull request targets. */
  baseBranch: string;
  runId: string;
  planDigest: string;
}

/**
 * Checks out the work branch. It starts at the plan's base commit (fetched if the clone is
 * shallow); when the branch already exists and holds this run's commits for this plan, it resumes
 * after them. A branch holding Drydock commits of another run or plan starts over from the base
 * (pushed later with a lease on what was there); one holding anyone else's commits is refused.
 */
export async function prepareBranch(request: BranchRequest): Promise<PreparedBranch> {
  const { git, branch, baseSha } = request;
  if ((await git.changedPaths()).length > 0) {
    throw new InputError(`The work tree has uncommitted changes; the implement stage needs a clean checkout (${(await git.changedPaths()).slice(0, 5).join(', ')}).`, {
      where: 'workspace',
    });
  }
  await git.ensureCommit(baseSha);
  const baseTip = await baseBranchTip(git, request.baseBranch);
  const remote = await git.hasRemote();
  const remoteSha = remote ? await git.remoteBranchSha(branch) : undefined;
  const existing = remoteSha !== undefined ? await git.fetchBranch(branch) : remote ? undefined : await git.localBranchSha(branch);
  let startSha = baseSha;
  let resumed: CommittedTask[] = [];
  if (existing !== undefined && existing !== baseSha) {
    const ours = (await git.isAncestor(baseSha, existing)) ? await git.commits(baseSha, existing) : undefined;
    const mine = ours === undefined ? [] : committedTasks(ours, request.runId, request.planDigest);
    if (ours !== undefined && mine.length === ours.length) {
      startSha = existing;
      resumed = mine;
    } else if (ours !== undefined && ours.every((commit) => commit.trailers.some((trailer) => trailer.key === TRAILER_KEYS.run))) {
      request.journal.append('decision', { decision: 'branch-restarted', branch, previousHead: existing, reason: 'the branch holds Drydock commits of another run or plan' });
    } else {
      throw new InputError(
        `Branch '${branch}' already exists with commits that are not this run's Drydock commits on base ${baseSha}. Delete the branch or set another 'branch-prefix'; Drydock does not overwrite others' work.`,
        { where: 'branch-prefix' },
      );
    }
  }
  await git.checkout(branch, startSha);
  request.journal.append('decision', {
    decision: 'branch-ready',
    branch,
    baseSha,
    baseBranch: request.baseBranch,
    baseTip,
    startSha,
    resumedTasks: resumed.map((task) => task.taskId),
  });
  return { startSha, resumed, remoteSha, baseTip };
}

/** The base branch's head: on the remote when there is one, else locally. A deleted base branch is an error. */
export async function baseBranchTip(git: GitBranch, baseBranch: string): Promise<string> {
  if (await git.hasRemote()) {
    if ((await git.remoteBranchSha(baseBranch)) === undefined) {
      throw new InputError(`The base branch '${baseBranch}' no longer exists on the remote: the pull request has nothing to target. Restore it or set 'base-branch'.`, {
        where: 'base-branch',
      });
    }
    return git.fetchBranch(baseBranch);
  }
  const local = await git.localBranchSha(baseBranch);
  if (local === undefined) {
    throw new InputError(`The base branch '${baseBranch}' does not exist in the repository: the pull request has nothing to target. Restore it or set 'base-branch'.`, {
      where: 'base-branch',
    });
  }
  return local;
}
