import { runGit } from './git-command.js';

/** What pushing a fix commit needs. */
export interface FixCommitPush {
  /** The repository checkout. */
  root: string;
  /** Files the fix changed (already written to the checkout); only these are committed. */
  files: readonly string[];
  /** Commit message. */
  message: string;
  /** Branch of the pull request to push to. */
  branch: string;
}

/**
 * Commits exactly the fix's files as `drydock-triager` and pushes the commit to the pull
 * request's branch on `origin` (credentials are the checkout's own; a push that is not a fast
 * forward is refused by git). Resolves to the new commit, or to why it could not be pushed.
 */
export async function commitAndPushFix(push: FixCommitPush): Promise<{ commit?: string; problem?: string }> {
  const identity = ['-c', 'user.name=drydock-triager', '-c', 'user.email=drydock-triager@users.noreply.github.com', '-c', 'commit.gpgsign=false'];
  const steps: Array<readonly string[]> = [
    ['add', '--', ...push.files],
    [...identity, 'commit', '--quiet', '--no-verify', '--message', push.message, '--', ...push.files],
  ];
  for (const args of steps) {
    const result = await runGit(push.root, args, { timeoutMs: 60_000 });
    if (result.exitCode !== 0) return { problem: `git ${args.filter((arg) => !arg.startsWith('user.') && arg !== '-c').slice(0, 2).join(' ')} failed: ${result.stderr.trim().split('\n')[0] ?? ''}` };
  }
  const commit = (await runGit(push.root, ['rev-parse', 'HEAD'])).stdout.trim();
  const pushed = await runGit(push.root, ['push', '--quiet', '--no-verify', 'origin', `HEAD:refs/heads/${push.branch}`], { timeoutMs: 120_000 });
  if (pushed.exitCode !== 0) return { commit, problem: `git push failed: ${pushed.stderr.trim().split('\n')[0] ?? ''}` };
  return { commit };
}
