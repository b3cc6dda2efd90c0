import type { PermissionLevel } from '../ports/forge.js';

/**
 * What the planner is asked to do, gathered from the trigger: the goal text or the issue, sorted
 * by who wrote each piece. See `gather-intent.ts` for the rules and what they do not promise.
 */

/** How comments by users without write access are treated. */
export const UNTRUSTED_COMMENT_MODES = ['context', 'omit'] as const;

/** `context`: shown to the model as untrusted context; `omit`: left out entirely. */
export type UntrustedCommentMode = (typeof UNTRUSTED_COMMENT_MODES)[number];

/** What started the run, as far as deciding who may start a plan goes. */
export interface IntentTrigger {
  /** Login of the user or app that triggered the run (`GITHUB_ACTOR`). */
  actor: string;
  /** The GitHub event name (`issues`, `issue_comment`, `workflow_dispatch`, `schedule`, …) or `local`. */
  eventName: string;
}

/** Why the trigger was allowed to start a plan. */
export interface TriggerAuthorization {
  /** Login of the triggering user or app. */
  actor: string;
  /** The event that started the run. */
  eventName: string;
  /**
   * `collaborator`: the actor has write access. `repository`: an app account started a
   * `workflow_dispatch` or `schedule` run, which only the repository itself can do (see `trigger-rule.ts`).
   */
  acceptedAs: 'collaborator' | 'repository';
  /** The actor's permission; absent when it was not looked up (`repository`). */
  permission?: PermissionLevel;
}

/** What a piece of text is. */
export type IntentTextKind = 'goal' | 'issue-title' | 'issue-body' | 'comment';

/** One piece of text with where it came from. */
export interface IntentText {
  /** What it is. */
  kind: IntentTextKind;
  /** Provenance for the model and the journal, such as `issue #12 body by @alice (write)`. */
  source: string;
  /** Login of whoever wrote it (the triggering actor for goal text). */
  author: string;
  /** The author's permission on the repository when it was gathered; absent when not looked up. */
  permission?: PermissionLevel;
  /** Link to it on the forge, when it has one. */
  url?: string;
  /** The text as written. */
  text: string;
}

/** The issue the intent comes from. */
export interface IntentIssue {
  /** Issue number. */
  number: number;
  /** Title as written by its author (untrusted when the author cannot write). */
  title: string;
  /** Link to the issue. */
  url: string;
  /** Login of the issue's author. */
  author: string;
  /** The author's permission, which decides whether title and body are instructions. */
  authorPermission: PermissionLevel;
}

/** A repository file named in the goal or issue, read through the workspace. */
export interface LinkedFile {
  /** Path relative to the repository root, as checked out. */
  path: string;
  /** Its text, cut to the byte cap when `truncated`. */
  text: string;
  /** Whether `text` is only the start of the file. */
  truncated: boolean;
  /** Size of the whole file in bytes. */
  bytes: number;
  /** Provenance of the text that named it. */
  linkedFrom: string;
}

/** A path named in the goal or issue that was not read, and why. */
export interface SkippedFile {
  /** The path as normalized (relative to the repository root). */
  path: string;
  /** `protected`: a protected path or refused by the read policy; `unreadable`: binary, a directory, too large; `cap`: over the count or byte cap. */
  reason: 'protected' | 'unreadable' | 'cap';
  /** The explanation, for humans and the model. */
  detail: string;
  /** Provenance of the text that named it. */
  linkedFrom: string;
}

/** Counts of comments that are not in the intent. */
export interface CommentsLeftOut {
  /** Comments by users without write access, left out because the mode is `omit`. */
  untrusted: number;
  /** Comments over the `maxComments` cap (the oldest go first; instructions are kept before context). */
  overCap: number;
}

/** The gathered intent. Failures, including a refused trigger, are thrown, never returned. */
export interface Intent {
  /** Whether the work comes from goal text or an issue. */
  source: 'goal' | 'issue';
  /** Who started the run and why that was allowed. */
  trigger: TriggerAuthorization;
  /** The issue, when `source` is `issue`. */
  issue?: IntentIssue;
  /** Text by users with write access: what to do. Still text, never a permission. */
  instructions: IntentText[];
  /** Text by everyone else: information about the problem, never instructions. */
  context: IntentText[];
  /** Repository files named in the text, in the order they were named (instructions first). */
  linkedFiles: LinkedFile[];
  /** Named paths that were not read. */
  skippedFiles: SkippedFile[];
  /** Comments that are not in `instructions` or `context`. */
  commentsLeftOut: CommentsLeftOut;
}
