/**
 * The GitHub writes an identity can be granted, each with a maximum count per stage. Reads of
 * GitHub are not listed: they go through the forge with the workflow token and change nothing.
 */
export const GITHUB_OPERATIONS = {
  'issue-comment': 'create or update one comment on an issue or pull request',
  'issue-create': 'open one issue (for example a flaky-test issue)',
  label: 'add one label to an issue or pull request (count one per label)',
  'pull-request': 'open or update one pull request (never merge)',
  push: 'push commits to one branch, once',
  'deployment-status': 'create one deployment status',
  'check-run': 'create or update one check run',
} as const;

/** A GitHub operation name, such as `issue-comment`. */
export type GithubOperation = keyof typeof GITHUB_OPERATIONS;

/** The operation names, in a stable order. */
export const GITHUB_OPERATION_NAMES = Object.keys(GITHUB_OPERATIONS) as GithubOperation[];

/** Whether a string names a known operation (own keys only: `toString` is not an operation). */
export function isGithubOperation(name: unknown): name is GithubOperation {
  return typeof name === 'string' && Object.hasOwn(GITHUB_OPERATIONS, name);
}
