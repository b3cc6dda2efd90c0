export const id = 805;
export const ids = [805];
export const modules = {

/***/ 80805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextCommand: () => (/* binding */ contextCommand)
/* harmony export */ });
/* unused harmony exports CONTEXT_EXIT_CODES, contextJson, contextTable */
/* harmony import */ var _adapters_context_select_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65695);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** Exit codes of `drydock context`: 0 selected, 2 unusable input (no such directory, unreadable), 64 usage. */
const CONTEXT_EXIT_CODES = { ok: 0, unusable: 2, usage: 64 };
function roundScore(score) {
    return Math.round(score * 10_000) / 10_000;
}
/** The selection as the documented JSON shape. */
function contextJson(selection) {
    return {
        files: selection.files.map((file) => ({ path: file.path, score: roundScore(file.score), tokens: file.tokens })),
        tokens: selection.tokens,
        map: { tokens: selection.map.tokens, text: selection.map.text },
        index: {
            source: selection.index.source,
            files: selection.index.files,
            head: selection.index.head ?? null,
            history: selection.index.history,
            cacheFile: selection.index.cacheFile ?? null,
            encoding: selection.encoding,
            budget: selection.budgetTokens,
            notes: selection.notes,
        },
    };
}
/** The selection as a readable table. */
function contextTable(selection, goal) {
    const lines = [
        `Context for ${JSON.stringify(goal)}: ${selection.tokens} of ${selection.budgetTokens} tokens (${selection.encoding}), ${selection.files.length} files and a ${selection.map.tokens}-token map`,
        '',
        `${'score'.padStart(10)}  ${'tokens'.padStart(7)}  path`,
        ...selection.files.map((file) => `${roundScore(file.score).toFixed(4).padStart(10)}  ${String(file.tokens).padStart(7)}  ${file.path}`),
    ];
    if (selection.files.length === 0)
        lines.push('  (no file matched the goal, or none fits in the budget)');
    const index = selection.index;
    const head = index.head === undefined ? 'no commit' : `HEAD ${index.head.slice(0, 12)}`;
    const history = index.history.available ? `${index.history.commits} commits of history` : 'no history';
    lines.push('', `Index: ${index.source === 'cache' ? 'loaded from cache' : 'built'} in ${Math.round(index.durationMs)} ms, ${index.files} files, ${head}, ${history}`);
    if (index.cacheFile !== undefined)
        lines.push(`Cache: ${index.cacheFile}`);
    return `${lines.join('\n')}\n`;
}
/** Runs `drydock context`. */
async function contextCommand(options) {
    let selection;
    try {
        selection = await (0,_adapters_context_select_js__WEBPACK_IMPORTED_MODULE_0__/* .selectContext */ .K)({
            workspaceRoot: options.repo,
            goal: options.goal,
            budgetTokens: options.budgetTokens,
            ...(options.cacheDirectory === undefined ? {} : { cacheDirectory: options.cacheDirectory }),
        });
    }
    catch (error) {
        const known = _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DrydockError */ .Td.isInstance(error) && error.fault === 'input';
        if (!known && !(error instanceof Error && 'code' in error))
            throw error;
        return { exitCode: CONTEXT_EXIT_CODES.unusable, stdout: '', stderr: `drydock context: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}\n` };
    }
    const notes = selection.notes.map((note) => `drydock context: note: ${note}\n`).join('');
    const stdout = options.json ? `${JSON.stringify(contextJson(selection), null, 2)}\n` : contextTable(selection, options.goal);
    return { exitCode: CONTEXT_EXIT_CODES.ok, stdout, stderr: notes };
}


/***/ })

};
