export const id = 8;
export const ids = [8];
export const modules = {

/***/ 95008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   triageCommand: () => (/* binding */ triageCommand)
/* harmony export */ });
/* unused harmony exports TRIAGE_EXIT_CODES, triageJson, triageText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_reports_read_reports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21756);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** Exit codes of `drydock triage`: 0 every report read, 2 a report unreadable, malformed or missing, 64 usage. */
const TRIAGE_EXIT_CODES = { ok: 0, unreadable: 2, usage: 64 };
function failureStatus(outcome) {
    if (outcome.flaky)
        return 'flaky';
    return outcome.status === 'errored' ? 'errored' : 'failed';
}
/** The result in the documented JSON shape. */
function triageJson(result) {
    const { tests, passed, failed, errored, skipped, flaky } = result.totals;
    return {
        totals: { tests, passed, failed, errored, skipped, flaky },
        failures: result.failures.map((outcome) => ({
            id: outcome.id,
            suite: outcome.suite,
            name: outcome.name,
            file: outcome.file ?? null,
            line: outcome.line ?? null,
            status: failureStatus(outcome),
            message: outcome.message ?? null,
            signature: outcome.signature ?? '',
        })),
        files: result.files.map((file) => ({ path: file.path, format: file.format, tests: file.tests, error: file.error ?? null })),
    };
}
function firstLine(text) {
    const line = (text ?? '').split('\n').find((candidate) => candidate.trim() !== '') ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line.trim();
}
/** A readable summary: totals, each failure with its place and first message line, each file. */
function triageText(result) {
    const { tests, passed, failed, errored, skipped, flaky } = result.totals;
    const lines = [`Tests: ${tests} (${passed} passed, ${failed} failed, ${errored} errored, ${skipped} skipped, ${flaky} flaky) from ${result.files.length} report file(s)`];
    if (result.failures.length > 0)
        lines.push('', 'Failures:');
    for (const outcome of result.failures) {
        const place = outcome.file === undefined ? '' : `  (${outcome.file}${outcome.line === undefined ? '' : `:${outcome.line}`})`;
        const title = outcome.suite === '' ? outcome.name : `${outcome.suite} › ${outcome.name}`;
        lines.push(`  ${failureStatus(outcome).toUpperCase().padEnd(7)} ${title}${place}`);
        const message = firstLine(outcome.message);
        if (message !== '')
            lines.push(`          ${message}`);
    }
    if (result.failuresOmitted > 0)
        lines.push(`  … and ${result.failuresOmitted} more failing test(s) counted but not listed`);
    lines.push('', 'Files:');
    for (const file of result.files) {
        lines.push(`  ${file.path}  ${file.format}  ${file.tests} test case(s)${file.error === undefined ? '' : `  ERROR: ${file.error}`}`);
    }
    if (result.files.length === 0)
        lines.push('  (no report file matched)');
    return `${lines.join('\n')}\n`;
}
/** A `--report` value as a glob relative to the root; an absolute one must lie inside the root. */
function relativePattern(pattern, root) {
    if (!node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(pattern))
        return pattern;
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, pattern);
    if (relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--report '${pattern}' is outside the root '${root}'; pass --root or a relative pattern`, { where: pattern });
    }
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/** Runs `drydock triage`: reads the reports and prints the normalized result, without any model. */
async function triageCommand(options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.root ?? '.');
    let patterns;
    try {
        patterns = options.reports.map((pattern) => relativePattern(pattern, root));
    }
    catch (error) {
        return { exitCode: TRIAGE_EXIT_CODES.usage, stdout: '', stderr: `drydock triage: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}\n` };
    }
    let result;
    try {
        result = await (0,_adapters_reports_read_reports_js__WEBPACK_IMPORTED_MODULE_1__/* .readReports */ .o)({ root, patterns });
    }
    catch (error) {
        if (!_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.isInstance(error))
            throw error;
        const code = /invalid pattern/.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)) ? TRIAGE_EXIT_CODES.usage : TRIAGE_EXIT_CODES.unreadable;
        return { exitCode: code, stdout: '', stderr: `drydock triage: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}\n` };
    }
    const notes = [
        ...result.unmatchedPatterns.map((pattern) => `drydock triage: no report file matches '${pattern}' under ${root}\n`),
        ...result.files.filter((file) => file.error !== undefined).map((file) => `drydock triage: ${file.path}: ${file.error}\n`),
    ];
    const stdout = options.json ? `${JSON.stringify(triageJson(result))}\n` : triageText(result);
    const unreadable = result.files.length === 0 || result.unmatchedPatterns.length > 0 || result.files.some((file) => file.error !== undefined);
    return { exitCode: unreadable ? TRIAGE_EXIT_CODES.unreadable : TRIAGE_EXIT_CODES.ok, stdout, stderr: notes.join('') };
}


/***/ })

};
