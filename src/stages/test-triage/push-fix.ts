import { commitAndPushFix } from '../../adapters/triage-fix-push.js';
import { applyFileDiff } from '../../core/agent/tools/diff-apply.js';
import { errorMessage } from '../../core/errors.js';
import { parseFix } from '../../core/triage/fix-diff.js';
import type { StageContext } from '../shared/stage-definition.js';

/** The pull request branch to push to, when the run is for a pull request from this repository. */
function pullRequestBranch(payload: Readonly<Record<string, unknown>>, repository: string): { branch?: string; problem?: string } {
  const head = (payload.pull_request as { head?: { ref?: unknown; repo?: { full_name?: unknown } } } | undefined)?.head;
  if (typeof head?.ref !== 'string' || head.ref === '') return { problem: 'the run is not for a pull request' };
  // A fork's branch is not ours to push to, and the workflow token could not anyway.
  if (head.repo?.full_name !== repository) return { problem: 'the pull request comes from a fork' };
  if (head.ref.startsWith('-') || /[\s~^:?*[\\]/.test(head.ref)) return { problem: `the branch name ${JSON.stringify(head.ref)} is not usable` };
  return { branch: head.ref };
}

/**
 * Pushes a validated fix to the pull request branch, only when policy lets the triager: every file
 * it changes must be writable for the triager, and the `push` GitHub operation must be granted
 * (the default grants neither). Each decision is journaled by the policy; the push as a
 * `github-write`. Resolves to whether it was pushed and why not.
 */
export async function pushFix(context: StageContext<unknown>, diff: string, clusterId: string): Promise<{ pushed: boolean; reason: string }> {
  const parsed = parseFix(diff);
  if (!parsed.ok) return { pushed: false, reason: `not pushed: ${parsed.error}` };
  for (const file of parsed.files) {
    const write = context.policy.evaluate(context.identity, { type: 'write', path: file.path });
    if (write.decision !== 'allow') return { pushed: false, reason: `not pushed: ${write.reason}` };
  }
  const target = pullRequestBranch(context.payload, context.trigger.repository);
  if (target.branch === undefined) return { pushed: false, reason: `not pushed: ${target.problem ?? ''}` };
  const push = context.policy.consume(context.identity, { type: 'github', operation: 'push' });
  if (push.decision !== 'allow') return { pushed: false, reason: `not pushed: ${push.reason}` };
  try {
    for (const file of parsed.files) {
      const edit = applyFileDiff(await context.workspace.readText(file.path), file.diff, file.path);
      if (!edit.ok) return { pushed: false, reason: `not pushed: the fix no longer applies to the checkout: ${edit.error}` };
      await context.workspace.writeText(file.path, edit.content);
    }
  } catch (error) {
    return { pushed: false, reason: `not pushed: ${errorMessage(error)}` };
  }
  const result = await commitAndPushFix({
    root: context.workspace.root,
    files: parsed.files.map((file) => file.path),
    message: `Fix failing tests (Drydock triage, cluster ${clusterId})\n\nValidated by re-running the failing tests in a scratch copy.`,
    branch: target.branch,
  });
  context.journal.append('github-write', { operation: 'push', branch: target.branch, cluster: clusterId, ...(result.commit === undefined ? {} : { commit: result.commit }), ...(result.problem === undefined ? {} : { problem: result.problem }) });
  if (result.problem !== undefined) return { pushed: false, reason: `not pushed: ${result.problem}` };
  return { pushed: true, reason: `pushed to ${target.branch} as ${result.commit ?? ''}` };
}
