import { DrydockError } from '../errors.js';
import { codeSpan, formatInteger, markdownText } from '../markdown-text.js';
import type { Plan } from './plan.js';
import type { PlanFlag } from './plan-validation.js';
import { renderTaskGraph } from './render-plan-graph.js';
import { renderTaskSection, type TaskDetail } from './render-plan-task.js';

/** One factor of the plan's risk, as the risk assessment reports it. */
export interface PlanRiskFactor {
  /** Short name, such as `sensitive-area`. */
  name: string;
  /** What made it count, such as the paths involved. */
  detail: string;
  /** How much it adds to the risk. */
  weight: number;
}

/** What else the change reaches: files that import the target files, and their code owners. */
export interface PlanBlastRadius {
  /** Dependent files, possibly capped. */
  dependents: readonly string[];
  /** How many dependents there are in all. */
  totalDependents: number;
  /** CODEOWNERS owners of the target files. */
  owners: readonly string[];
}

/** The plan's risk, computed elsewhere (a `RiskAssessment` fits) and shown as data. */
export interface PlanRisk {
  /** `low`, `medium` or `high`. */
  level: string;
  /** The factors that made it so, in the order to show them. */
  factors: readonly PlanRiskFactor[];
  /** What else the change reaches, when assessed. */
  blastRadius?: PlanBlastRadius;
}

/** What planning used. */
export interface PlanUsage {
  /** Tokens, input and output. */
  tokens: number;
  /** US dollars; a lower bound when `unpricedModels` is not empty. */
  costUsd: number;
  /** Models used that have no price. */
  unpricedModels?: readonly string[];
}

/** What `renderPlanMarkdown` shows. */
export interface RenderPlanInput {
  /** The plan. */
  plan: Plan;
  /** Its digest (`planDigest`): what the approval binds to. */
  digest: string;
  /** Identifies the comment to update on re-runs, such as `issue-42` or `run-1234`; see `planCommentMarker`. */
  markerKey: string;
  /** Flags from `validatePlan`. */
  flags?: readonly PlanFlag[];
  /** The risk assessment; shown as not assessed when absent. */
  risk?: PlanRisk;
  /** Tokens and cost of planning. */
  usage?: PlanUsage;
  /** Longest Markdown to return, in UTF-16 code units; default 60,000, under GitHub's 65,536 for a comment. */
  maxCharacters?: number;
}

const MARKER_KEY = /^[A-Za-z0-9][A-Za-z0-9._:#-]{0,99}$/;
const DEFAULT_MAX_CHARACTERS = 60_000;
const RISK_ICONS: Record<string, string> = { low: '🟢', medium: '🟡', high: '🔴' };

interface DetailLevel extends TaskDetail {
  summaryCharacters: number;
  graphTitleCharacters: number;
  factors: number;
}

// Each level shows less, so a large plan still fits in one comment; the run-state artifact has it all.
const DETAIL_LEVELS: readonly DetailLevel[] = [
  { summaryCharacters: 2_000, descriptionCharacters: 1_000, files: 30, checks: 10, graphTitleCharacters: 60, factors: 20 },
  { summaryCharacters: 600, descriptionCharacters: 200, files: 10, checks: 3, graphTitleCharacters: 40, factors: 10 },
  { summaryCharacters: 300, descriptionCharacters: 0, files: 3, checks: 1, graphTitleCharacters: 30, factors: 5 },
];

/**
 * The hidden line that finds the sticky comment again on a re-run. The key is checked, not
 * escaped: it comes from deterministic code, and one that could end the HTML comment is a bug.
 */
export function planCommentMarker(markerKey: string): string {
  if (!MARKER_KEY.test(markerKey)) throw new DrydockError(`The plan comment marker key ${JSON.stringify(markerKey)} must be 1-100 letters, digits, '.', '_', ':', '#' or '-'.`);
  return `<!-- drydock:plan:${markerKey} -->`;
}

/**
 * The plan for reviewers, as GitHub Markdown for the sticky issue comment and the step summary:
 * marker, digest, flags, summary, a Mermaid graph of the tasks, risk, tokens and cost, then each
 * task's files and checks. Everything the model, the issue or the repository wrote is escaped
 * (see `markdown-text.ts`); the output depends on the input alone, byte for byte. A plan too
 * long for `maxCharacters` is shown with less detail and, at worst, without its last tasks.
 */
export function renderPlanMarkdown(input: RenderPlanInput): string {
  const marker = planCommentMarker(input.markerKey);
  const maxCharacters = input.maxCharacters ?? DEFAULT_MAX_CHARACTERS;
  for (const [index, level] of DETAIL_LEVELS.entries()) {
    const text = renderAt(input, marker, level, { shortened: index > 0, graph: true, taskCount: input.plan.tasks.length });
    if (text.length <= maxCharacters) return text;
  }
  const smallest = DETAIL_LEVELS[DETAIL_LEVELS.length - 1] as DetailLevel;
  for (let taskCount = input.plan.tasks.length - 1; taskCount > 0; taskCount -= 1) {
    const text = renderAt(input, marker, smallest, { shortened: true, graph: false, taskCount });
    if (text.length <= maxCharacters) return text;
  }
  return renderAt(input, marker, smallest, { shortened: true, graph: false, taskCount: 0 });
}

function renderAt(input: RenderPlanInput, marker: string, level: DetailLevel, shape: { shortened: boolean; graph: boolean; taskCount: number }): string {
  const { plan } = input;
  const flags = input.flags ?? [];
  const flaggedIds = new Set(flags.map((flag) => flag.taskId));
  const lines = [marker, '### 🧭 Drydock plan', ''];
  lines.push(`**Plan digest** ${codeSpan(input.digest, 100)}: approving the plan approves exactly this; the implement stage refuses any other.`, '');
  if (flaggedIds.size > 0) {
    const ids = plan.tasks.map((task) => task.id).filter((id, index, all) => flaggedIds.has(id) && all.indexOf(id) === index);
    const subject = ids.length === 1 ? `Task ${codeSpan(ids[0] as string, 60)} needs` : `Tasks ${ids.map((id) => codeSpan(id, 60)).join(', ')} need`;
    lines.push(
      '> [!WARNING]',
      `> ${subject} a human: protected paths that only a human may change, or actions that policy sends for approval (see the flags below). ` +
        'Approving the plan does not let an agent write protected paths.',
      '',
    );
  }
  lines.push(`Goal: ${goalText(plan)} · base commit ${codeSpan(plan.baseSha, 64)}`, '');
  lines.push(`**Summary:** ${markdownText(plan.summary, level.summaryCharacters)}`, '');
  lines.push('| Tasks | Risk | Tokens | Cost |', '|---|---|---|---|', `| ${plan.tasks.length} | ${riskLevel(input.risk)} | ${usageCells(input.usage)} |`, '');
  if (shape.graph && plan.tasks.length > 0) lines.push(renderTaskGraph(plan.tasks, flaggedIds, level.graphTitleCharacters), '');
  lines.push(...riskSection(input.risk, level.factors));
  lines.push('#### Tasks', '');
  plan.tasks.slice(0, shape.taskCount).forEach((task, index) => {
    lines.push(renderTaskSection(task, index + 1, flags.filter((flag) => flag.taskId === task.id), level));
  });
  const hidden = plan.tasks.length - shape.taskCount;
  if (hidden > 0) lines.push(`_${hidden} more ${hidden === 1 ? 'task is' : 'tasks are'} not shown here._`, '');
  if (shape.shortened) lines.push('_Shortened to fit; the whole plan is in the run state of this stage\'s artifact._', '');
  return lines.join('\n');
}

function goalText(plan: Plan): string {
  const issue = plan.goal.issue;
  if (issue !== undefined) {
    const title = issue.title === undefined ? '' : ` ${markdownText(issue.title, 200)}`;
    return `issue #${Number.isSafeInteger(issue.number) ? issue.number : '?'}${title}`;
  }
  return plan.goal.text === undefined ? '—' : markdownText(plan.goal.text, 300);
}

function riskLevel(risk: PlanRisk | undefined): string {
  if (risk === undefined) return 'not assessed';
  const icon = RISK_ICONS[risk.level];
  return icon === undefined ? markdownText(risk.level, 20) : `${icon} **${risk.level}**`;
}

function usageCells(usage: PlanUsage | undefined): string {
  if (usage === undefined) return '— | —';
  const unpriced = usage.unpricedModels ?? [];
  const cost = Number.isFinite(usage.costUsd) ? `$${usage.costUsd.toFixed(4)}` : '—';
  const note = unpriced.length === 0 ? '' : ` (at least; no price for ${unpriced.slice(0, 5).map((model) => codeSpan(model, 60, { inTable: true })).join(', ')})`;
  return `${formatInteger(usage.tokens)} | ${cost}${note}`;
}

function riskSection(risk: PlanRisk | undefined, maxFactors: number): string[] {
  if (risk === undefined || (risk.factors.length === 0 && risk.blastRadius === undefined)) return [];
  const lines = [`#### Risk: ${riskLevel(risk)}`, '', '| Factor | Detail | Weight |', '|---|---|---|'];
  for (const factor of risk.factors.slice(0, maxFactors)) {
    const weight = Number.isFinite(factor.weight) ? String(Math.round(factor.weight * 1000) / 1000) : '—';
    lines.push(`| ${markdownText(factor.name, 80)} | ${markdownText(factor.detail, 300)} | ${weight} |`);
  }
  if (risk.factors.length > maxFactors) lines.push(`| _… ${risk.factors.length - maxFactors} more_ | | |`);
  lines.push('');
  const radius = risk.blastRadius;
  if (radius !== undefined) {
    // Owners are shown as code: a bare @team here would ping the whole team on every re-run.
    const owners = radius.owners.length === 0 ? 'none known' : radius.owners.slice(0, maxFactors).map((owner) => codeSpan(owner, 80)).join(', ');
    const dependents = radius.dependents.slice(0, maxFactors).map((path) => codeSpan(path, 200)).join(', ');
    lines.push(`Blast radius: ${formatInteger(radius.totalDependents)} dependent ${radius.totalDependents === 1 ? 'file' : 'files'}${dependents === '' ? '' : ` (${dependents}${radius.totalDependents > Math.min(radius.dependents.length, maxFactors) ? ', …' : ''})`}; owners: ${owners}.`, '');
  }
  return lines;
}
