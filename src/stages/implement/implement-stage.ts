import { createCommandRunner } from '../../adapters/command-runner.js';
import { createGitBranch } from '../../adapters/git-branch.js';
import { InputError } from '../../core/errors.js';
import { implementBranchName } from '../../core/implement/branch-name.js';
import { findCommentApproval } from '../../core/implement/comment-approval.js';
import { selectTasks, unmetDependencies } from '../../core/implement/task-selection.js';
import { isDone, runStatus, type TaskReport } from '../../core/implement/task-report.js';
import { markdownText } from '../../core/markdown-text.js';
import type { StageContext, StageDefinition } from '../shared/stage-definition.js';
import type { ParsedInputs } from '../../core/inputs.js';
import { loadApprovedPlan } from './approved-plan.js';
import { implementArtifactVariant, implementInputs } from './implement-inputs.js';
import { implementTask } from './implement-task.js';
import { prepareBranch } from './prepare-branch.js';
import { publishWork } from './publish-work.js';
import { mergeShards, shardBranchName } from './merge-shards.js';
import { validateWholeTree } from './ship-branch.js';
import type { GitBranch } from '../../adapters/git-branch.js';
import type { CommandRunner } from '../../core/ports/command-runner.js';
import type { Plan } from '../../core/plan/plan.js';
import { allPassed } from '../../core/validators/validator-result.js';

type ImplementContext = StageContext<ParsedInputs<typeof implementInputs>>;

export const implementStage: StageDefinition<typeof implementInputs> = {
  name: 'implement',
  inputs: implementInputs,
  secretInputs: ['push-token'],
  incomingState: 'required',
  goal: () => ({}),
  artifactVariant: implementArtifactVariant,
  async execute(context) {
    const approvedDigest = context.inputs['plan-digest'];
    if (approvedDigest === undefined) throw new InputError(`Input 'plan-digest' is required: wire it from the plan job's 'plan-digest' output.`, { where: 'plan-digest' });
    const approved = loadApprovedPlan(context.state, approvedDigest, context.journal);
    const { plan, digest } = approved;
    const tasks = selectTasks(plan, context.inputs.tasks);
    const dryRun = context.inputs['dry-run'];
    context.journal.append('decision', { decision: 'tasks-selected', tasks: tasks.map((task) => task.id), dryRun });
    if (tasks.length === 0) {
      return {
        outputs: { status: 'complete', 'pr-number': '', 'pr-url': '', branch: '', 'tasks-done': '0', 'tasks-failed': '0', 'cost-usd': '0.0000' },
        result: { planDigest: digest, status: 'complete', dryRun, tasks: [] },
        summary: `### Implement\n\nPlan \`${digest}\` matches the approved digest and has no tasks: nothing to implement.`,
      };
    }
    const forge = await context.forge();
    if (context.config.implement.approval === 'comment') await requireCommentApproval(context, digest);

    const repository = await forge.getRepository();
    const baseBranch = context.inputs['base-branch'] ?? repository.defaultBranch;
    const goal = context.state.goal;
    const branch = implementBranchName({
      prefix: context.inputs['branch-prefix'],
      goal,
      runId: context.trigger.runId,
      title: goal.issue?.title ?? goal.text ?? plan.tasks[0]?.title ?? 'change',
    });
    // Never the default or the base branch: the work goes to a branch of its own, reviewed by a pull request.
    if (branch === repository.defaultBranch || branch === baseBranch) {
      throw new InputError(`The work branch '${branch}' would be the ${branch === baseBranch ? 'base' : 'default'} branch; set another 'branch-prefix'.`, { where: 'branch-prefix' });
    }
    const merging = context.inputs['merge-shards'];
    if (merging && context.inputs.tasks !== undefined) {
      throw new InputError(`Inputs 'merge-shards' and 'tasks' are both set: the merge job takes every shard; leave 'tasks' empty in it.`, { where: 'merge-shards' });
    }
    // A matrix shard works on a branch of its own; the merge job combines them on the run's branch.
    const shard = context.inputs.tasks === undefined ? undefined : tasks[0]?.id;
    const workBranch = shard === undefined ? branch : shardBranchName(branch, shard);
    const token = context.inputs['push-token'] ?? context.io.getInput('github-token');
    const git = createGitBranch({
      workTree: context.workspace.root,
      ...(token === undefined || token === '' ? {} : { token }),
      serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    });
    const prepared = await prepareBranch({ git, journal: context.journal, branch: workBranch, baseSha: plan.baseSha, baseBranch, runId: context.trigger.runId, planDigest: digest });
    const commands = createCommandRunner({ workspace: context.workspace, clock: context.clock });

    const reports: TaskReport[] = [];
    const resumed = new Map(prepared.resumed.map((task) => [task.taskId, task]));
    let failure: unknown;
    try {
      if (merging) reports.push(...(await mergeAndValidate(context, git, commands, plan, branch, digest)));
      for (const task of merging ? [] : tasks) {
        const earlier = resumed.get(task.id);
        if (earlier !== undefined) {
          reports.push({ id: task.id, title: task.title, status: 'resumed', attempts: 0, refined: false, commit: earlier.sha, files: [], validators: [], tried: [] });
          continue;
        }
        const done = new Set([...prepared.resumed.map((entry) => entry.taskId), ...reports.filter(isDone).map((report) => report.id)]);
        // A dependency counts when it is committed on the branch: done now, or by an earlier attempt.
        const unmet = unmetDependencies(task, done);
        if (unmet.length > 0) {
          reports.push({ id: task.id, title: task.title, status: 'blocked', attempts: 0, refined: false, files: [], validators: [], tried: [], reason: `It depends on ${unmet.join(', ')}, which ${unmet.length === 1 ? 'is' : 'are'} not done.` });
          context.journal.append('decision', { decision: 'task-blocked', task: task.id, unmet });
          continue;
        }
        context.journal.append('decision', { decision: 'task-start', task: task.id });
        reports.push(
          await implementTask(
            { plan, planDigest: digest, runId: context.trigger.runId, config: context.config, policy: context.policy, journal: context.journal, runAgent: context.runAgent, git, commands, identity: context.identity },
            task,
          ),
        );
      }
    } catch (error) {
      failure = error;
    }

    const published = await publishWork({
      context,
      git,
      commands,
      forge,
      plan,
      approved,
      branch: workBranch,
      baseBranch,
      prepared,
      reports,
      dryRun,
      failure,
      opensPullRequest: shard === undefined,
    });
    const status = runStatus(reports);
    if (status !== 'complete') {
      context.io.annotate('warning', `Drydock implement: ${reports.filter((report) => !isDone(report)).map((report) => report.id).join(', ')} not done (status ${status}); see the step summary${context.state.goal.issue === undefined ? '' : ` and issue #${context.state.goal.issue.number}`}.`);
    }
    const usage = context.budget.stageUsage();
    const done = reports.filter(isDone).length;
    const failed = reports.length - done;
    return {
      outputs: {
        status,
        'pr-number': published.pullRequest === undefined ? '' : String(published.pullRequest.number),
        'pr-url': published.pullRequest?.url ?? '',
        branch: workBranch,
        'tasks-done': String(done),
        'tasks-failed': String(failed),
        'cost-usd': usage.costUsd.toFixed(4),
      },
      result: {
        planDigest: digest,
        branch: workBranch,
        baseBranch,
        status,
        dryRun,
        tasks: reports.map(({ validators, ...report }) => ({ ...report, validators: validators.map(({ excerpt, ...result }) => ({ ...result, excerpt: excerpt.slice(-1000) })) })),
        ...(published.pullRequest === undefined ? {} : { pullRequest: { number: published.pullRequest.number, url: published.pullRequest.url } }),
        ...(published.rebase === undefined ? {} : { rebase: published.rebase }),
        ...(published.dryRun === undefined ? {} : { dryRunOutput: published.dryRun }),
      },
      summary: [
        '### Implement',
        '',
        `Plan \`${digest}\` matches the approved digest. Branch \`${workBranch}\`${dryRun ? ' (dry run: nothing pushed)' : ''}.`,
        '',
        '| task | result | attempts | commit |',
        '|---|---|---|---|',
        ...reports.map((report) => `| \`${report.id}\` ${markdownText(report.title, 80).replaceAll('|', '\\|')} | ${report.status} | ${report.attempts} | ${report.commit?.slice(0, 12) ?? '—'} |`),
        '',
        published.pullRequest === undefined ? '' : `Draft pull request: ${published.pullRequest.url}`,
      ].join('\n'),
    };
  },
};

/** The merge job: every shard merged, then the whole tree validated; tasks count as done only if the validators pass. */
async function mergeAndValidate(context: ImplementContext, git: GitBranch, commands: CommandRunner, plan: Plan, branch: string, digest: string): Promise<TaskReport[]> {
  const reports = await mergeShards({ git, journal: context.journal, plan, branch, runId: context.trigger.runId, planDigest: digest });
  const results = await validateWholeTree({ git, journal: context.journal, policy: context.policy, identity: context.identity, commands, config: context.config, plan }, 'merge');
  const passed = allPassed(results);
  return reports.map((report) =>
    report.status === 'failed' ? report : { ...report, validators: results, ...(passed ? {} : { status: 'failed' as const, reason: 'The validators fail on the merged shards.' }) },
  );
}

/** `approval: comment`: a `/drydock approve <digest prefix>` comment by a user with write access must be on the issue. */
async function requireCommentApproval(context: ImplementContext, digest: string): Promise<void> {
  const issue = context.state.goal.issue;
  if (issue === undefined) {
    throw new InputError('The config asks for comment approval (implement.approval: comment), but the run has no issue to comment on.', { where: 'implement.approval' });
  }
  const forge = await context.forge();
  const approval = await findCommentApproval(await forge.listIssueComments(issue.number), digest, (login) => forge.getPermission(login));
  context.journal.append('approval', { subject: 'plan-comment', issue: issue.number, ...approval });
  if (!approval.approved) {
    throw new InputError(`The plan is not approved: ${approval.reason} Comment '/drydock approve ${digest.replace('sha256:', '').slice(0, 12)}' on issue #${issue.number} to approve this plan.`, {
      where: 'implement.approval',
    });
  }
}
