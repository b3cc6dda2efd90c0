import { markdownText } from '../../core/markdown-text.js';
import type { BudgetUsage } from '../../core/budget/index.js';
import type { JournalHead } from '../../core/journal/event.js';
import type { RunState, StageName } from '../../core/run-state.js';

/** What the common part of a step summary shows. */
export interface StageSummaryInput {
  stage: StageName;
  identity: string;
  outcome: string;
  state: RunState;
  digest: string;
  artifactName: string;
  journalHead: JournalHead;
  usage: BudgetUsage;
  /** Stage-specific Markdown. */
  body: string | undefined;
  /** Failure message, already redacted. */
  failure: string | undefined;
}

const OUTCOME_ICONS: Record<string, string> = { succeeded: '✅', failed: '❌', stopped: '⏸️' };

/** The step summary: outcome, identity, digests, usage, then the stage's own part. */
export function renderStageSummary(input: StageSummaryInput): string {
  const goal = input.state.goal.issue !== undefined ? `issue #${input.state.goal.issue.number}` : (input.state.goal.text ?? '—');
  const cost = input.usage.unpricedModels.length > 0 ? `≥ $${input.usage.costUsd.toFixed(4)} (unpriced: ${input.usage.unpricedModels.join(', ')})` : `$${input.usage.costUsd.toFixed(4)}`;
  const lines = [
    `## ${OUTCOME_ICONS[input.outcome] ?? ''} Drydock ${input.stage}: ${input.outcome}`,
    '',
    '| | |',
    '|---|---|',
    `| Goal | ${markdownText(goal, 200)} |`,
    `| Identity | \`${input.identity}\` |`,
    `| Run state | \`${input.digest}\` |`,
    `| Artifact | \`${input.artifactName}\` |`,
    `| Journal | ${input.journalHead.seq} events, head \`${input.journalHead.hash}\` |`,
    `| Tokens | ${input.usage.tokens.toLocaleString('en-US')} (${input.usage.turns} turns) |`,
    `| Cost | ${cost} |`,
    '',
  ];
  if (input.failure !== undefined) {
    lines.push('**Why it ended:**', '', '```text', input.failure.replace(/```/g, "'''"), '```', '');
  }
  if (input.body !== undefined && input.body !== '') lines.push(input.body, '');
  lines.push(
    `<sub>Verify: \`drydock journal verify journal.jsonl\` in artifact \`${input.artifactName}\` should end at \`${input.journalHead.hash.slice(0, 19)}…\`.</sub>`,
    '',
  );
  return lines.join('\n');
}
