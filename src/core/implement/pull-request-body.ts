import { markdownText } from '../markdown-text.js';
import type { Goal } from '../run-state.js';
import type { ValidatorResult } from '../validators/validator-result.js';
import { isDone, type TaskReport } from './task-report.js';

/** What the pull request body is made of. */
export interface PullRequestFacts {
  /** What the run is for. */
  goal: Goal;
  /** The approved plan's digest. */
  planDigest: string;
  /** The plan's approach (model-written, reviewer-approved: shown escaped). */
  planSummary: string;
  /** Each task's result. */
  tasks: readonly TaskReport[];
  /** Risk level the plan stage assessed, when it did. */
  riskLevel: string | undefined;
  /** Tokens and cost of the implement stage so far. */
  usage: { tokens: number; costUsd: number };
  /** The artifact holding the journal, for the verification command. */
  journalArtifact: string;
  /** The workflow run id. */
  runId: string;
  /** What happened to the base: rebased onto a newer base, or a conflict left for a human. */
  baseNote?: string;
}

const STATUS_MARK: Record<TaskReport['status'], string> = { done: '✅ done', resumed: '✅ done (earlier attempt)', failed: '❌ failed', blocked: '⏸ blocked' };

/** The hidden marker that finds this run's pull request again, so a re-run updates it. */
export function pullRequestMarker(runId: string, shard?: string): string {
  return `<!-- drydock:implement:run-${runId.replace(/[^A-Za-z0-9_.-]/g, '')}${shard === undefined ? '' : `:${shard.replace(/[^A-Za-z0-9_.-]/g, '')}`} -->`;
}

/** The pull request title. */
export function pullRequestTitle(goal: Goal, fallback: string): string {
  const subject = goal.issue !== undefined ? (goal.issue.title ?? fallback) : (goal.text ?? fallback);
  const prefix = goal.issue === undefined ? '' : `#${goal.issue.number} `;
  return `Drydock: ${prefix}${subject.replace(/\s+/g, ' ').trim()}`.slice(0, 200);
}

/** The body: goal, plan digest, per-task results with validator evidence, files, risk, usage, how to verify. */
export function pullRequestBody(facts: PullRequestFacts): string {
  const goal = facts.goal.issue !== undefined ? `Resolves #${facts.goal.issue.number}.` : `Goal: ${markdownText(facts.goal.text ?? '', 500)}`;
  const done = facts.tasks.filter(isDone).length;
  const files = [...new Set(facts.tasks.flatMap((task) => task.files))].sort();
  const lines = [
    '_Drafted by Drydock. Every commit below passed the validators listed; a human reviews and merges._',
    '',
    goal,
    '',
    `**Plan** \`${facts.planDigest}\` — ${markdownText(facts.planSummary, 600)}`,
    '',
    `**Risk** ${facts.riskLevel ?? 'not assessed'} · **Tasks** ${done} of ${facts.tasks.length} done · **Tokens** ${facts.usage.tokens.toLocaleString('en-US')} · **Cost** $${facts.usage.costUsd.toFixed(4)}`,
    '',
    '| task | result | attempts | commit | validators |',
    '|---|---|---|---|---|',
    ...facts.tasks.map(
      (task) =>
        `| \`${task.id}\` ${markdownText(task.title, 80).replaceAll('|', '\\|')} | ${STATUS_MARK[task.status]}${task.refined ? ' (refined)' : ''} | ${task.attempts} | ${task.commit === undefined ? '—' : `\`${task.commit.slice(0, 12)}\``} | ${validatorSummary(task.validators)} |`,
    ),
    '',
  ];
  if (facts.baseNote !== undefined) lines.push(`**Base** ${facts.baseNote}`, '');
  const failing = facts.tasks.filter((task) => !isDone(task));
  for (const task of failing) {
    lines.push(`<details><summary>Why <code>${task.id}</code> is not done</summary>`, '', markdownText(task.reason ?? 'unknown', 1000), '', '</details>', '');
  }
  lines.push('<details><summary>Validator evidence</summary>', '');
  for (const task of facts.tasks) {
    for (const result of task.validators) {
      lines.push(`- \`${task.id}\` **${result.name}** \`${markdownText(result.argv.join(' '), 200).replaceAll('`', "'")}\` → ${result.status}${result.exitCode === null ? '' : ` (exit ${result.exitCode})`}, ${(result.durationMs / 1000).toFixed(1)} s`);
    }
  }
  lines.push('', '</details>', '', `<details><summary>Files touched (${files.length})</summary>`, '', ...files.map((file) => `- \`${file.replaceAll('`', "'")}\``), '', '</details>', '');
  lines.push(
    '**Verify the journal** (every model call, tool call, policy decision and validator run of this stage):',
    '',
    '```sh',
    `gh run download ${facts.runId} --name ${facts.journalArtifact} --dir drydock-journal`,
    'npx drydock journal verify drydock-journal/journal.jsonl',
    '```',
  );
  return lines.join('\n');
}

function validatorSummary(results: readonly ValidatorResult[]): string {
  if (results.length === 0) return '—';
  const passed = results.filter((result) => result.status === 'passed').length;
  return `${passed}/${results.length} passed`;
}
