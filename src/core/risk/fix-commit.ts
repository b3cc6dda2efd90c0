/**
 * `Revert "…"` as `git revert` writes it, a conventional-commit `revert:` or `revert(scope):`, or
 * the words fix, hotfix, bugfix, bug with their plurals and past tense.
 */
const FIX_OR_REVERT_SUBJECT = /^Revert "|^revert(?:\([^)]*\))?!?:|\b(?:fix(?:es|ed)?|hotfix(?:es)?|bugfix(?:es)?|bugs?)\b/iu;

/**
 * Whether a commit subject reads like a fix or a revert: `Revert "Add cache"`, `revert: add cache`,
 * `fix(api): …`, `Hotfix for login`, `Fixes #12`, `bug in parser`. Whole words only, so `prefix`,
 * `debug` and `fixture` do not count.
 */
export function isFixOrRevertSubject(subject: string): boolean {
  return FIX_OR_REVERT_SUBJECT.test(subject);
}
