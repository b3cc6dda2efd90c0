import { markdownText } from '../markdown-text.js';
import type { TaskReport } from './task-report.js';

/** The hidden marker of the escalation comment of a run, so a re-run edits it instead of adding one. */
export function escalationMarker(runId: string): string {
  return `<!-- drydock:implement-escalation:run-${runId.replace(/[^A-Za-z0-9_.-]/g, '')} -->`;
}

/**
 * The comment that hands failed tasks to a human: for each, what was tried (the agent's own
 * summaries, escaped), what failed, and the last validator output (in a fenced block, capped).
 */
export function escalationComment(tasks: readonly TaskReport[], options: { branch: string; pullRequestUrl?: string; label: string }): string {
  const lines = [
    `Drydock could not finish ${tasks.length === 1 ? 'a task' : `${tasks.length} tasks`} of the approved plan and needs a human (label \`${options.label}\`).`,
    '',
    `Branch: \`${options.branch}\`${options.pullRequestUrl === undefined ? '' : ` · Draft pull request: ${options.pullRequestUrl}`}`,
  ];
  for (const task of tasks) {
    lines.push('', `### \`${task.id}\` ${markdownText(task.title, 120)} — ${task.status}`, '', `**What failed:** ${markdownText(task.reason ?? 'unknown', 600)}`);
    if (task.tried.length > 0) {
      lines.push('', `**What was tried** (${task.attempts} attempt${task.attempts === 1 ? '' : 's'}${task.refined ? ', after one refinement by the planner' : ''}):`);
      task.tried.forEach((summary, index) => lines.push(`${index + 1}. ${markdownText(summary, 300)}`));
    }
    const last = task.validators.find((result) => result.status !== 'passed' && result.status !== 'skipped');
    if (last !== undefined) {
      const excerpt = last.excerpt.slice(-1500).replaceAll('```', "'''");
      lines.push('', `**Last validator output** — \`${markdownText(last.argv.join(' '), 200).replaceAll('`', "'")}\` ${last.status}${last.exitCode === null ? '' : ` (exit ${last.exitCode})`}:`, '', '```text', excerpt, '```');
    }
  }
  return lines.join('\n');
}
