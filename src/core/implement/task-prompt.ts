import { UNTRUSTED_CONTENT_NOTICE, wrapUntrusted } from '../agent/untrusted.js';
import type { Plan } from '../plan/plan.js';
import type { PlanTask } from '../plan/plan-schema.js';

/** The implementer's instructions: the same for every task, so prompts are comparable across runs. */
export const IMPLEMENTER_SYSTEM_PROMPT = [
  'You are the implementer of an approved plan. You change the repository with the tools you have so that one task is done.',
  'You may write only the task\'s target files; every other write is refused. Commands are limited to the repository\'s allowlist.',
  'After you call finish, the repository\'s validators (build, lint, tests and the task\'s acceptance checks) run; only they decide whether the task is done.',
  'If they fail you get their findings in the next attempt. Keep changes small and focused on the task.',
  UNTRUSTED_CONTENT_NOTICE,
].join('\n');

/** The planner's instructions when a task failed every attempt. */
export const REFINER_SYSTEM_PROMPT = [
  'You are the planner. A task of your approved plan failed every implementation attempt.',
  'Read what was tried and what the validators said, look at the code with your reading tools, and rewrite the task description so an implementer can succeed.',
  'You may change only the description: the title, target files and acceptance checks stay as approved.',
  'Finish with result {"description": "<the new description>"}.',
  UNTRUSTED_CONTENT_NOTICE,
].join('\n');

/** The first message of one attempt. */
export function implementTaskPrompt(plan: Plan, task: PlanTask, attempt: number, signals: string | undefined, description = task.description): string {
  const checks = task.acceptanceChecks.map((check) => (check.kind === 'command' ? `- run ${JSON.stringify(check.argv)}` : `- ${check.description}`));
  // The plan was written by a model from an issue: reviewers approved it, but its text is still data.
  const lines = [
    `Task ${task.id} (attempt ${attempt}): ${task.title}`,
    '',
    'The plan\'s approach:',
    wrapUntrusted(plan.summary, { source: 'approved plan summary' }),
    '',
    'What to do:',
    wrapUntrusted(description, { source: `approved plan, task ${task.id}` }),
    '',
    `Target files (the only files you may write): ${task.targetFiles.map((file) => `${file.path} (${file.change})`).join(', ')}`,
    'Acceptance checks:',
    ...checks,
  ];
  if (signals !== undefined) lines.push('', 'Your previous attempt did not pass. Your changes are still in the work tree.', signals);
  return lines.join('\n');
}

/** The refinement request: the task and the evidence of its failed attempts. */
export function refineTaskPrompt(task: PlanTask, evidence: string): string {
  return [
    `Task ${task.id}: ${task.title}`,
    'Current description:',
    wrapUntrusted(task.description, { source: `approved plan, task ${task.id}` }),
    `Target files: ${task.targetFiles.map((file) => file.path).join(', ')}`,
    '',
    'What the last attempt produced:',
    evidence,
  ].join('\n');
}
