import { canWrite, type Forge, type ForgeComment, type PermissionLevel } from '../ports/forge.js';
import type { CommentsLeftOut, IntentIssue, IntentText, UntrustedCommentMode } from './intent-types.js';
import type { PermissionLookup } from './permission-cache.js';
import { formatAuthor } from './provenance.js';

/** Options of {@link issueTexts}. */
export interface IssueTextOptions {
  /** Where the issue and its comments are read. */
  forge: Pick<Forge, 'getIssue' | 'listIssueComments'>;
  /** The issue number. */
  number: number;
  /** Cached permission lookups. */
  permissionOf: PermissionLookup;
  /** What to do with comments by users without write access. */
  untrustedComments: UntrustedCommentMode;
  /** Most comments kept. */
  maxComments: number;
}

/** An issue's texts, sorted into instructions and context. */
export interface IssueTexts {
  /** The issue. */
  issue: IntentIssue;
  /** Title, body and comments by users with write access. */
  instructions: IntentText[];
  /** Title, body and comments by everyone else (comments only when the mode is `context`). */
  context: IntentText[];
  /** Comments left out. */
  commentsLeftOut: CommentsLeftOut;
}

interface RatedComment {
  comment: ForgeComment;
  permission: PermissionLevel;
  index: number;
}

/**
 * The newest comments within the cap, instructions first: an outsider who floods the issue with
 * comments must not push a maintainer's instructions out of the window.
 */
function selectComments(rated: readonly RatedComment[], mode: UntrustedCommentMode, maxComments: number): { kept: RatedComment[]; leftOut: CommentsLeftOut } {
  const newestFirst = [...rated].reverse();
  const fromWriters = newestFirst.filter((entry) => canWrite(entry.permission));
  const fromOthers = newestFirst.filter((entry) => !canWrite(entry.permission));
  const candidates = mode === 'omit' ? fromWriters : [...fromWriters, ...fromOthers];
  const kept = candidates.slice(0, maxComments).sort((left, right) => left.index - right.index);
  return {
    kept,
    leftOut: { untrusted: mode === 'omit' ? fromOthers.length : 0, overCap: candidates.length - kept.length },
  };
}

/**
 * Reads an issue and its comments and sorts them by author: the issue author's permission decides
 * for title and body, each commenter's for their comment. A maintainer who labels an outsider's
 * issue decides that it gets planned; the words stay the outsider's, and so stay context.
 */
export async function issueTexts(options: IssueTextOptions): Promise<IssueTexts> {
  const { forge, number, permissionOf } = options;
  const [found, comments] = await Promise.all([forge.getIssue(number), forge.listIssueComments(number)]);
  const authorPermission = await permissionOf(found.author);
  const issue: IntentIssue = { number, title: found.title, url: found.url, author: found.author, authorPermission };
  const instructions: IntentText[] = [];
  const context: IntentText[] = [];
  const byAuthor = formatAuthor(found.author, authorPermission);
  const issueBucket = canWrite(authorPermission) ? instructions : context;
  const issueBase = { author: found.author, permission: authorPermission, url: found.url };
  issueBucket.push({ ...issueBase, kind: 'issue-title', source: `issue #${number} title by ${byAuthor}`, text: found.title });
  if (found.body.trim() !== '') {
    issueBucket.push({ ...issueBase, kind: 'issue-body', source: `issue #${number} body by ${byAuthor}`, text: found.body });
  }

  // One at a time and in order: lookups are cached per login, so this costs one call per person,
  // and a flood of comments does not become a burst of API calls.
  const rated: RatedComment[] = [];
  for (const [index, comment] of comments.entries()) {
    rated.push({ comment, permission: await permissionOf(comment.author), index });
  }
  const { kept, leftOut } = selectComments(rated, options.untrustedComments, options.maxComments);
  for (const { comment, permission } of kept) {
    const text: IntentText = {
      kind: 'comment',
      source: `issue #${number} comment by ${formatAuthor(comment.author, permission)}, ${comment.createdAt}`,
      author: comment.author,
      permission,
      url: comment.url,
      text: comment.body,
    };
    (canWrite(permission) ? instructions : context).push(text);
  }
  return { issue, instructions, context, commentsLeftOut: leftOut };
}
