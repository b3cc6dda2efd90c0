import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import { inputSchemas } from '../../core/inputs.js';
import { renderIntent } from '../../core/intent/render-intent.js';
import { codeSpan, markdownText } from '../../core/markdown-text.js';
import { planMatrix } from '../../core/plan/matrix.js';
import type { StageDefinition } from '../shared/stage-definition.js';
import { draftCandidates, MAX_CANDIDATES } from './plan-candidates.js';
import { publishPlan } from './plan-comment.js';
import { DEFAULT_CONTEXT_TOKENS, listedFiles, selectPlanContext } from './plan-context.js';
import { gatherPlanIntent, planMarkerKey } from './plan-intent.js';
import { assessPlanRisk, readRiskSources } from './plan-risk.js';

const inputs = {
  goal: { schema: inputSchemas.text().max(20_000, 'expected at most 20,000 characters') },
  'issue-number': { schema: inputSchemas.positiveInteger() },
  candidates: {
    schema: inputSchemas.positiveInteger().pipe(z.number().max(MAX_CANDIDATES, `expected at most ${MAX_CANDIDATES}`)),
    default: '1',
  },
  'max-shards': { schema: inputSchemas.positiveInteger().pipe(z.number().max(256, 'expected at most 256 (the most jobs a matrix may have)')) },
  'context-tokens': {
    schema: inputSchemas.positiveInteger().pipe(z.number().min(500, 'expected at least 500').max(200_000, 'expected at most 200,000')),
    default: String(DEFAULT_CONTEXT_TOKENS),
  },
};

/** The issue number of the triggering event (`issues`, `issue_comment`), if any. */
function eventIssueNumber(payload: Readonly<Record<string, unknown>>): number | undefined {
  const issue = payload.issue;
  if (typeof issue !== 'object' || issue === null) return undefined;
  const number = (issue as { number?: unknown }).number;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

/** A link to the comment; the URL comes from the forge, and anything but a plain http(s) URL is shown as code. */
function commentLink(url: string): string {
  return /^https?:\/\/[^\s<>()[\]`]+$/.test(url) ? `[the sticky comment](${url})` : codeSpan(url, 300);
}

/** The key of the sticky comment and summary marker: the issue's, else this run's. */
function markerKey(issueNumber: number | undefined, runId: string): string {
  return issueNumber === undefined ? `run-${runId.replace(/[^A-Za-z0-9._:#-]/g, '-').slice(0, 90)}` : planMarkerKey(issueNumber);
}

/**
 * The plan stage: authorize the trigger, gather the intent, select repository context within a
 * token budget, have the planner draft a task graph (validated, repaired once, optionally several
 * candidates), score its risk deterministically, and show it — sticky issue comment and step
 * summary from one rendering. The plan goes into the run state; its digest is what a reviewer
 * approves and what the implement stage checks.
 */
export const planStage: StageDefinition<typeof inputs> = {
  name: 'plan',
  inputs,
  secretInputs: [],
  incomingState: 'optional',
  validate(parsed, payload) {
    if (parsed.goal !== undefined && parsed['issue-number'] !== undefined) {
      throw new InputError(`Inputs 'goal' and 'issue-number' are both set; set one of them.`, { where: 'goal' });
    }
    if (parsed.goal === undefined && parsed['issue-number'] === undefined && eventIssueNumber(payload) === undefined) {
      throw new InputError(
        `No goal: set the 'goal' input or 'issue-number', or trigger the workflow from an issue event.`,
        { where: 'goal' },
      );
    }
  },
  goal(parsed, payload) {
    if (parsed.goal !== undefined) return { text: parsed.goal };
    const number = parsed['issue-number'] ?? eventIssueNumber(payload);
    return number === undefined ? {} : { issue: { number } };
  },
  async execute(context) {
    // Authorization comes first: a refused trigger has nothing read, retrieved or sent to a model.
    const { intent, goal, goalText } = await gatherPlanIntent(context);
    const repository = await selectPlanContext(context, goalText, context.inputs['context-tokens']);
    const fileExists = await listedFiles(context, repository);
    const sources = await readRiskSources(context);
    const chosen = await draftCandidates(context, {
      // A credential pasted into the issue or committed to a file is not sent to the model.
      task: context.redact(`${renderIntent(intent)}\n\n${repository.text}`),
      goalText,
      origin: { goal, baseSha: context.trigger.sha },
      fileExists,
      count: context.inputs.candidates,
      assess: (plan) => assessPlanRisk(context, plan, repository, sources),
    });
    const { plan, digest, risk, validation } = chosen;
    const maxShards = context.inputs['max-shards'];
    const matrix = planMatrix(plan, maxShards === undefined ? {} : { maxShards });
    context.journal.append('decision', {
      decision: 'plan-recorded',
      planDigest: digest,
      tasks: plan.tasks.length,
      riskLevel: risk.level,
      riskScore: risk.score,
      needsHuman: validation.tasksNeedingApproval,
      shards: matrix.include.length,
    });

    const usage = context.budget.stageUsage();
    const issueNumber = intent.issue?.number;
    const published = await publishPlan(
      context,
      {
        plan,
        digest,
        markerKey: markerKey(issueNumber, context.trigger.runId),
        flags: validation.flags,
        risk,
        usage: { tokens: usage.tokens, costUsd: usage.costUsd, unpricedModels: usage.unpricedModels },
      },
      issueNumber,
    );
    const notes: string[] = [];
    if (published.commentUrl !== undefined) notes.push(`The plan is also on issue #${issueNumber}: ${commentLink(published.commentUrl)}.`);
    if (published.commentProblem !== undefined) notes.push(`⚠️ ${markdownText(published.commentProblem, 500)}`);
    if (chosen.choice !== undefined) notes.push(`Chosen among ${chosen.choice.candidates} candidate plans: ${markdownText(chosen.choice.reason, 1_500)}`);
    for (const note of sources.notes) notes.push(`Risk note: ${markdownText(note, 300)}`);

    return {
      outputs: {
        'plan-digest': digest,
        'risk-level': risk.level,
        'task-count': String(plan.tasks.length),
        matrix: JSON.stringify(matrix),
        'needs-human': String(validation.tasksNeedingApproval.length > 0),
      },
      result: {
        plan,
        planDigest: digest,
        risk,
        flags: validation.flags,
        tasksNeedingApproval: validation.tasksNeedingApproval,
        matrix,
        repairs: chosen.repairs,
        context: { tokens: repository.selection.tokens, files: repository.selection.files.map((file) => file.path) },
        ...(chosen.choice === undefined ? {} : { candidates: { count: chosen.choice.candidates, rejected: chosen.choice.rejected, reason: chosen.choice.reason, scores: chosen.choice.scores } }),
        ...(published.commentUrl === undefined ? {} : { commentUrl: published.commentUrl }),
      },
      summary: [published.markdown, ...notes.flatMap((note) => ['', note])].join('\n'),
    };
  },
};
