import type { Goal } from '../run-state.js';

/** Longest slug put in a branch name. */
const MAX_SLUG_LENGTH = 40;

/**
 * A branch name slug: lower-case ASCII letters and digits joined by single hyphens, at most 40
 * characters, cut at a word boundary where one is near. Anything else in the text (including
 * characters git refuses in ref names) is dropped, so the result is always a valid ref component.
 */
export function branchSlug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) {
      if (slug === '') slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug === '' ? 'change' : slug;
}

/** What the branch name is made of. */
export interface BranchNameParts {
  /** The configured prefix, such as `drydock/` (already validated as a ref prefix). */
  prefix: string;
  /** The run's goal: an issue gives `issue-<N>`, a goal text the run id. */
  goal: Goal;
  /** The workflow run id, used when there is no issue. */
  runId: string;
  /** Text the slug is made from (the plan's first task title, the issue title, the goal text). */
  title: string;
}

/** `drydock/issue-12-fix-the-parser` or `drydock/run-987-fix-the-parser`. */
export function implementBranchName(parts: BranchNameParts): string {
  const subject = parts.goal.issue !== undefined ? `issue-${parts.goal.issue.number}` : `run-${branchSlug(parts.runId)}`;
  return `${parts.prefix}${subject}-${branchSlug(parts.title)}`;
}
