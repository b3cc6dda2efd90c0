export const id = 750;
export const ids = [750];
export const modules = {

/***/ 6750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  canaryCommand: () => (/* binding */ canaryCommand)
});

// UNUSED EXPORTS: CANARY_EXIT_CODES, MAX_CANARY_FILE_BYTES, canaryJudgeCommand, canaryJudgeJson, canaryJudgeTable

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/config/config-issues.ts
var config_issues = __webpack_require__(58219);
// EXTERNAL MODULE: ./src/core/config/schema-messages.ts
var schema_messages = __webpack_require__(54504);
// EXTERNAL MODULE: ./src/core/config/yaml-locator.ts
var yaml_locator = __webpack_require__(36704);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/canary/judge-config.ts
var judge_config = __webpack_require__(70862);
;// CONCATENATED MODULE: ./src/core/canary/judge-config-file.ts






/** Most problems listed in one error; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 20;
/** Aliases a document may expand: plenty for a config, far too few for a "billion laughs". */
const MAX_ALIAS_COUNT = 100;
function failWith(fileName, problems) {
    const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => (0,config_issues/* formatProblem */.Vw)(fileName, problem));
    if (problems.length > MAX_PROBLEMS_SHOWN)
        lines.push(`${fileName}: … and ${problems.length - MAX_PROBLEMS_SHOWN} more problems`);
    const first = problems[0];
    throw new errors/* InputError */.dz(lines.join('\n'), { where: first?.line === undefined ? fileName : `${fileName}:${first.line}` });
}
/**
 * Parses a judge config file (YAML, or JSON, which is YAML too) and fills the defaults. An empty file
 * means the defaults. Every problem becomes one line of the thrown `InputError`:
 * `file: key.path: what was expected, got what (line N)`.
 */
function parseJudgeConfig(text, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const syntaxProblems = [...document.errors, ...document.warnings].map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return { keyPath: '', line: position.line, column: position.col, message: `YAML syntax error: ${error.message}` };
    });
    if (syntaxProblems.length > 0)
        failWith(fileName, syntaxProblems);
    let data;
    try {
        data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${fileName}: cannot read the YAML: ${(0,errors/* errorMessage */.gJ)(error)}`, { where: fileName, cause: error });
    }
    if (data === null || data === undefined)
        return (0,judge_config/* resolveJudgeConfig */.AH)();
    const parsed = judge_config/* judgeConfigSchema */.H5.safeParse(data, { reportInput: true, error: schema_messages/* genericIssueMessage */.WW });
    if (!parsed.success)
        failWith(fileName, (0,config_issues/* problemsFromIssues */.ZO)(parsed.error.issues, judge_config/* judgeConfigSchema */.H5, new yaml_locator/* YamlLocator */.K(document, lineCounter)));
    return (0,judge_config/* resolveJudgeConfig */.AH)(parsed.data);
}

;// CONCATENATED MODULE: ./src/core/canary/judge-input.ts




/** Most metrics one input file may hold. */
const MAX_INPUT_METRICS = 1000;
/** Most samples one metric may hold. */
const MAX_SAMPLES_PER_METRIC = 1_000_000;
/** Most samples over all metrics of one file. */
const MAX_SAMPLES_PER_FILE = 5_000_000;
/** Strings a metrics source may use for a value it could not compute; they make the metric `nodata`. */
const NOT_A_NUMBER_STRINGS = new Set(['nan', 'inf', '+inf', '-inf', 'infinity', '+infinity', '-infinity']);
function fail(fileName, path, message) {
    const where = path.length === 0 ? '' : `${(0,config_issues/* formatKeyPath */.K7)(path)}: `;
    throw new errors/* InputError */.dz(`${fileName}: ${where}${message}`, { where: fileName });
}
/** A sample: a number, or a marker of a value that was not measured (null, "NaN", "+Inf") as NaN. */
function sample(value, fileName, path) {
    if (typeof value === 'number')
        return value;
    if (value === null)
        return Number.NaN;
    if (typeof value === 'string' && NOT_A_NUMBER_STRINGS.has(value.trim().toLowerCase()))
        return Number.NaN;
    return fail(fileName, path, `expected a number (or null / "NaN" for a missing value), got ${(0,schema_messages/* describeValue */.bp)(value)}`);
}
function count(value, fileName, path) {
    const number = sample(value, fileName, path);
    if (Number.isNaN(number))
        return number;
    if (!Number.isFinite(number) || !Number.isInteger(number) || number < 0 || number > Number.MAX_SAFE_INTEGER) {
        return fail(fileName, path, `expected a whole number of at least 0, got ${(0,schema_messages/* describeValue */.bp)(value)}`);
    }
    return number;
}
function observation(value, fileName, name) {
    if (Array.isArray(value)) {
        if (value.length > MAX_SAMPLES_PER_METRIC)
            fail(fileName, [name], `too many samples: ${value.length}, at most ${MAX_SAMPLES_PER_METRIC}`);
        return value.map((item, index) => sample(item, fileName, [name, index]));
    }
    if (typeof value === 'object' && value !== null) {
        const keys = Object.keys(value);
        const unknown = keys.filter((key) => key !== 'events' && key !== 'trials');
        if (unknown.length > 0)
            fail(fileName, [name, unknown[0]], 'unknown key; expected events and trials');
        const record = value;
        if (!Object.hasOwn(record, 'events'))
            fail(fileName, [name, 'events'], 'missing; counts need events and trials');
        if (!Object.hasOwn(record, 'trials'))
            fail(fileName, [name, 'trials'], 'missing; counts need events and trials');
        const events = count(record.events, fileName, [name, 'events']);
        const trials = count(record.trials, fileName, [name, 'trials']);
        if (events > trials)
            fail(fileName, [name, 'events'], `events (${events}) must not exceed trials (${trials})`);
        return { events, trials };
    }
    return fail(fileName, [name], `expected a list of samples or {"events": n, "trials": m}, got ${(0,schema_messages/* describeValue */.bp)(value)}`);
}
/**
 * Reads one arm's input file: a JSON object mapping metric names to a list of samples or to
 * `{"events": n, "trials": m}`. Anything else is an `InputError` naming the file and the key. Values
 * that were not measured (null, "NaN", "Inf") are kept as NaN so the judge calls the metric `nodata`.
 */
function parseArmObservations(text, fileName) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${fileName}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { where: fileName, cause: error });
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        fail(fileName, [], `expected a JSON object mapping metric names to samples or counts, got ${(0,schema_messages/* describeValue */.bp)(data)}`);
    }
    const entries = Object.entries(data);
    if (entries.length > MAX_INPUT_METRICS)
        fail(fileName, [], `too many metrics: ${entries.length}, at most ${MAX_INPUT_METRICS}`);
    const result = {};
    let samples = 0;
    for (const [name, value] of entries) {
        const problem = (0,judge_config/* metricNameProblem */.bV)(name);
        if (problem !== undefined)
            fail(fileName, [name], problem);
        const parsed = observation(value, fileName, name);
        if (Array.isArray(parsed)) {
            samples += parsed.length;
            if (samples > MAX_SAMPLES_PER_FILE)
                fail(fileName, [name], `too many samples in the file: more than ${MAX_SAMPLES_PER_FILE}`);
        }
        Object.defineProperty(result, name, { value: parsed, enumerable: true, writable: false, configurable: false });
    }
    return result;
}

// EXTERNAL MODULE: ./src/core/canary/judge.ts + 14 modules
var judge = __webpack_require__(68364);
;// CONCATENATED MODULE: ./src/cli/canary-command.ts






/** Exit codes of `drydock canary judge`: 0 pass; 1 marginal, fail or inconclusive; 2 unusable input; 64 usage. */
const CANARY_EXIT_CODES = { pass: 0, notPass: 1, unusable: 2, usage: 64 };
/** Largest input or config file read (64 MiB): far above real metric exports, far below a memory problem. */
const MAX_CANARY_FILE_BYTES = 64 * 1024 * 1024;
async function readLimited(path, what) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${path}: cannot open the ${what} file: ${(0,errors/* errorMessage */.gJ)(error)}`, { where: path, cause: error });
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw new errors/* InputError */.dz(`${path}: the ${what} file is not a regular file`, { where: path });
        if (stats.size > MAX_CANARY_FILE_BYTES)
            throw new errors/* InputError */.dz(`${path}: the ${what} file is ${stats.size} bytes, larger than the ${MAX_CANARY_FILE_BYTES} allowed`, { where: path });
        // Read at most one byte past the limit, in case the file grows while it is read.
        const buffer = Buffer.alloc(Math.min(MAX_CANARY_FILE_BYTES + 1, Math.max(1, stats.size + 1)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > MAX_CANARY_FILE_BYTES)
            throw new errors/* InputError */.dz(`${path}: the ${what} file is larger than the ${MAX_CANARY_FILE_BYTES} bytes allowed`, { where: path });
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead));
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${path}: the ${what} file is not UTF-8 text`, { where: path, cause: error });
        }
    }
    finally {
        await handle.close();
    }
}
/** The result as the documented JSON shape. */
function canaryJudgeJson(result) {
    return {
        verdict: result.verdict,
        score: result.score,
        metrics: result.metrics.map((metric) => ({ name: metric.name, classification: metric.classification, effect: metric.effect, ci: metric.ci, detail: metric.detail })),
        reason: result.reason,
    };
}
function formatNumber(value) {
    return value === null ? '-' : String(Number(value.toPrecision(4)));
}
/** The result as a readable table. */
function canaryJudgeTable(result) {
    const lines = [`Verdict: ${result.verdict} (score ${result.score})`, result.reason, '', `${'classification'.padEnd(14)}  ${'effect'.padStart(10)}  ${'ci'.padEnd(24)}  metric`];
    for (const metric of result.metrics) {
        const ci = metric.ci === null ? '-' : `[${formatNumber(metric.ci[0])}, ${formatNumber(metric.ci[1])}]`;
        lines.push(`${metric.classification.padEnd(14)}  ${formatNumber(metric.effect).padStart(10)}  ${ci.padEnd(24)}  ${metric.name}${metric.critical === true ? ' (critical)' : ''}`);
        lines.push(`    ${metric.detail}`);
    }
    return `${lines.join('\n')}\n`;
}
/** Runs `drydock canary judge`: reads both files (and the config), judges them in one look, prints the result. */
async function canaryJudgeCommand(options) {
    let baseline;
    let canary;
    let config;
    try {
        config = options.config === undefined ? (0,judge_config/* resolveJudgeConfig */.AH)() : parseJudgeConfig(await readLimited(options.config, 'config'), options.config);
        baseline = parseArmObservations(await readLimited(options.baseline, 'baseline'), options.baseline);
        canary = parseArmObservations(await readLimited(options.canary, 'canary'), options.canary);
    }
    catch (error) {
        if (!errors/* InputError */.dz.isInstance(error))
            throw error;
        return { exitCode: CANARY_EXIT_CODES.unusable, stdout: '', stderr: `drydock canary judge: ${(0,errors/* errorMessage */.gJ)(error)}\n` };
    }
    const result = (0,judge/* judge */.S4)(baseline, canary, config);
    const stdout = options.json ? `${JSON.stringify(canaryJudgeJson(result), null, 2)}\n` : canaryJudgeTable(result);
    return { exitCode: result.verdict === 'pass' ? CANARY_EXIT_CODES.pass : CANARY_EXIT_CODES.notPass, stdout, stderr: '' };
}
/** Checks the arguments of `drydock canary …` and runs it; `usageError` builds the exit-64 answer. */
async function canaryCommand(positionals, flags, usageError) {
    const [subcommand, ...rest] = positionals;
    if (subcommand !== 'judge')
        return usageError(subcommand === undefined ? 'canary needs a subcommand: judge' : `unknown canary subcommand '${subcommand}'`);
    if (rest.length > 0)
        return usageError(`unexpected arguments: ${rest.join(' ')}`);
    if (flags.foreign.length > 0)
        return usageError(`canary judge takes --baseline, --canary, --config and --json only, not ${flags.foreign.map((name) => `--${name}`).join(', ')}`);
    if (flags.baseline === undefined || flags.baseline === '')
        return usageError('canary judge needs --baseline FILE');
    if (flags.canary === undefined || flags.canary === '')
        return usageError('canary judge needs --canary FILE');
    if (flags.config === '')
        return usageError('--config needs a file');
    return canaryJudgeCommand({ baseline: flags.baseline, canary: flags.canary, ...(flags.config === undefined ? {} : { config: flags.config }), json: flags.json === true });
}


/***/ })

};
