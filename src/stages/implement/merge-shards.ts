import { InputError } from '../../core/errors.js';
import { TRAILER_KEYS } from '../../core/implement/commit-message.js';
import type { TaskReport } from '../../core/implement/task-report.js';
import type { Journal } from '../../core/journal/journal.js';
import type { Plan } from '../../core/plan/plan.js';
import type { GitBranch } from '../../adapters/git-branch.js';

/** The branch a shard job works on: the run's branch plus the shard's first task. */
export function shardBranchName(branch: string, firstTaskId: string): string {
  return `${branch}${SHARD_SEPARATOR}${firstTaskId}`;
}

/** Between the run's branch name and a shard's first task id. */
export const SHARD_SEPARATOR = '-shard-';

/** What merging the shards needs. */
export interface MergeRequest {
  git: GitBranch;
  journal: Journal;
  plan: Plan;
  branch: string;
  runId: string;
  planDigest: string;
}

/**
 * The merge job of a matrix: merges every shard branch of this run (`<branch>-shard-<task>`) into
 * the run's branch, each with a merge commit carrying the Drydock trailers, and reports each plan
 * task as done when a commit of this run and plan on the merged branch names it. A shard whose
 * merge conflicts is left out and its tasks reported failed with the conflicting files; nothing
 * is forced. The validators then run on the merged tree like after a rebase.
 */
export async function mergeShards(request: MergeRequest): Promise<TaskReport[]> {
  const { git, journal } = request;
  const shards = await git.remoteBranchesWithPrefix(`${request.branch}${SHARD_SEPARATOR}`);
  if (shards.length === 0) {
    throw new InputError(`No shard branches '${request.branch}${SHARD_SEPARATOR}*' were found on the remote: run the implement matrix jobs (with 'tasks') before the merge job.`, {
      where: 'merge-shards',
    });
  }
  const conflicts = new Map<string, string[]>();
  for (const shard of shards) {
    const sha = await git.fetchBranch(shard.branch);
    if (!(await git.isAncestor(request.plan.baseSha, sha))) {
      throw new InputError(`Shard branch '${shard.branch}' does not start from the plan's base ${request.plan.baseSha}: it is not this plan's work.`, { where: 'merge-shards' });
    }
    if (await git.isAncestor(sha, await git.head())) continue;
    const message = [
      `drydock: merge ${shard.branch}`,
      '',
      `${TRAILER_KEYS.run}: ${request.runId}`,
      `${TRAILER_KEYS.task}: ${shard.branch.slice(request.branch.length + 1)}`,
      `${TRAILER_KEYS.plan}: ${request.planDigest}`,
      `${TRAILER_KEYS.journal}: ${journal.head.hash}`,
    ].join('\n');
    const merged = await git.merge(sha, message);
    if (!merged.ok) conflicts.set(shard.branch, merged.conflicts);
    journal.append('decision', { decision: merged.ok ? 'shard-merged' : 'shard-conflict', shard: shard.branch, head: sha, conflicts: merged.ok ? [] : merged.conflicts });
  }
  const commits = await git.commits(request.plan.baseSha, await git.head());
  const committed = new Map<string, string>();
  for (const commit of commits) {
    const value = (key: string) => commit.trailers.find((trailer) => trailer.key === key)?.value;
    const task = value(TRAILER_KEYS.task);
    if (task !== undefined && value(TRAILER_KEYS.run) === request.runId && value(TRAILER_KEYS.plan) === request.planDigest) committed.set(task, commit.sha);
  }
  const conflictNote = [...conflicts].map(([shard, files]) => `${shard} conflicts in ${files.join(', ') || 'some files'}`).join('; ');
  return request.plan.tasks.map((task): TaskReport => {
    const sha = committed.get(task.id);
    if (sha !== undefined) return { id: task.id, title: task.title, status: 'resumed', attempts: 0, refined: false, commit: sha, files: [], validators: [], tried: [] };
    return {
      id: task.id,
      title: task.title,
      status: 'failed',
      attempts: 0,
      refined: false,
      files: [],
      validators: [],
      tried: [],
      reason: conflictNote === '' ? 'No shard committed this task.' : `No merged shard committed this task (${conflictNote}).`,
    };
  });
}
