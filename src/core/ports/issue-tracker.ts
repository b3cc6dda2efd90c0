import type { UpsertResult } from './forge.js';

/** An issue as the tracker returns it. */
export interface TrackedIssue {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
}

/** An issue to open, or to update when one already holds the marker. */
export interface IssueIntent {
  /** Hidden marker (an HTML comment) that identifies the issue across runs; `body` must start with it. */
  marker: string;
  title: string;
  body: string;
  /** Labels to set on a new issue; the search for an existing one looks among issues with the first. */
  labels: readonly string[];
}

/**
 * Issues the scheduled triage keeps, one per flaky test, found again by their marker so a run
 * never opens a second one. Inside Actions this is GitHub's REST API; outside, records in a
 * directory beside the artifacts.
 */
export interface IssueTracker {
  /** Opens the issue, or updates the title and body of the one (open or closed) holding the marker. */
  upsertIssue(intent: IssueIntent): Promise<UpsertResult<TrackedIssue>>;
}
