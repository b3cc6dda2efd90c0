import type { ModelMessage } from '../ports/model-client.js';
import type { PlanIssue } from './plan-validation.js';

/** Most issues listed in one repair turn; the rest are counted, and the next check finds them again. */
const MAX_ISSUES_SHOWN = 25;
/** Longest issue message shown, so one huge quoted value cannot crowd out the others. */
const MAX_MESSAGE_CHARACTERS = 600;

function shorten(text: string): string {
  return text.length > MAX_MESSAGE_CHARACTERS ? `${text.slice(0, MAX_MESSAGE_CHARACTERS)}…` : text;
}

/**
 * The user message of a repair turn: the plan's issues, numbered, each with where it is in the
 * answer, then what to send back. The answer must still follow the plan schema, so the stage can
 * ask again with `completeStructured` (or the agent loop) and validate the result once more.
 */
export function planRepairPrompt(issues: readonly PlanIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((issue, index) => {
    const where = issue.path === undefined ? '' : ` (at ${issue.path})`;
    return `${index + 1}. [${issue.code}]${where} ${shorten(issue.message)}`;
  });
  if (issues.length > MAX_ISSUES_SHOWN) shown.push(`… and ${issues.length - MAX_ISSUES_SHOWN} more problems of the same kinds.`);
  return [
    `Your plan cannot be used yet: it has ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}.`,
    '',
    ...shown,
    '',
    'Answer again with the whole corrected plan as JSON following the same schema. Fix these problems and keep the rest of the plan as it was.',
  ].join('\n');
}

/**
 * The two messages that continue a conversation with a repair turn: the model's previous answer,
 * as it gave it, and the repair prompt. Append them to the messages of the request that produced
 * the answer.
 */
export function planRepairMessages(previousAnswer: string | null, issues: readonly PlanIssue[]): ModelMessage[] {
  return [
    { role: 'assistant', content: previousAnswer ?? '' },
    { role: 'user', content: planRepairPrompt(issues) },
  ];
}

/** Repair turns the plan stage gives a plan that fails validation before it gives up. */
export const PLAN_REPAIR_TURNS = 1;

/**
 * The reason a plan is rejected after its repair turns, for the stage's error and summary: every
 * issue on its own line (the model's values stay quoted).
 */
export function planRejectionMessage(issues: readonly PlanIssue[], repairTurns: number): string {
  const after = repairTurns === 0 ? '' : ` after ${repairTurns} repair ${repairTurns === 1 ? 'turn' : 'turns'}`;
  const lines = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `- ${shorten(issue.message)}`);
  if (issues.length > MAX_ISSUES_SHOWN) lines.push(`- … and ${issues.length - MAX_ISSUES_SHOWN} more`);
  return [`The plan is still invalid${after}:`, ...lines].join('\n');
}
