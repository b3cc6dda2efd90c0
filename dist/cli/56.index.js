export const id = 56;
export const ids = [56];
export const modules = {

/***/ 77056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   adoptionCommand: () => (/* binding */ adoptionCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/**
 * `workflow lint`, `init` and `run`: the commands that put Drydock into a repository. Each parses
 * its own options; the logic lives in its own file, loaded on demand.
 */
async function adoptionCommand(argv, usageError) {
    const [command, ...rest] = argv;
    if (command === 'workflow') {
        const [subcommand, ...args] = rest;
        if (subcommand !== 'lint')
            return usageError(subcommand === undefined ? 'workflow needs a subcommand: lint' : `unknown workflow subcommand '${subcommand}'`);
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } });
        }
        catch (error) {
            return usageError((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        }
        if (parsed.positionals.length === 0)
            return usageError('workflow lint needs at least one FILE');
        const { workflowLintCommand } = await __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 74772));
        return workflowLintCommand(parsed.positionals, { json: parsed.values.json === true });
    }
    if (command === 'init') {
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: rest, allowPositionals: false, strict: true, options: { repo: { type: 'string' }, force: { type: 'boolean' } } });
        }
        catch (error) {
            return usageError((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        }
        if (parsed.values.repo === '')
            return usageError('--repo needs a directory');
        const { initCommand } = await __webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 24612));
        return initCommand({ repo: parsed.values.repo ?? '.', force: parsed.values.force === true });
    }
    if (command === 'run') {
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
                args: rest,
                allowPositionals: false,
                strict: true,
                options: {
                    repo: { type: 'string' },
                    goal: { type: 'string' },
                    'issue-file': { type: 'string' },
                    approve: { type: 'boolean' },
                    'base-url': { type: 'string' },
                    replay: { type: 'string' },
                    script: { type: 'string' },
                    artifacts: { type: 'string' },
                    'test-command': { type: 'string' },
                    'deploy-version': { type: 'string' },
                    'until-weight': { type: 'string' },
                },
            });
        }
        catch (error) {
            return usageError((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        }
        const values = parsed.values;
        if (values.repo === undefined || values.repo === '')
            return usageError('run needs --repo DIR');
        const goal = values.goal?.trim();
        if ((goal === undefined || goal === '') === (values['issue-file'] === undefined))
            return usageError('run needs exactly one of --goal TEXT (not empty) and --issue-file FILE');
        if (values['base-url'] !== undefined && !/^https?:\/\/\S+$/.test(values['base-url']))
            return usageError(`--base-url must be an http(s) URL, got '${values['base-url']}'`);
        let untilWeight;
        if (values['until-weight'] !== undefined) {
            untilWeight = Number(values['until-weight']);
            if (!Number.isInteger(untilWeight) || untilWeight < 1 || untilWeight > 99)
                return usageError(`--until-weight must be a whole percentage from 1 to 99, got '${values['until-weight']}'`);
            if (values['deploy-version'] === undefined)
                return usageError('--until-weight applies with --deploy-version only');
        }
        const { runCommand } = await Promise.all(/* import() */[__webpack_require__.e(359), __webpack_require__.e(392), __webpack_require__.e(756), __webpack_require__.e(695), __webpack_require__.e(364), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 78481));
        return runCommand({
            repo: values.repo,
            ...(goal === undefined || goal === '' ? {} : { goal }),
            ...(values['issue-file'] === undefined ? {} : { issueFile: values['issue-file'] }),
            approve: values.approve === true,
            ...(values['base-url'] === undefined ? {} : { baseUrl: values['base-url'] }),
            ...(values.replay === undefined ? {} : { replay: values.replay }),
            ...(values.script === undefined ? {} : { script: values.script }),
            ...(values.artifacts === undefined ? {} : { artifacts: values.artifacts }),
            ...(values['test-command'] === undefined ? {} : { testCommand: values['test-command'] }),
            ...(values['deploy-version'] === undefined ? {} : { deployVersion: values['deploy-version'] }),
            ...(untilWeight === undefined ? {} : { untilWeight }),
        });
    }
    return usageError(`unknown command '${command ?? ''}'`);
}


/***/ })

};
