/** Trailer keys Drydock writes; only its own deterministic code ever writes them. */
export const TRAILER_KEYS = { run: 'Drydock-Run', task: 'Drydock-Task', journal: 'Drydock-Journal', plan: 'Drydock-Plan' } as const;

/** What a task commit records about itself. */
export interface TaskCommitFacts {
  /** The workflow run id. */
  runId: string;
  /** The task id. */
  taskId: string;
  /** The task's title, from the approved plan. */
  title: string;
  /** Digest of the approved plan. */
  planDigest: string;
  /** Hash of the journal's last event when the task passed its validators. */
  journalHead: string;
  /** The agent's own account of the change: untrusted, quoted in the body, never in the trailers. */
  summary?: string;
}

const MAX_SUMMARY_CHARACTERS = 2000;
const MAX_SUBJECT_CHARACTERS = 72;

/**
 * The commit message of a task: a subject from the plan, the agent's summary as a quoted body, and
 * the Drydock trailers as the last paragraph. git reads trailers only from the last paragraph, and
 * every line of the model's text is quoted with `> ` (and `Drydock-` keys are defused besides), so
 * no summary can add or change a trailer.
 */
export function taskCommitMessage(facts: TaskCommitFacts): string {
  const subject = oneLine(`drydock(${facts.taskId}): ${facts.title}`, MAX_SUBJECT_CHARACTERS);
  const parts = [subject];
  const summary = (facts.summary ?? '').trim();
  if (summary !== '') {
    const cut = summary.length > MAX_SUMMARY_CHARACTERS ? `${summary.slice(0, MAX_SUMMARY_CHARACTERS - 1)}…` : summary;
    const quoted = cut
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => `> ${line.replace(/drydock-/gi, 'drydock\u2011')}`.trimEnd())
      .join('\n');
    parts.push(`Agent summary (unverified):\n${quoted}`);
  }
  parts.push(
    [
      `${TRAILER_KEYS.run}: ${oneLine(facts.runId, 100)}`,
      `${TRAILER_KEYS.task}: ${oneLine(facts.taskId, 100)}`,
      `${TRAILER_KEYS.plan}: ${oneLine(facts.planDigest, 100)}`,
      `${TRAILER_KEYS.journal}: ${oneLine(facts.journalHead, 100)}`,
    ].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}

/** One commit on the branch, with the trailers git parsed from its last paragraph. */
export interface BranchCommit {
  /** Commit hash. */
  sha: string;
  /** Trailers as git parsed them (`key: value` lines of the last paragraph), in order. */
  trailers: ReadonlyArray<{ key: string; value: string }>;
}

/** A task a commit of this run and plan says is done. */
export interface CommittedTask {
  /** Task id. */
  taskId: string;
  /** The commit. */
  sha: string;
  /** The journal head its trailer names. */
  journalHead: string;
}

/**
 * The tasks already committed on the branch by this run for this plan, oldest first: a re-run
 * resumes after them. A commit counts only when its trailers name this run and this plan; a
 * commit without them (someone else's push) is left alone and ends the chain, since work after it
 * was not made by this run.
 */
export function committedTasks(commits: readonly BranchCommit[], runId: string, planDigest: string): CommittedTask[] {
  const done: CommittedTask[] = [];
  for (const commit of commits) {
    const value = (key: string) => commit.trailers.filter((trailer) => trailer.key.toLowerCase() === key.toLowerCase()).map((trailer) => trailer.value);
    const [run] = value(TRAILER_KEYS.run);
    const [plan] = value(TRAILER_KEYS.plan);
    const tasks = value(TRAILER_KEYS.task);
    const [journalHead] = value(TRAILER_KEYS.journal);
    if (run !== runId || plan !== planDigest || tasks.length !== 1 || journalHead === undefined) break;
    done.push({ taskId: tasks[0] as string, sha: commit.sha, journalHead });
  }
  return done;
}

function oneLine(text: string, maximum: number): string {
  const flat = text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > maximum ? `${flat.slice(0, maximum - 1)}…` : flat;
}
