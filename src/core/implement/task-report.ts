import type { ValidatorResult } from '../validators/validator-result.js';

/** How a task ended in this run. */
export type TaskStatus = 'done' | 'resumed' | 'failed' | 'blocked';

/** What the pull request, the escalation comment and the run state say about one task. */
export interface TaskReport {
  /** Task id. */
  id: string;
  /** Its title from the plan. */
  title: string;
  /** `done` (committed now), `resumed` (committed by an earlier attempt of this run), `failed`, `blocked` (a dependency failed). */
  status: TaskStatus;
  /** Attempts made in this run (0 for resumed and blocked tasks). */
  attempts: number;
  /** Whether the planner rewrote its description after the attempts ran out. */
  refined: boolean;
  /** The task's commit, when it has one. */
  commit?: string;
  /** Files the commit changed. */
  files: string[];
  /** The validators of its last attempt. */
  validators: ValidatorResult[];
  /** Why it failed or was blocked. */
  reason?: string;
  /** What the agent tried, in its own (untrusted) words: finish summaries of the attempts. */
  tried: string[];
}

/** Whether a task counts as done. */
export function isDone(report: Pick<TaskReport, 'status'>): boolean {
  return report.status === 'done' || report.status === 'resumed';
}

/** `complete` when every task is done, `failed` when none is, `partial` between. */
export function runStatus(reports: readonly TaskReport[]): 'complete' | 'partial' | 'failed' {
  const done = reports.filter(isDone).length;
  if (reports.length > 0 && done === reports.length) return 'complete';
  return done === 0 ? 'failed' : 'partial';
}
