export const id = 350;
export const ids = [350];
export const modules = {

/***/ 60350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubDeployments: () => (/* binding */ createGitHubDeployments)
/* harmony export */ });
/* unused harmony export MAX_STATUS_DESCRIPTION */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _forge_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73740);


/** GitHub keeps at most 140 characters of a status description. */
const MAX_STATUS_DESCRIPTION = 140;
function shorten(text) {
    return text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}
/**
 * The GitHub Deployments API: `POST /repos/{owner}/{repo}/deployments` (no auto-merge, no required
 * contexts: the canary deploys the commit it was given) and `POST …/deployments/{id}/statuses`
 * with `environment_url` and `log_url`. A 202 answer (a merge GitHub would have to make) is an error.
 */
function createGitHubDeployments(options) {
    const client = (0,_forge_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .L)({
        token: options.token,
        ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
        userAgent: 'drydock',
        log: options.log ?? _forge_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .silentForgeLog */ .l,
        rateLimitRetries: 2,
        maximumRateLimitWaitSeconds: 120,
        serverErrorRetries: 2,
    });
    const repository = { owner: options.owner, repo: options.repo };
    return {
        kind: 'github',
        async createDeployment(request) {
            try {
                const response = await client.rest.repos.createDeployment({
                    ...repository,
                    ref: request.ref,
                    environment: request.environment,
                    description: shorten(request.description),
                    payload: request.payload,
                    auto_merge: false,
                    required_contexts: [],
                    transient_environment: false,
                });
                const data = response.data;
                if (response.status !== 201 || data.id === undefined) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DrydockError */ .Td(`GitHub did not create the deployment: ${data.message ?? `HTTP ${response.status}`}`);
                }
                return { id: data.id, url: data.url ?? '' };
            }
            catch (error) {
                if (_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DrydockError */ .Td.isInstance(error))
                    throw error;
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DrydockError */ .Td(`Could not create a deployment of ${request.ref} to ${request.environment}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`, { cause: error });
            }
        },
        async createStatus(request) {
            try {
                const response = await client.rest.repos.createDeploymentStatus({
                    ...repository,
                    deployment_id: request.deploymentId,
                    state: request.state,
                    description: shorten(request.description),
                    ...(request.environmentUrl === undefined ? {} : { environment_url: request.environmentUrl }),
                    ...(request.logUrl === undefined ? {} : { log_url: request.logUrl }),
                    // A promoted canary replaces earlier deployments of the environment.
                    auto_inactive: request.state === 'success',
                });
                return { id: response.data.id };
            }
            catch (error) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DrydockError */ .Td(`Could not set deployment ${request.deploymentId} to ${request.state}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`, { cause: error });
            }
        },
    };
}


/***/ }),

/***/ 73740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ createGitHubClient),
  l: () => (/* binding */ silentForgeLog)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./src/adapters/forge-github-client.ts



/** A logger that drops everything, for callers that pass none. */
const silentForgeLog = { debug() { }, info() { } };
function describe(request) {
    return `${request.method ?? 'request'} ${request.url ?? ''}`.trim();
}
/**
 * Builds Octokit with the retry and throttling plugins. Rate limits belong to the throttling
 * plugin (it knows the reset time); server errors and network failures to the retry plugin.
 */
function createGitHubClient(options) {
    const { log } = options;
    const retryOptions = {
        retries: options.serverErrorRetries,
        // 429 is left to the throttling plugin, which waits for the reset instead of guessing.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    };
    const throttleOptions = {
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount >= options.rateLimitRetries || retryAfter > options.maximumRateLimitWaitSeconds) {
                log.info(`GitHub rate limit exhausted for ${describe(request)}; it resets in ${retryAfter}s. Giving up after ${retryCount} retries.`);
                return false;
            }
            log.info(`GitHub rate limit exhausted for ${describe(request)}; retrying in ${retryAfter}s (retry ${retryCount + 1}).`);
            return true;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
            // GitHub asks clients to slow down here; hammering on would extend the block, so retry once.
            if (retryCount >= 1 || retryAfter > options.maximumRateLimitWaitSeconds) {
                log.info(`GitHub secondary rate limit hit again for ${describe(request)}; giving up.`);
                return false;
            }
            log.info(`GitHub secondary rate limit hit for ${describe(request)}; retrying once in ${retryAfter}s.`);
            return true;
        },
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
        userAgent: options.userAgent,
        log: {
            debug: (message) => log.debug(message),
            info: (message) => log.debug(message),
            warn: (message) => log.info(message),
            error: (message) => log.info(message),
        },
        retry: retryOptions,
        throttle: throttleOptions,
    }, dist_bundle/* retry */.L, throttling);
}


/***/ })

};
