import { quote } from '../policy/decision-text.js';
import { normalizePolicyPath } from '../policy/path-normalization.js';
import type { Policy } from '../policy/policy.js';
import type { PlanFlag, PlanIssue } from './plan-validation.js';
import type { PlanTask, TargetFile } from './plan-schema.js';

/** What checking the target files of a plan needs. */
export interface TargetCheckContext {
  /** The policy the implementer works under. */
  policy: Policy;
  /** The identity that will write the files. */
  identity: string;
  /** Whether a file exists at the base commit; existence is not checked when absent. */
  fileExists?: (path: string) => boolean;
  /** Whether the first task runs after the second one (directly or through other tasks). */
  runsAfter: (taskId: string, otherTaskId: string) => boolean;
}

/** Issues and flags found, and the target files with their normalized paths. */
export interface TargetCheckResult {
  /** Problems, in the order of the draft. */
  issues: PlanIssue[];
  /** What needs a human, in the order of the draft. */
  flags: PlanFlag[];
  /** The target files of each task, paths normalized where they could be. */
  targetFiles: TargetFile[][];
}

/**
 * Checks every target file: its path must name a file inside the repository; each file once per
 * task; the implementer must be allowed to write it. A protected path is not an issue but a
 * `needs-human` flag, so a plan that touches workflows or credentials reaches a human instead of
 * being repaired into something that hides the intent. With `fileExists`, `modify` and `delete`
 * need a file that exists or that an earlier task creates, and `create` needs one that does not.
 */
export function checkTargetFiles(tasks: readonly PlanTask[], context: TargetCheckContext): TargetCheckResult {
  const issues: PlanIssue[] = [];
  const flags: PlanFlag[] = [];
  const creators = creatorsByPath(tasks);
  const targetFiles = tasks.map((task, taskIndex) => {
    const seen = new Map<string, number>();
    return task.targetFiles.map((target, fileIndex) => {
      const location = `tasks[${taskIndex}].targetFiles[${fileIndex}].path`;
      const normalized = normalizePolicyPath(target.path);
      if (!normalized.ok || normalized.path === '') {
        const reason = normalized.ok ? 'the path names the repository root, not a file' : normalized.reason;
        issues.push({
          code: 'invalid-path',
          taskId: task.id,
          path: location,
          message: `Task ${quote(task.id)} targets ${quote(String(target.path))}, which is not a file inside the repository: ${reason}. Give each path relative to the repository root, such as "src/index.ts".`,
        });
        return target;
      }
      const path = normalized.path;
      const earlier = seen.get(path);
      if (earlier !== undefined) {
        issues.push({
          code: 'duplicate-target',
          taskId: task.id,
          path: location,
          message: `Task ${quote(task.id)} lists ${quote(path)} more than once (targetFiles[${earlier}] and targetFiles[${fileIndex}]); list each file once, with one change.`,
        });
        return { path, change: target.change };
      }
      seen.set(path, fileIndex);
      const decision = context.policy.evaluate(context.identity, { type: 'write', path });
      if (decision.decision === 'needs-approval') {
        flags.push({ code: 'needs-approval', taskId: task.id, path: location, subject: path, rule: decision.rule, message: `Task ${quote(task.id)} needs an approval: ${decision.reason}` });
      } else if (decision.decision === 'deny' && decision.rule.startsWith('PP-')) {
        flags.push({ code: 'needs-human', taskId: task.id, path: location, subject: path, rule: decision.rule, message: `Task ${quote(task.id)} needs a human: ${decision.reason}` });
      } else if (decision.decision === 'deny') {
        issues.push({ code: 'path-not-writable', taskId: task.id, path: location, rule: decision.rule, message: `Task ${quote(task.id)} cannot change ${quote(path)}: ${decision.reason}` });
      }
      const existence = context.fileExists === undefined ? undefined : existenceIssue(task, target.change, path, creators, context);
      if (existence !== undefined) issues.push({ ...existence, path: location });
      return { path, change: target.change };
    });
  });
  return { issues, flags, targetFiles };
}

/** Ids of the tasks that create each normalized path. */
function creatorsByPath(tasks: readonly PlanTask[]): Map<string, string[]> {
  const creators = new Map<string, string[]>();
  for (const task of tasks) {
    for (const target of task.targetFiles) {
      if (target.change !== 'create') continue;
      const normalized = normalizePolicyPath(target.path);
      if (!normalized.ok) continue;
      creators.set(normalized.path, [...(creators.get(normalized.path) ?? []), task.id]);
    }
  }
  return creators;
}

function existenceIssue(
  task: PlanTask,
  change: TargetFile['change'],
  path: string,
  creators: ReadonlyMap<string, readonly string[]>,
  context: TargetCheckContext,
): PlanIssue | undefined {
  const exists = (context.fileExists as (path: string) => boolean)(path);
  if (change === 'create') {
    if (!exists) return undefined;
    return { code: 'file-exists', taskId: task.id, message: `Task ${quote(task.id)} creates ${quote(path)}, which already exists; use the change "modify" for it.` };
  }
  if (exists) return undefined;
  const creatorIds = (creators.get(path) ?? []).filter((id) => id !== task.id);
  if (creatorIds.some((id) => context.runsAfter(task.id, id))) return undefined;
  const verb = change === 'delete' ? 'deletes' : 'modifies';
  const hint =
    creatorIds.length === 0
      ? 'use the change "create" for a new file, or name an existing file'
      : creatorIds.length === 1
        ? `task ${quote(creatorIds[0] as string)} creates it, so make ${quote(task.id)} depend on that task`
        : `tasks ${creatorIds.map(quote).join(', ')} create it, so make ${quote(task.id)} depend on the one that should create it`;
  return { code: 'missing-file', taskId: task.id, message: `Task ${quote(task.id)} ${verb} ${quote(path)}, which does not exist at the base commit; ${hint}.` };
}
