import type { AgentLoopResult } from '../../core/agent/loop-types.js';
import type { DrydockConfig } from '../../core/config/config-types.js';
import { errorMessage, InputError } from '../../core/errors.js';
import { taskCommitMessage } from '../../core/implement/commit-message.js';
import { taskPolicy } from '../../core/implement/task-policy.js';
import { IMPLEMENTER_SYSTEM_PROMPT, implementTaskPrompt, REFINER_SYSTEM_PROMPT, refineTaskPrompt } from '../../core/implement/task-prompt.js';
import type { TaskReport } from '../../core/implement/task-report.js';
import type { Journal } from '../../core/journal/journal.js';
import type { Plan } from '../../core/plan/plan.js';
import type { PlanTask } from '../../core/plan/plan-schema.js';
import { createPolicy } from '../../core/policy/index.js';
import { normalizePolicyPath } from '../../core/policy/path-normalization.js';
import { protectedPathRefusal } from '../../core/policy/protected-paths.js';
import type { Policy } from '../../core/policy/policy.js';
import type { CommandRunner } from '../../core/ports/command-runner.js';
import { validatorCommands } from '../../core/validators/validator-commands.js';
import { allPassed, renderValidatorSignals, type ValidatorResult } from '../../core/validators/validator-result.js';
import type { GitBranch } from '../../adapters/git-branch.js';
import type { StageAgentRunner } from '../shared/stage-agent.js';
import { runValidators } from './run-validators.js';

/** What implementing one task needs. */
export interface TaskWork {
  plan: Plan;
  planDigest: string;
  runId: string;
  config: DrydockConfig;
  /** The stage policy (records its decisions); validators are judged by it. */
  policy: Policy;
  journal: Journal;
  runAgent: StageAgentRunner;
  git: GitBranch;
  commands: CommandRunner;
  /** The identity the stage acts as (`implementer`). */
  identity: string;
}

/**
 * Implements one task: up to `implement.maxAttempts` agent loops, each judged by the validators;
 * when they are used up, one refinement of the description by the planner (if enabled) and as many
 * attempts again; then the task is failed. A passing task is committed with its trailers; a failed
 * one leaves the work tree as the last commit had it.
 */
export async function implementTask(work: TaskWork, task: PlanTask): Promise<TaskReport> {
  const { journal, git, config } = work;
  const targets = task.targetFiles.map((file) => normalizedPath(file.path));
  const targetSet = new Set(targets);
  const probe = validatorCommands({ validators: config.validators, task, changedFiles: [], repositoryFiles: [] });
  if (probe.length === 0) {
    throw new InputError(
      `Task '${task.id}' has nothing that can judge it: no validators are configured in .github/drydock.yml and the task has no command acceptance check. Drydock decides success by commands only.`,
      { where: 'validators' },
    );
  }
  // Writes limited to the task's targets on top of the configured policy; decisions journaled with the task.
  const narrowed = taskPolicy(createPolicy(config), targets, (identity, action, decision) =>
    journal.append('policy-decision', { identity, action, decision: decision.decision, reason: decision.reason, rule: decision.rule, task: task.id }),
  );
  const report: TaskReport = { id: task.id, title: task.title, status: 'failed', attempts: 0, refined: false, files: [], validators: [], tried: [] };
  let description = task.description;
  let signals: string | undefined;
  for (let round = 0; round < 2; round += 1) {
    for (let attempt = 1; attempt <= config.implement.maxAttempts; attempt += 1) {
      report.attempts += 1;
      const loop = await work.runAgent({
        systemPrompt: IMPLEMENTER_SYSTEM_PROMPT,
        task: implementTaskPrompt(work.plan, task, report.attempts, signals, description),
        loopName: `task ${task.id} attempt ${report.attempts}`,
        policy: narrowed,
        maxTurns: config.implement.maxTurns,
      });
      if (loop.outcome === 'budget' && loop.error !== undefined) throw loop.error;
      report.tried.push(loop.finish?.summary ?? `The agent loop ended without finishing (${loop.outcome}).`);
      const changed = (await git.changedPaths()).map(normalizedPath);
      // Only target files are committed, and never a protected one, however it was changed (a
      // command the policy allows could write one): the commit itself is the last guard.
      const changedTargets = changed.filter((path) => targetSet.has(path) && protectedPathRefusal(path, 'write') === undefined);
      const refused = changed.filter((path) => targetSet.has(path) && protectedPathRefusal(path, 'write') !== undefined);
      if (refused.length > 0) {
        journal.append('decision', { decision: 'commit-paths-refused', task: task.id, paths: refused.map((path) => ({ path, reason: protectedPathRefusal(path, 'write') })) });
      }
      const repositoryFiles = [...new Set([...(await git.trackedFiles()), ...changed])];
      const results = await runValidators({
        commands: validatorCommands({ validators: config.validators, task, changedFiles: changedTargets, repositoryFiles }),
        policy: work.policy,
        identity: work.identity,
        runner: work.commands,
        journal,
        task: task.id,
        attempt: report.attempts,
      });
      report.validators = results;
      if (allPassed(results)) return commitTask(work, task, report, changedTargets, loop);
      signals = renderValidatorSignals(results, report.attempts);
      report.reason = failureReason(results);
    }
    if (round > 0 || !config.implement.refine) break;
    const refinedDescription = await refine(work, task, description, signals ?? '');
    if (refinedDescription === undefined) break;
    description = refinedDescription;
    report.refined = true;
  }
  await git.discardChanges();
  journal.append('decision', { decision: 'task-failed', task: task.id, attempts: report.attempts, refined: report.refined, reason: report.reason ?? '' });
  return report;
}

async function commitTask(work: TaskWork, task: PlanTask, report: TaskReport, files: string[], loop: AgentLoopResult): Promise<TaskReport> {
  report.status = 'done';
  report.files = files;
  delete report.reason;
  if (files.length > 0) {
    const message = taskCommitMessage({
      runId: work.runId,
      taskId: task.id,
      title: task.title,
      planDigest: work.planDigest,
      journalHead: work.journal.head.hash,
      ...(loop.finish === undefined ? {} : { summary: loop.finish.summary }),
    });
    report.commit = await work.git.commit(files, message);
  }
  // Anything left outside the targets (a tool's cache, a test's output) is not part of the task.
  await work.git.discardChanges();
  work.journal.append('decision', { decision: 'task-committed', task: task.id, commit: report.commit ?? null, files, attempts: report.attempts });
  return report;
}

/** One bounded refinement by the planner: read-only tools, the description only, journaled. */
async function refine(work: TaskWork, task: PlanTask, description: string, signals: string): Promise<string | undefined> {
  let loop: AgentLoopResult;
  try {
    loop = await work.runAgent({
      identity: 'planner',
      systemPrompt: REFINER_SYSTEM_PROMPT,
      task: refineTaskPrompt({ ...task, description }, signals),
      loopName: `task ${task.id} refine`,
      maxTurns: 10,
    });
  } catch (error) {
    work.journal.append('decision', { decision: 'task-refine-failed', task: task.id, reason: errorMessage(error) });
    return undefined;
  }
  if (loop.outcome === 'budget' && loop.error !== undefined) throw loop.error;
  const result = loop.finish?.result as { description?: unknown } | undefined;
  const refined = typeof result?.description === 'string' ? result.description.trim() : '';
  if (refined === '' || refined.length > 4000) {
    work.journal.append('decision', { decision: 'task-refine-failed', task: task.id, reason: 'The planner did not give a new description of 1 to 4,000 characters.' });
    return undefined;
  }
  work.journal.append('decision', { decision: 'task-refined', task: task.id, by: 'planner', description: refined });
  return refined;
}

function failureReason(results: readonly ValidatorResult[]): string {
  const failing = results.filter((result) => result.status !== 'passed' && result.status !== 'skipped');
  return failing.map((result) => result.reason ?? `${result.name}: ${result.status}`).join(' ');
}

function normalizedPath(path: string): string {
  const normalized = normalizePolicyPath(path);
  return normalized.ok ? normalized.path : path;
}
