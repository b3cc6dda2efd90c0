export const id = 80;
export const ids = [80];
export const modules = {

/***/ 88080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubForge: () => (/* binding */ createGitHubForge)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/forge-branch-name.ts
var forge_branch_name = __webpack_require__(57602);
// EXTERNAL MODULE: ./src/adapters/forge-github-client.ts
var forge_github_client = __webpack_require__(79167);
;// CONCATENATED MODULE: ./src/adapters/forge-github-errors.ts

/** Octokit's RequestError, recognised by shape so a second bundled copy of the class still counts. */
function isRequestError(error) {
    return (error instanceof Error &&
        typeof error.status === 'number' &&
        ('request' in error || error.name === 'AbortError'));
}
/** The HTTP status of an Octokit error, when it carries one. */
function statusOf(error) {
    return isRequestError(error) && error.response !== undefined ? error.status : undefined;
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
/** Whether an Octokit error is GitHub's primary or secondary rate limit (403 or 429 with its signs). */
function isRateLimit(error) {
    if (!isRequestError(error) || error.response === undefined)
        return false;
    if (error.status !== 403 && error.status !== 429)
        return false;
    return error.status === 429 || header(error, 'x-ratelimit-remaining') === '0' || /\bsecondary rate\b/i.test(error.message);
}
function rateLimitDetail(error) {
    const reset = Number(header(error, 'x-ratelimit-reset'));
    if (header(error, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
        return `the API rate limit is exhausted until ${new Date(reset * 1000).toISOString()}`;
    }
    const retryAfter = header(error, 'retry-after');
    return retryAfter === undefined ? 'GitHub is rate limiting these requests' : `GitHub asks to wait ${retryAfter}s (secondary rate limit)`;
}
/** GitHub's own message, without the documentation link Octokit appends. */
function githubMessage(error) {
    return error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim();
}
function scrub(text, secrets) {
    return secrets.reduce((result, secret) => (secret.length > 0 ? result.split(secret).join('***') : result), text);
}
/**
 * Turns whatever Octokit threw into an ExternalServiceError for service `github`: retryable for
 * rate limits, 5xx and network failures; 401/403 name the permission that is probably missing.
 * Errors that are not HTTP failures (bugs, Drydock errors) pass through unchanged.
 */
function toGitHubError(error, operation, secrets) {
    if (errors/* DrydockError */.Td.isInstance(error) || !isRequestError(error))
        return error;
    const failed = `GitHub failed while ${operation.description}`;
    const build = (message, retryable, status) => new errors/* ExternalServiceError */.HD(scrub(message, secrets), { service: 'github', retryable, status, cause: error });
    if (error.response === undefined) {
        return build(`${failed}: the request did not complete (${githubMessage(error)}). Network failures are retryable.`, true);
    }
    const { status } = error;
    const detail = githubMessage(error);
    if (isRateLimit(error)) {
        return build(`${failed}: ${rateLimitDetail(error)} (${status} ${detail}).`, true, status);
    }
    if (status === 401) {
        return build(`${failed}: 401 ${detail}. The token is missing, expired or revoked.`, false, status);
    }
    if (status === 403) {
        return build(`${failed}: 403 ${detail}. The token probably lacks the '${operation.permission}' permission (workflow 'permissions:' or the app's installation).`, false, status);
    }
    if (status === 404) {
        return build(`${failed}: 404 ${detail}. It does not exist, or the token cannot see it (needs '${operation.permission}').`, false, status);
    }
    const retryable = status >= 500 || status === 408;
    return build(`${failed}: ${status} ${detail}${retryable ? ' (retryable)' : ''}.`, retryable, status);
}

// EXTERNAL MODULE: ./src/core/ports/forge.ts
var forge = __webpack_require__(57243);
;// CONCATENATED MODULE: ./src/adapters/forge-github-mapping.ts

/** Deleted accounts show as `ghost` on GitHub, so they do here too. */
function loginOf(account) {
    return account?.login ?? 'ghost';
}
function asPermissionLevel(value) {
    const legacy = { push: 'write', pull: 'read' };
    const normalised = value === undefined ? undefined : (legacy[value] ?? value);
    return forge/* PERMISSION_LEVELS */.e.includes(normalised ?? '') ? normalised : undefined;
}
/**
 * `role_name` is the only field that says `maintain` or `triage` (`permission` folds them into
 * `write` and `read`). A custom role has its own name; its base role shows in the user's
 * permission flags, and the legacy `permission` is the last resort.
 */
function toPermissionLevel(data) {
    const fromRole = asPermissionLevel(data.role_name);
    if (fromRole !== undefined)
        return fromRole;
    const flags = data.user?.permissions;
    if (flags !== undefined) {
        if (flags.admin === true)
            return 'admin';
        if (flags.maintain === true)
            return 'maintain';
        if (flags.push === true)
            return 'write';
        if (flags.triage === true)
            return 'triage';
        if (flags.pull === true)
            return 'read';
    }
    return asPermissionLevel(data.permission) ?? 'none';
}
function toIssue(data) {
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
function toComment(data) {
    return { id: data.id, author: loginOf(data.user), body: data.body ?? '', createdAt: data.created_at, url: data.html_url };
}
function toPullRequest(data) {
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
function headIsIn(data, fullName) {
    return data.head.repo !== null && data.head.repo.full_name.toLowerCase() === fullName.toLowerCase();
}

// EXTERNAL MODULE: ./src/adapters/forge-idempotency.ts
var forge_idempotency = __webpack_require__(89475);
;// CONCATENATED MODULE: ./src/adapters/forge-github.ts






/** The account `GITHUB_TOKEN` writes as. */
const ACTIONS_BOT = 'github-actions[bot]';
const PAGE_SIZE = 100;
/** A login: up to 39 letters, digits and hyphens (older accounts may have odd hyphens), or an app's `<slug>[bot]`. */
const GITHUB_LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
function assertIssueNumber(number) {
    if (!Number.isSafeInteger(number) || number <= 0) {
        throw new errors/* InputError */.dz(`Invalid issue or pull request number ${number}: expected a positive integer.`);
    }
}
function assertNonEmpty(value, name) {
    if (value.trim().length === 0)
        throw new errors/* InputError */.dz(`The GitHub forge needs a non-empty '${name}'.`, { where: name });
}
/** A Forge over the GitHub REST API. Writes are idempotent by marker; it never merges. */
function createGitHubForge(options) {
    assertNonEmpty(options.token, 'token');
    assertNonEmpty(options.owner, 'owner');
    assertNonEmpty(options.repo, 'repo');
    const { owner, repo, token } = options;
    const fullName = `${owner}/${repo}`;
    const client = (0,forge_github_client/* createGitHubClient */.L)({
        token,
        baseUrl: options.baseUrl,
        userAgent: options.userAgent ?? 'drydock',
        log: options.log ?? forge_github_client/* silentForgeLog */.l,
        rateLimitRetries: options.rateLimitRetries ?? 2,
        maximumRateLimitWaitSeconds: options.maximumRateLimitWaitSeconds ?? 120,
        serverErrorRetries: options.serverErrorRetries ?? 2,
    });
    async function call(operation, action) {
        try {
            return await action();
        }
        catch (error) {
            throw toGitHubError(error, operation, [token]);
        }
    }
    let repository;
    let identity;
    function getRepository() {
        repository ??= call({ description: `reading repository ${fullName}`, permission: 'metadata: read' }, async () => {
            const { data } = await client.rest.repos.get({ owner, repo });
            return { owner: data.owner.login, name: data.name, defaultBranch: data.default_branch };
        });
        repository.catch(() => (repository = undefined));
        return repository.then((value) => ({ ...value }));
    }
    function resolveIdentity() {
        if (options.identity !== undefined)
            return Promise.resolve(options.identity);
        identity ??= call({ description: 'reading the token identity', permission: 'read:user' }, async () => {
            try {
                return (await client.rest.users.getAuthenticated()).data.login;
            }
            catch (error) {
                // Installation tokens (GITHUB_TOKEN included) may not read /user: GitHub answers 403.
                if (statusOf(error) === 403 && !isRateLimit(error))
                    return ACTIONS_BOT;
                throw error;
            }
        });
        identity.catch(() => (identity = undefined));
        return identity;
    }
    async function listIssueComments(number) {
        assertIssueNumber(number);
        return call({ description: `listing comments of #${number}`, permission: 'issues: read' }, async () => {
            const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: number, per_page: PAGE_SIZE });
            return comments.map(toComment);
        });
    }
    async function listOpenPullRequests(head) {
        return call({ description: 'listing open pull requests', permission: 'pull-requests: read' }, () => client.paginate(client.rest.pulls.list, {
            owner,
            repo,
            state: 'open',
            per_page: PAGE_SIZE,
            ...(head === undefined ? {} : { head: `${owner}:${head}` }),
        }));
    }
    async function updatePullRequest(existing, intent, body) {
        const current = toPullRequest(existing);
        if (current.title === intent.title && current.body === body && current.base === intent.base) {
            return { value: current, created: false };
        }
        const permission = 'pull-requests: write';
        return call({ description: `updating pull request #${existing.number}`, permission }, async () => {
            const { data } = await client.rest.pulls.update({
                owner,
                repo,
                pull_number: existing.number,
                title: intent.title,
                body,
                ...(current.base === intent.base ? {} : { base: intent.base }),
            });
            return { value: toPullRequest(data), created: false };
        });
    }
    return {
        kind: 'github',
        getRepository,
        async getPermission(user) {
            // Not a possible login (it could also bend the request path, e.g. '..'): nobody to grant anything to.
            if (!GITHUB_LOGIN.test(user))
                return 'none';
            return call({ description: `reading the permission of '${user}'`, permission: 'metadata: read' }, async () => {
                try {
                    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
                    return toPermissionLevel(data);
                }
                catch (error) {
                    // 404: no such user, or not a collaborator of a private repository.
                    if (statusOf(error) === 404)
                        return 'none';
                    throw error;
                }
            });
        },
        async getIssue(number) {
            assertIssueNumber(number);
            return call({ description: `reading issue #${number}`, permission: 'issues: read' }, async () => toIssue((await client.rest.issues.get({ owner, repo, issue_number: number })).data));
        },
        listIssueComments,
        async upsertIssueComment(number, marker, body) {
            assertIssueNumber(number);
            (0,forge_idempotency/* assertMarker */.b$)(marker);
            const text = (0,forge_idempotency/* bodyWithMarker */.r)(body, marker);
            const [comments, author] = await Promise.all([listIssueComments(number), resolveIdentity()]);
            const existing = (0,forge_idempotency/* findStickyComment */.oC)(comments, marker, author);
            if (existing !== undefined && existing.body === text)
                return { value: existing, created: false };
            const permission = 'issues: write (pull-requests: write on a pull request)';
            if (existing !== undefined) {
                return call({ description: `updating comment ${existing.id} on #${number}`, permission }, async () => {
                    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text });
                    return { value: toComment(data), created: false };
                });
            }
            return call({ description: `commenting on #${number}`, permission }, async () => {
                const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: number, body: text });
                return { value: toComment(data), created: true };
            });
        },
        async addLabels(number, labels) {
            assertIssueNumber(number);
            const names = [...new Set(labels.map((label) => label.trim()))];
            if (names.some((name) => name.length === 0))
                throw new errors/* InputError */.dz('Refusing to add an empty label name.');
            if (names.length === 0)
                return;
            const permission = 'issues: write (pull-requests: write on a pull request)';
            await call({ description: `labelling #${number}`, permission }, () => client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: names }));
        },
        async getBranchSha(branch) {
            (0,forge_branch_name/* assertBranchName */.a)(branch);
            return call({ description: `reading branch '${branch}'`, permission: 'contents: read' }, async () => {
                try {
                    // git/ref matches exactly; the branches endpoint would follow a renamed branch to another one.
                    const { data } = await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
                    return data.object.sha;
                }
                catch (error) {
                    // 409: the repository is empty, so no branch exists yet.
                    const status = statusOf(error);
                    if (status === 404 || status === 409)
                        return undefined;
                    throw error;
                }
            });
        },
        async upsertPullRequest(intent) {
            (0,forge_idempotency/* assertPullRequestIntent */.pp)(intent);
            (0,forge_idempotency/* assertHeadIsNotDefaultBranch */.Tc)(intent.head, (await getRepository()).defaultBranch);
            const body = (0,forge_idempotency/* bodyWithMarker */.r)(intent.body, intent.marker);
            const find = async (head) => (0,forge_idempotency/* findPullRequestToUpdate */.iH)((await listOpenPullRequests(head))
                .filter((pullRequest) => headIsIn(pullRequest, fullName))
                .map((data) => ({ data, ...toPullRequest(data) })), intent)?.data;
            const existing = await find();
            if (existing !== undefined)
                return updatePullRequest(existing, intent, body);
            try {
                const { data } = await client.rest.pulls.create({
                    owner,
                    repo,
                    head: intent.head,
                    base: intent.base,
                    title: intent.title,
                    body,
                    draft: intent.draft,
                });
                return { value: toPullRequest(data), created: true };
            }
            catch (error) {
                // Another run opened it between our look and our create: update that one instead.
                const raced = statusOf(error) === 422 && /already exists/i.test(String(error.message)) ? await find(intent.head) : undefined;
                if (raced !== undefined)
                    return updatePullRequest(raced, intent, body);
                throw toGitHubError(error, {
                    description: `opening a pull request from '${intent.head}' into '${intent.base}'`,
                    permission: "pull-requests: write (for GITHUB_TOKEN also the setting 'Allow GitHub Actions to create and approve pull requests')",
                }, [token]);
            }
        },
    };
}


/***/ })

};
