/**
 * Response bodies shaped like the schemas of GitHub's official REST API description
 * (github/rest-api-description, api.github.com 2022-11-28: `simple-user`, `full-repository`,
 * `issue`, `issue-comment`, `pull-request`, `pull-request-simple`, `git-ref`,
 * `repository-collaborator-permission`, `basic-error`, `validation-error`). Written by hand from
 * those schemas, with the fields real responses carry, so the adapter is exercised against what
 * GitHub sends rather than against the handful of fields it happens to read.
 */

export const HTML_ROOT = 'https://github.com';

/** Where links in bodies point: the fake server's own root. */
export interface BodyContext {
  apiRoot: string;
  owner: string;
  repo: string;
  repositoryId: number;
}

export function simpleUser(context: BodyContext, login: string, id: number): Record<string, unknown> {
  const url = `${context.apiRoot}/users/${login}`;
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${HTML_ROOT}/${login.replace('[bot]', '')}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

function repositoryUrl(context: BodyContext): string {
  return `${context.apiRoot}/repos/${context.owner}/${context.repo}`;
}

export function minimalRepository(context: BodyContext, owner: Record<string, unknown>): Record<string, unknown> {
  const url = repositoryUrl(context);
  return {
    id: context.repositoryId,
    node_id: `R_kgDO${context.repositoryId}`,
    name: context.repo,
    full_name: `${context.owner}/${context.repo}`,
    owner,
    private: false,
    html_url: `${HTML_ROOT}/${context.owner}/${context.repo}`,
    description: 'Drydock test repository',
    fork: false,
    url,
    pulls_url: `${url}/pulls{/number}`,
    issues_url: `${url}/issues{/number}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    created_at: '2024-01-02T03:04:05Z',
    updated_at: '2025-06-07T08:09:10Z',
    pushed_at: '2025-06-07T08:09:10Z',
  };
}

export function fullRepository(context: BodyContext, owner: Record<string, unknown>, defaultBranch: string): Record<string, unknown> {
  return {
    ...minimalRepository(context, owner),
    clone_url: `${HTML_ROOT}/${context.owner}/${context.repo}.git`,
    default_branch: defaultBranch,
    visibility: 'public',
    archived: false,
    disabled: false,
    has_issues: true,
    allow_merge_commit: true,
    allow_squash_merge: true,
    open_issues_count: 3,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    network_count: 0,
    subscribers_count: 1,
  };
}

export function label(context: BodyContext, name: string, id: number): Record<string, unknown> {
  return {
    id,
    node_id: `LA_kwDO${id}`,
    url: `${repositoryUrl(context)}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export interface IssueFields {
  number: number;
  title: string;
  body: string | null;
  user: Record<string, unknown>;
  labels: Record<string, unknown>[];
  comments: number;
}

export function issue(context: BodyContext, fields: IssueFields): Record<string, unknown> {
  const url = `${repositoryUrl(context)}/issues/${fields.number}`;
  return {
    id: 2_000_000 + fields.number,
    node_id: `I_kwDO${fields.number}`,
    url,
    repository_url: repositoryUrl(context),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${HTML_ROOT}/${context.owner}/${context.repo}/issues/${fields.number}`,
    number: fields.number,
    state: 'open',
    state_reason: null,
    title: fields.title,
    body: fields.body,
    user: fields.user,
    labels: fields.labels,
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: fields.comments,
    closed_at: null,
    created_at: '2025-06-01T10:00:00Z',
    updated_at: '2025-06-02T10:00:00Z',
    author_association: 'MEMBER',
    reactions: { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
  };
}

export interface CommentFields {
  id: number;
  issueNumber: number;
  body: string;
  user: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export function issueComment(context: BodyContext, fields: CommentFields): Record<string, unknown> {
  const url = `${repositoryUrl(context)}/issues/comments/${fields.id}`;
  return {
    id: fields.id,
    node_id: `IC_kwDO${fields.id}`,
    url,
    html_url: `${HTML_ROOT}/${context.owner}/${context.repo}/issues/${fields.issueNumber}#issuecomment-${fields.id}`,
    body: fields.body,
    user: fields.user,
    created_at: fields.createdAt,
    updated_at: fields.updatedAt,
    issue_url: `${repositoryUrl(context)}/issues/${fields.issueNumber}`,
    author_association: fields.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
    reactions: { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
  };
}

export interface PullRequestFields {
  number: number;
  title: string;
  body: string | null;
  draft: boolean;
  state: 'open' | 'closed';
  merged: boolean;
  user: Record<string, unknown>;
  head: { ref: string; sha: string; repository: Record<string, unknown>; owner: Record<string, unknown> };
  base: { ref: string; sha: string; repository: Record<string, unknown>; owner: Record<string, unknown> };
}

function branchSide(context: BodyContext, side: PullRequestFields['head']): Record<string, unknown> {
  const repository = side.repository as { owner: { login: string } };
  return { label: `${repository.owner.login}:${side.ref}`, ref: side.ref, sha: side.sha, user: side.owner, repo: side.repository };
}

/** `pull-request-simple` (list items); {@link pullRequest} adds the fields of a single pull request. */
export function pullRequestSimple(context: BodyContext, fields: PullRequestFields): Record<string, unknown> {
  const url = `${repositoryUrl(context)}/pulls/${fields.number}`;
  const html = `${HTML_ROOT}/${context.owner}/${context.repo}/pull/${fields.number}`;
  return {
    url,
    id: 3_000_000 + fields.number,
    node_id: `PR_kwDO${fields.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repositoryUrl(context)}/issues/${fields.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    comments_url: `${repositoryUrl(context)}/issues/${fields.number}/comments`,
    statuses_url: `${repositoryUrl(context)}/statuses/${fields.head.sha}`,
    number: fields.number,
    state: fields.state,
    locked: false,
    title: fields.title,
    user: fields.user,
    body: fields.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: '2025-06-03T10:00:00Z',
    updated_at: '2025-06-03T11:00:00Z',
    closed_at: fields.state === 'closed' ? '2025-06-04T10:00:00Z' : null,
    merged_at: fields.merged ? '2025-06-04T10:00:00Z' : null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchSide(context, fields.head),
    base: branchSide(context, fields.base),
    _links: { self: { href: url }, html: { href: html } },
    author_association: 'NONE',
    auto_merge: null,
    draft: fields.draft,
  };
}

export function pullRequest(context: BodyContext, fields: PullRequestFields): Record<string, unknown> {
  return {
    ...pullRequestSimple(context, fields),
    merged: fields.merged,
    mergeable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 10,
    deletions: 2,
    changed_files: 1,
  };
}

export function gitRef(context: BodyContext, branch: string, sha: string): Record<string, unknown> {
  return {
    ref: `refs/heads/${branch}`,
    node_id: `REF_kwDO${sha.slice(0, 8)}`,
    url: `${repositoryUrl(context)}/git/refs/heads/${branch}`,
    object: { type: 'commit', sha, url: `${repositoryUrl(context)}/git/commits/${sha}` },
  };
}

export function basicError(message: string, documentation: string, status: number): Record<string, unknown> {
  return { message, documentation_url: `https://docs.github.com/rest/${documentation}`, status: String(status) };
}
