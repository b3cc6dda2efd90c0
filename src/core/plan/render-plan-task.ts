import { codeSpan, markdownText } from '../markdown-text.js';
import type { AcceptanceCheck, PlanTask } from './plan-schema.js';
import type { PlanFlag } from './plan-validation.js';

/** How much of each task to show; smaller levels keep a long plan within a comment. */
export interface TaskDetail {
  /** Longest description shown, in characters; 0 leaves it out. */
  descriptionCharacters: number;
  /** Most target files listed. */
  files: number;
  /** Most acceptance checks listed. */
  checks: number;
}

const FLAG_LABELS: Record<PlanFlag['code'], string> = {
  'needs-human': '⚠️ **Needs a human**',
  'needs-approval': '✋ **Needs approval**',
};

function checkCells(check: AcceptanceCheck): [string, string] {
  if (check.kind === 'command') return ['command', codeSpan(formatCommand(check.argv), 300, { inTable: true })];
  return ['condition', markdownText(check.description, 300)];
}

/** Arguments joined by spaces, quoted when they hold spaces or quotes, so reviewers see each argument. */
function formatCommand(argv: readonly string[]): string {
  return argv.map((argument) => (/^[\w@%+=:,./-]+$/u.test(argument) ? argument : JSON.stringify(argument))).join(' ');
}

function more(count: number, noun: string): string[] {
  return count > 0 ? [`| _… ${count} more ${noun}_ | |`] : [];
}

/**
 * One task for reviewers: a heading with its number, id and title; its size and dependencies; its
 * description; a table of target files with their change; a table of acceptance checks; then
 * each flag with policy's reason. All model text goes through `markdownText` or `codeSpan`.
 */
export function renderTaskSection(task: PlanTask, position: number, flags: readonly PlanFlag[], detail: TaskDetail): string {
  const facts = [`Size **${markdownText(task.size, 4)}**`];
  const dependencies = [...new Set(task.dependsOn)];
  facts.push(dependencies.length === 0 ? 'no dependencies' : `after ${dependencies.map((id) => codeSpan(id, 60)).join(', ')}`);
  for (const code of new Set(flags.map((flag) => flag.code))) facts.push(FLAG_LABELS[code]);
  const lines = [`##### ${position}. ${codeSpan(task.id, 60)} ${markdownText(task.title, 200)}`, '', facts.join(' · '), ''];
  if (detail.descriptionCharacters > 0) lines.push(`_What:_ ${markdownText(task.description, detail.descriptionCharacters)}`, '');
  lines.push('| Target file | Change |', '|---|---|');
  for (const target of task.targetFiles.slice(0, detail.files)) lines.push(`| ${codeSpan(target.path, 300, { inTable: true })} | ${markdownText(target.change, 10)} |`);
  lines.push(...more(task.targetFiles.length - detail.files, 'files'), '');
  lines.push('| Acceptance check | Kind |', '|---|---|');
  for (const check of task.acceptanceChecks.slice(0, detail.checks)) {
    const [kind, shown] = checkCells(check);
    lines.push(`| ${shown} | ${kind} |`);
  }
  lines.push(...more(task.acceptanceChecks.length - detail.checks, 'checks'), '');
  for (const flag of flags) lines.push(`- ${FLAG_LABELS[flag.code]} (${markdownText(flag.rule, 10)}): ${markdownText(flag.message, 400)}`);
  if (flags.length > 0) lines.push('');
  return lines.join('\n');
}
