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
/* harmony import */ var _forge_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79167);


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


/***/ })

};
