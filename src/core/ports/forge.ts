/** Repository permission levels, highest first. */
export const PERMISSION_LEVELS = ['admin', 'maintain', 'write', 'triage', 'read', 'none'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/** Whether a level may push (and so may instruct an agent). */
export function canWrite(level: PermissionLevel): boolean {
  return level === 'admin' || level === 'maintain' || level === 'write';
}

export interface ForgeRepository {
  owner: string;
  name: string;
  defaultBranch: string;
}

export interface ForgeIssue {
  number: number;
  title: string;
  body: string;
  author: string;
  labels: string[];
  url: string;
}

export interface ForgeComment {
  id: number;
  author: string;
  body: string;
  createdAt: string;
  url: string;
}

export interface ForgePullRequest {
  number: number;
  url: string;
  head: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
  state: 'open' | 'closed' | 'merged';
}

/** A pull request to open or update; `marker` is the hidden idempotency marker found in the body. */
export interface PullRequestIntent {
  head: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
  marker: string;
}

/** Result of an idempotent write: whether it created something or updated what was there. */
export interface UpsertResult<T> {
  value: T;
  created: boolean;
}

/**
 * The code host. Inside Actions, GitHub through Octokit; outside, a local git repository with
 * pull requests and comments kept as records beside it. Writes are idempotent by marker.
 */
export interface Forge {
  /** `github` or `local`. */
  readonly kind: string;
  getRepository(): Promise<ForgeRepository>;
  /** A user's permission on the repository; `none` for strangers. */
  getPermission(user: string): Promise<PermissionLevel>;
  getIssue(number: number): Promise<ForgeIssue>;
  listIssueComments(number: number): Promise<ForgeComment[]>;
  /** Creates the comment holding `marker`, or edits the one that already does (a sticky comment). */
  upsertIssueComment(number: number, marker: string, body: string): Promise<UpsertResult<ForgeComment>>;
  addLabels(number: number, labels: readonly string[]): Promise<void>;
  /** Head commit of a branch, or undefined when there is no such branch. */
  getBranchSha(branch: string): Promise<string | undefined>;
  /** Opens a pull request, or updates the one whose body holds the marker. Never merges. */
  upsertPullRequest(intent: PullRequestIntent): Promise<UpsertResult<ForgePullRequest>>;
}
