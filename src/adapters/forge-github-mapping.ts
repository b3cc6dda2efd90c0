import { PERMISSION_LEVELS, type ForgeComment, type ForgeIssue, type ForgePullRequest, type PermissionLevel } from '../core/ports/forge.js';

/**
 * GitHub REST payloads → Forge values. Only the fields read here are declared, so a payload
 * from any API version that still carries them maps the same way.
 */

/** An account as GitHub embeds it (`simple-user`); null for deleted accounts. */
export interface GitHubAccount {
  login: string;
}

/** Deleted accounts show as `ghost` on GitHub, so they do here too. */
function loginOf(account: GitHubAccount | null | undefined): string {
  return account?.login ?? 'ghost';
}

/** `repository-collaborator-permission`. */
export interface GitHubCollaboratorPermission {
  permission: string;
  role_name?: string;
  user?: { permissions?: { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean; pull?: boolean } } | null;
}

function asPermissionLevel(value: string | undefined): PermissionLevel | undefined {
  const legacy: Record<string, PermissionLevel> = { push: 'write', pull: 'read' };
  const normalised = value === undefined ? undefined : (legacy[value] ?? value);
  return (PERMISSION_LEVELS as readonly string[]).includes(normalised ?? '') ? (normalised as PermissionLevel) : undefined;
}

/**
 * `role_name` is the only field that says `maintain` or `triage` (`permission` folds them into
 * `write` and `read`). A custom role has its own name; its base role shows in the user's
 * permission flags, and the legacy `permission` is the last resort.
 */
export function toPermissionLevel(data: GitHubCollaboratorPermission): PermissionLevel {
  const fromRole = asPermissionLevel(data.role_name);
  if (fromRole !== undefined) return fromRole;
  const flags = data.user?.permissions;
  if (flags !== undefined) {
    if (flags.admin === true) return 'admin';
    if (flags.maintain === true) return 'maintain';
    if (flags.push === true) return 'write';
    if (flags.triage === true) return 'triage';
    if (flags.pull === true) return 'read';
  }
  return asPermissionLevel(data.permission) ?? 'none';
}

/** `issue`. */
export interface GitHubIssue {
  number: number;
  title: string;
  body?: string | null;
  user: GitHubAccount | null;
  labels: ReadonlyArray<string | { name?: string }>;
  html_url: string;
}

export function toIssue(data: GitHubIssue): ForgeIssue {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    author: loginOf(data.user),
    labels: data.labels
      .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
      .filter((name) => name.length > 0),
    url: data.html_url,
  };
}

/** `issue-comment`. */
export interface GitHubIssueComment {
  id: number;
  body?: string;
  user: GitHubAccount | null;
  created_at: string;
  html_url: string;
}

export function toComment(data: GitHubIssueComment): ForgeComment {
  return { id: data.id, author: loginOf(data.user), body: data.body ?? '', createdAt: data.created_at, url: data.html_url };
}

/** `pull-request-simple` and `pull-request` share these fields. */
export interface GitHubPullRequest {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body: string | null;
  draft?: boolean;
  merged_at: string | null;
  head: { ref: string; repo: { full_name: string } | null };
  base: { ref: string };
}

export function toPullRequest(data: GitHubPullRequest): ForgePullRequest {
  return {
    number: data.number,
    url: data.html_url,
    head: data.head.ref,
    base: data.base.ref,
    title: data.title,
    body: data.body ?? '',
    draft: data.draft ?? false,
    state: data.merged_at !== null ? 'merged' : data.state === 'open' ? 'open' : 'closed',
  };
}

/** Whether the pull request's head branch lives in `fullName` (not in a fork, whose owner we do not control). */
export function headIsIn(data: GitHubPullRequest, fullName: string): boolean {
  return data.head.repo !== null && data.head.repo.full_name.toLowerCase() === fullName.toLowerCase();
}
