import type { BudgetLimits } from '../core/budget/budget-types.js';
import type { StageSection } from '../core/run-state.js';

function amount(used: number, limit: number | undefined, format: (value: number) => string): string {
  return limit === undefined ? format(used) : `${format(used)}/${format(limit)}`;
}

const whole = (value: number) => Math.round(value).toLocaleString('en-US');
const dollars = (value: number) => `$${value.toFixed(2)}`;
const seconds = (value: number) => `${value.toFixed(1)}s`;

/** One line: what a stage used against its budget (`tokens 1,200/500,000 · cost $0.01 · …`). */
export function usageLine(section: StageSection | undefined, limits: BudgetLimits | undefined): string {
  if (section === undefined) return 'no usage recorded';
  const usage = section.usage;
  return [
    `tokens ${amount(usage.tokens, limits?.tokens, whole)}`,
    `cost ${amount(usage.costUsd, limits?.costUsd, dollars)}${usage.unpricedModels.length > 0 ? ` (+ unpriced ${usage.unpricedModels.join(', ')})` : ''}`,
    `turns ${amount(usage.turns, limits?.turns, whole)}`,
    `time ${amount(usage.wallTimeSeconds, limits?.wallTimeSeconds, seconds)}`,
  ].join(' · ');
}

/** Task ids and count from a stage's result (`plan.tasks`, or `tasks` of the implement result). */
export function taskLine(section: StageSection | undefined): string | undefined {
  const result = section?.result;
  if (result === undefined) return undefined;
  const plan = result.plan as { tasks?: unknown } | undefined;
  const tasks = Array.isArray(plan?.tasks) ? plan.tasks : Array.isArray(result.tasks) ? result.tasks : undefined;
  if (tasks === undefined) return undefined;
  const ids = tasks.map((task) => (typeof task === 'object' && task !== null && 'id' in task ? String((task as { id: unknown }).id) : String(task)));
  return `tasks: ${ids.length}${ids.length === 0 ? '' : ` (${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''})`}`;
}
