export const id = 756;
export const ids = [756];
export const modules = {

/***/ 21756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ readReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/reports/report-syntax-error.ts

/** A report that is malformed or truncated, with the position where reading stopped. */
class ReportSyntaxError extends errors/* InputError */.dz {
    position;
    constructor(message, position) {
        super(`line ${position.line}, column ${position.column}: ${message}`, { where: `${position.line}:${position.column}` });
        this.position = position;
    }
    static isReportSyntaxError(value) {
        return errors/* InputError */.dz.isInstance(value) && typeof value.position === 'object';
    }
}
/**
 * Counts lines over text that streams past, so a parser can name a position without keeping the
 * text: `advance` is called with each piece of text as it is discarded.
 */
class PositionCounter {
    line = 1;
    column = 1;
    offset = 0;
    advance(text) {
        this.offset += text.length;
        let newline = text.indexOf('\n');
        if (newline === -1) {
            this.column += text.length;
            return;
        }
        let last = newline;
        while (newline !== -1) {
            this.line += 1;
            last = newline;
            newline = text.indexOf('\n', newline + 1);
        }
        this.column = text.length - last;
    }
    /** The position `length` characters into `pending` text that starts at the current position. */
    at(pending, length) {
        const probe = new PositionCounter();
        probe.line = this.line;
        probe.column = this.column;
        probe.offset = this.offset;
        probe.advance(pending.slice(0, Math.max(0, length)));
        return { line: probe.line, column: probe.column, offset: probe.offset };
    }
}

;// CONCATENATED MODULE: ./src/core/reports/line-splitter.ts

/** Longest line handed on whole (1 MiB); the rest of a longer line is dropped and the line flagged. */
const MAX_LINE_LENGTH = 1024 * 1024;
/**
 * Splits streamed text into lines (`\n` or `\r\n`) without holding more than one line, and that
 * at most `maxLineLength` characters.
 */
class LineSplitter {
    onLine;
    maxLineLength;
    partial = '';
    cut = false;
    lineNumber = 0;
    constructor(onLine, maxLineLength = MAX_LINE_LENGTH) {
        this.onLine = onLine;
        this.maxLineLength = maxLineLength;
    }
    /** Number of the last line handed on. */
    get currentLine() {
        return this.lineNumber;
    }
    write(chunk) {
        let start = 0;
        for (;;) {
            const newline = chunk.indexOf('\n', start);
            if (newline === -1)
                break;
            this.append(chunk.slice(start, newline));
            this.flush();
            start = newline + 1;
        }
        if (start < chunk.length)
            this.append(chunk.slice(start));
    }
    end() {
        if (this.partial.length > 0 || this.cut)
            this.flush();
    }
    /** A syntax error at the start of line `lineNumber`. */
    static errorAt(message, lineNumber, column = 1) {
        const position = { line: lineNumber, column, offset: -1 };
        return new ReportSyntaxError(message, position);
    }
    append(text) {
        const room = this.maxLineLength - this.partial.length;
        if (text.length > room) {
            this.partial += text.slice(0, room);
            this.cut = true;
        }
        else {
            this.partial += text;
        }
    }
    flush() {
        this.lineNumber += 1;
        const line = this.partial.endsWith('\r') ? this.partial.slice(0, -1) : this.partial;
        const cut = this.cut;
        this.partial = '';
        this.cut = false;
        this.onLine(line, this.lineNumber, cut);
    }
}

;// CONCATENATED MODULE: ./src/core/reports/failure-signature.ts
/**
 * Failure signatures: the same cause gives the same signature across tests and runs. The message
 * is normalized (numbers, hex, UUIDs, temporary paths, timestamps and quoted values replaced by
 * placeholders) and joined with the top frames of the stack, frames in the project's own code
 * preferred over those in libraries, runners and the language runtime. Line numbers are left out
 * of frames so an edit above the failing line does not make a new signature.
 */
/** How many frames a signature keeps. */
const SIGNATURE_FRAMES = 3;
const MAX_MESSAGE_LENGTH = 300;
const REPLACEMENTS = [
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
    [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<time>'],
    [/\b\d{4}-\d{2}-\d{2}\b/g, '<date>'],
    [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, '<time>'],
    [/(?:\/private)?\/var\/folders\/[^\s'"`)\]]*|\/(?:var\/)?tmp\/[^\s'"`)\]]*|[A-Za-z]:\\(?:[^\s\\]+\\)*?(?:Temp|tmp)\\[^\s'"`)\]]*/g, '<tmp>'],
    [/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, '<ip>'],
    [/\b0x[0-9a-f]+\b/gi, '<hex>'],
    [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, '<hex>'],
    [/"(?:[^"\\\n]|\\.){0,200}"/g, '"<v>"'],
    [/(^|[^\w])'(?:[^'\\\n]|\\.){0,200}'(?!\w)/g, "$1'<v>'"],
    [/`[^`\n]{0,200}`/g, '`<v>`'],
    [/(^|[^\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w])/gi, '$1<n>'],
];
/** The message with run-specific values replaced by placeholders, whitespace collapsed, capped. */
function normalizeFailureMessage(message) {
    let text = message;
    for (const [pattern, replacement] of REPLACEMENTS)
        text = text.replace(pattern, replacement);
    text = text.replace(/\s+/g, ' ').trim();
    return text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH) : text;
}
// Most specific first; each is tried on one line of the trace.
const FRAME_PATTERNS = [
    { pattern: /^\s*at (.+?) in (.+?):line (\d+)\s*$/, function: 1, file: 2, line: 3 }, // .NET
    { pattern: /^\s*at (?:async )?([^\s()]+(?: \[as [^\]]+\])?) \((.+?):(\d+)(?::\d+)?\)\s*$/, function: 1, file: 2, line: 3 }, // JavaScript, named
    { pattern: /^\s*at (?:async )?(?:file:\/\/)?(node:[^\s()]+?|\/.+?|[A-Za-z]:\\.+?|[\w@.-][^\s:()]*):(\d+)(?::\d+)?\s*$/, file: 1, line: 2 }, // JavaScript, anonymous
    { pattern: /^\s*at ([\w$.<>/-]+)\(([^():]+):(\d+)\)/, function: 1, file: 2, line: 3 }, // JVM
    { pattern: /^\s*(?:async )?([^\s()]+) \((?:file:\/\/)?(\/[^()]+|[A-Za-z]:\\[^()]+|node:[^()]+):(\d+):\d+\)\s*$/, function: 1, file: 2, line: 3 }, // JavaScript without "at" (node:test TAP)
    { pattern: /^\s*File "(.+?)", line (\d+)(?:, in (.+))?/, file: 1, line: 2, function: 3 }, // Python traceback
    { pattern: /^\s*(?:# )?([^\s:'"]+\.rb):(\d+)(?::in [`'](?:[\w:#]+[#.])?([^']+)')?/, file: 1, line: 2, function: 3 }, // Ruby
    { pattern: /^\s*(\S+\.dart) (\d+):\d+\s+(.+?)\s*$/, file: 1, line: 2, function: 3 }, // Dart
    { pattern: /^\s*❯ (?:(\S+) )?(\S+?):(\d+):\d+\s*$/, function: 1, file: 2, line: 3 }, // Vitest
    { pattern: /^\s*([^\s:'"]+\.(?:go|py|php|swift|rs|c|cc|cpp|h|m|kt|java|scala|ts|tsx|js|mjs|cjs|cs|dart)):(\d+)(?::\d+)?(?:[:\s]|$)/, file: 1, line: 2 }, // file:line at line start (Go, pytest, PHPUnit, Swift)
];
const LIBRARY_FRAME = new RegExp([
    'node_modules[\\\\/]', '^node:', '^internal[\\\\/]', '\\(native\\)', '<anonymous>', 'site-packages', 'dist-packages',
    '^/usr/(?:local/)?lib/', '<frozen ', '[\\\\/]_pytest[\\\\/]', '[\\\\/]pluggy[\\\\/]', '^(?:java|javax|jdk|sun|kotlin|kotlinx|scala)\\.',
    '^org\\.(?:junit|apache\\.maven|gradle|testng|opentest4j|assertj|hamcrest|mockito)\\.', '^junit\\.', '/go/src/(?:testing|runtime)/',
    '^(?:testing|runtime)/', '[\\\\/]gems[\\\\/]', '[\\\\/]vendor[\\\\/]', '^(?:System|Microsoft|NUnit|Xunit|xunit)\\.',
    '^dart:', '^package:(?:test|test_api|test_core|matcher|flutter_test|stack_trace)/',
].join('|'));
function isProjectFrame(file, functionName) {
    if (LIBRARY_FRAME.test(file))
        return false;
    // JVM and .NET frames carry the package in the function (`org.junit.Assert.fail`), not the file.
    if (functionName !== undefined && /^(?:java|javax|jdk|sun|kotlin|org\.junit|org\.opentest4j|org\.assertj|junit|System|Microsoft|NUnit|Xunit)\./.test(functionName))
        return false;
    return true;
}
/** Frames found in a stack trace or failure body, in order. */
function parseStackFrames(stack, maxFrames = 50) {
    const frames = [];
    for (const rawLine of stack.split('\n', 400)) {
        for (const framePattern of FRAME_PATTERNS) {
            const match = framePattern.pattern.exec(rawLine);
            if (match === null)
                continue;
            const file = match[framePattern.file].replace(/^file:\/\//, '');
            const functionName = framePattern.function === undefined ? undefined : match[framePattern.function]?.trim();
            const frame = { file, line: Number(match[framePattern.line]), project: isProjectFrame(file, functionName) };
            if (functionName !== undefined && functionName !== '')
                frame.function = functionName;
            frames.push(frame);
            break;
        }
        if (frames.length >= maxFrames)
            break;
    }
    return frames;
}
/** The frames a signature keeps: the project's own first, then others, `count` at most. */
function topFrames(frames, count = SIGNATURE_FRAMES) {
    const project = frames.filter((frame) => frame.project);
    return (project.length > 0 ? project : frames).slice(0, count);
}
function frameKey(frame) {
    // The last two path segments: stable across checkouts (/home/runner/work/x/x/… vs a laptop).
    const segments = frame.file.split(/[\\/]/).filter((segment) => segment !== '');
    const file = normalizeFailureMessage(segments.slice(-2).join('/')).replace(/"<v>"/g, '');
    return frame.function === undefined ? file : `${frame.function.replace(/\s+/g, ' ').slice(0, 120)} (${file})`;
}
/** `normalized message @ frame < frame < frame` (repeated frames once); the first non-empty stack line stands in for a missing message. */
function failureSignature(source) {
    const stack = source.stack ?? '';
    const messageText = source.message !== undefined && source.message.trim() !== '' ? source.message : (stack.split('\n').find((line) => line.trim() !== '') ?? '');
    const message = normalizeFailureMessage(messageText);
    const frames = [...new Set(topFrames(parseStackFrames(stack), SIGNATURE_FRAMES * 3).map(frameKey))].slice(0, SIGNATURE_FRAMES);
    const signature = frames.length === 0 ? message : `${message} @ ${frames.join(' < ')}`;
    return signature === '' ? '(no message)' : signature;
}

;// CONCATENATED MODULE: ./src/core/reports/report-text.ts
/**
 * Cleaning of untrusted text taken from test reports: ANSI escape sequences and characters that
 * are invalid in XML or unprintable are removed, so a message reads the same whatever the runner's
 * colour settings were and cannot move a terminal's cursor when printed.
 */
/** Caps applied to text fields of a `TestCaseResult` (in UTF-16 code units). */
const REPORT_TEXT_CAPS = {
    /** Failure or skip message. */
    message: 4096,
    /** Stack trace or failure body. */
    stack: 16_384,
    /** Captured standard output or error excerpt (head and tail). */
    output: 8192,
    /** Test, suite and file names. */
    name: 1024,
};
// CSI sequences (ESC [ … final byte), OSC sequences (ESC ] … BEL or ESC \), and two-byte escapes.
// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
// C0 controls except tab, newline and carriage return; DEL and C1 controls; lone surrogates; U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID_CHARACTER_PATTERN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// pytest writes characters XML cannot hold as `#x1B`; an escape sequence then reads `#x1B[31m`.
const ESCAPED_ANSI_PATTERN = /#x1B\[[0-?]*[ -/]*[@-~]/g;
// Anything any of the patterns above could match starts with one of these.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]|#x1B/;
/** Removes ANSI escape sequences and invalid or control characters (tab, newline and CR stay). */
function cleanReportText(text) {
    if (text.length === 0 || !NEEDS_CLEANING.test(text))
        return text;
    return text.replace(ANSI_PATTERN, '').replace(ESCAPED_ANSI_PATTERN, '').replace(INVALID_CHARACTER_PATTERN, '');
}
/** Cuts `text` to at most `cap` code units, marking the cut; never splits a surrogate pair. */
function capText(text, cap) {
    if (text.length <= cap)
        return text;
    const marker = `… [${text.length - cap} more characters]`;
    let end = Math.max(0, cap - marker.length);
    if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)))
        end -= 1;
    return text.slice(0, end) + marker;
}
/** Cleans and caps in one step; `undefined` for empty text after cleaning. */
function cleanAndCap(text, cap) {
    if (text === undefined)
        return undefined;
    // Clean a bounded prefix only: cleaning never lengthens text, so 2×cap is enough to fill the cap.
    const cut = text.length > cap * 2;
    const cleaned = cleanReportText(cut ? text.slice(0, cap * 2) : text).trim();
    if (cleaned.length === 0)
        return undefined;
    if (cut && cleaned.length <= cap)
        return `${cleaned}… [${text.length - cap * 2} more characters]`;
    return capText(cleaned, cap);
}
/** Cleans output and keeps its head and tail within `cap` (the end of a log is where it failed). */
function cleanAndCapOutput(text, cap) {
    if (text === undefined)
        return undefined;
    const cleaned = cleanReportText(text).trim();
    if (cleaned.length === 0)
        return undefined;
    if (cleaned.length <= cap)
        return cleaned;
    const half = Math.floor(cap / 2);
    let headEnd = half;
    if (isHighSurrogate(cleaned.charCodeAt(headEnd - 1)))
        headEnd -= 1;
    let tailStart = cleaned.length - half;
    if (isHighSurrogate(cleaned.charCodeAt(tailStart - 1)))
        tailStart += 1;
    return `${cleaned.slice(0, headEnd)}\n… [${tailStart - headEnd} characters left out] …\n${cleaned.slice(tailStart)}`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
/** A copy of `text` that shares no memory with the chunk it was cut from (V8 keeps sliced strings' parents alive). */
function detachedString(text) {
    // A JSON round trip yields a fresh flat string: no slice of the chunk, and no extra header for a
    // sliced or cons string (which costs about 40 bytes per test id over a million ids). Short strings are copied anyway.
    return text.length < 13 ? text : JSON.parse(JSON.stringify(text));
}

;// CONCATENATED MODULE: ./src/core/reports/report-parser.ts


function needsDetails(raw) {
    return raw.status === 'failed' || raw.status === 'errored' || (raw.retries?.some((status) => status === 'failed' || status === 'errored') ?? false);
}
/**
 * Makes a `TestCaseResult`: text cleaned (ANSI, invalid characters) and capped, the file made
 * relative, the id built. Output and stack are only kept where a failure needs them: a passing or
 * skipped test costs its names and status.
 */
function finishTestCase(raw, context) {
    const suite = relativeSuite(cleanAndCap(raw.suite, REPORT_TEXT_CAPS.name) ?? '', context.sourceRoot);
    const name = cleanAndCap(raw.name, REPORT_TEXT_CAPS.name) ?? '(unnamed)';
    const ownId = raw.id === undefined ? undefined : cleanAndCap(raw.id, REPORT_TEXT_CAPS.name);
    const result = {
        id: detachedString(ownId ?? `${suite}::${name}`),
        suite,
        name,
        status: raw.status,
    };
    const file = raw.file === undefined ? undefined : relativeSourceFile(raw.file, context.sourceRoot);
    if (file !== undefined)
        result.file = file;
    if (raw.line !== undefined && Number.isInteger(raw.line) && raw.line > 0)
        result.line = raw.line;
    if (raw.durationMs !== undefined && Number.isFinite(raw.durationMs) && raw.durationMs >= 0)
        result.durationMs = raw.durationMs;
    if (raw.retries !== undefined && raw.retries.length > 0)
        result.retries = raw.retries;
    const message = cleanAndCap(raw.message, REPORT_TEXT_CAPS.message);
    if (message !== undefined)
        result.message = message;
    if (needsDetails(raw)) {
        // Failures are kept until the end: none of their strings may pin the piece of report they were cut from.
        result.suite = detachedString(suite);
        result.name = detachedString(name);
        const stack = cleanAndCap(raw.stack, REPORT_TEXT_CAPS.stack);
        if (stack !== undefined)
            result.stack = stack;
        const stdout = cleanAndCapOutput(raw.stdout, REPORT_TEXT_CAPS.output);
        if (stdout !== undefined)
            result.stdout = stdout;
        const stderr = cleanAndCapOutput(raw.stderr, REPORT_TEXT_CAPS.output);
        if (stderr !== undefined)
            result.stderr = stderr;
        if (result.line === undefined && result.file !== undefined) {
            const line = lineInTestFile(result.file, `${result.stack ?? ''}\n${result.message ?? ''}`);
            if (line !== undefined)
                result.line = line;
        }
        if (result.file === undefined && context.sourceRoot !== undefined) {
            // No file in the report (Vitest's and Playwright's JUnit, Surefire): the first project frame
            // that lies inside the repository is where the failure shows, so annotations can point at it.
            const place = placeInRepository(`${result.stack ?? ''}\n${result.message ?? ''}`, context.sourceRoot);
            if (place !== undefined) {
                result.file = place.file;
                result.line = place.line;
            }
        }
        for (const field of ['message', 'stack', 'stdout', 'stderr', 'file']) {
            const value = result[field];
            if (value !== undefined)
                result[field] = detachedString(value);
        }
    }
    return result;
}
/** A suite named by an absolute file path (Jest, Vitest) below the root, made relative so ids match across machines. */
function relativeSuite(suite, sourceRoot) {
    if (sourceRoot === undefined || sourceRoot === '')
        return suite;
    const root = sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`;
    return suite.startsWith(root) ? suite.slice(root.length) : suite;
}
/** The line of the first stack frame in the test's own file, for reports that do not give one. */
function lineInTestFile(file, stack) {
    const name = file.split(/[\\/]/).at(-1);
    if (name === undefined || name === '')
        return undefined;
    const frame = parseStackFrames(stack).find((candidate) => candidate.file === file || candidate.file.endsWith(`/${file}`) || candidate.file.split(/[\\/]/).at(-1) === name);
    return frame?.line;
}
function placeInRepository(stack, sourceRoot) {
    const root = sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`;
    for (const frame of parseStackFrames(stack)) {
        if (!frame.project || frame.line === undefined)
            continue;
        const file = relativeSourceFile(frame.file, sourceRoot);
        if (file === undefined || !(frame.file.startsWith(root) || frame.file.startsWith(`file://${root}`)))
            continue;
        return { file, line: frame.line };
    }
    return undefined;
}
/** A source path as reported (absolute, `file://` URL, `./x`, Windows separators), relative to the root when below it. */
function relativeSourceFile(file, sourceRoot) {
    let path = cleanAndCap(file, REPORT_TEXT_CAPS.name);
    if (path === undefined)
        return undefined;
    if (path.startsWith('file://')) {
        try {
            path = decodeURIComponent(new URL(path).pathname);
        }
        catch {
            return path;
        }
    }
    if (sourceRoot !== undefined && sourceRoot !== '') {
        const root = sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`;
        if (path.startsWith(root))
            path = path.slice(root.length);
    }
    while (path.startsWith('./'))
        path = path.slice(2);
    return path;
}
/** Seconds as written in a report (`1.5`, `1,234.5`) to milliseconds. */
function secondsToMilliseconds(text) {
    if (text === undefined || text === '')
        return undefined;
    const seconds = Number(text.replaceAll(',', ''));
    return Number.isFinite(seconds) ? Math.round(seconds * 1_000_000) / 1000 : undefined;
}
/** A positive whole line number, or undefined. */
function lineNumber(text) {
    const value = typeof text === 'number' ? text : text === undefined ? Number.NaN : Number(text);
    return Number.isInteger(value) && value > 0 ? value : undefined;
}

;// CONCATENATED MODULE: ./src/core/reports/text-excerpt.ts

/**
 * Accumulates text that arrives in pieces (a CDATA block of 50 MB, a long `system-out`) while
 * holding at most about `cap` characters: the head, and with `keepTail` also the tail, since the
 * end of a test's output is usually where it failed. Counts what it dropped.
 */
class TextExcerpt {
    head = '';
    tail = '';
    dropped = 0;
    headCap;
    tailCap;
    constructor(cap, keepTail = false) {
        this.headCap = keepTail ? Math.floor(cap / 2) : cap;
        this.tailCap = keepTail ? cap - this.headCap : 0;
    }
    append(text) {
        if (text.length === 0)
            return;
        let rest = text;
        if (this.head.length < this.headCap) {
            const room = this.headCap - this.head.length;
            this.head += rest.slice(0, room);
            rest = rest.slice(room);
            if (rest.length === 0)
                return;
        }
        if (this.tailCap === 0) {
            this.dropped += rest.length;
            return;
        }
        this.tail += rest;
        // Trim only once the tail is twice its cap, so appending stays linear overall.
        if (this.tail.length > this.tailCap * 2)
            this.trimTail();
    }
    /** The excerpt, with a marker where text was left out. */
    text() {
        this.trimTail();
        if (this.dropped === 0)
            return this.head + this.tail;
        const marker = `\n… [${this.dropped} characters left out] …\n`;
        if (this.tailCap === 0)
            return capText(this.head, this.headCap) + marker;
        return this.head + marker + this.tail;
    }
    trimTail() {
        if (this.tail.length <= this.tailCap)
            return;
        this.dropped += this.tail.length - this.tailCap;
        this.tail = this.tail.slice(this.tail.length - this.tailCap);
    }
}

;// CONCATENATED MODULE: ./src/core/reports/dart-json-parser.ts




/** Most suites, groups and running tests remembered; past that the stream is treated as malformed. */
const MAX_TRACKED = 200_000;
function record(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
function dart_json_parser_text(value) {
    return typeof value === 'string' ? value : undefined;
}
/**
 * The Dart test runner's JSON reporter (`dart test --reporter json`, `flutter test --machine`):
 * one event per line (`suite`, `group`, `testStart`, `print`, `error`, `testDone`). Hidden tests
 * (the runner's "loading" entries) count only when they fail, as an errored load of the suite.
 */
class DartJsonParser {
    context;
    format = 'dart-json';
    lines;
    suites = new Map();
    tests = new Map();
    firstError;
    constructor(context) {
        this.context = context;
        this.lines = new LineSplitter((line, number, cut) => this.onLine(line, number, cut));
    }
    write(chunk) {
        this.lines.write(chunk);
    }
    end() {
        this.lines.end();
        for (const test of this.tests.values())
            this.emit(test, 'errored', false, 'the test did not finish (the run was cut short or the report is truncated)');
        this.tests.clear();
        if (this.firstError !== undefined)
            throw this.firstError;
    }
    onLine(line, number, cut) {
        const trimmed = line.trim();
        if (!trimmed.startsWith('{'))
            return;
        let event;
        try {
            if (cut)
                throw new Error('line too long');
            event = record(JSON.parse(trimmed));
        }
        catch (error) {
            this.firstError ??= LineSplitter.errorAt(`not a JSON event: ${error.message}`, number);
            return;
        }
        switch (event['type']) {
            case 'suite': {
                const suite = record(event['suite']);
                if (typeof suite['id'] === 'number' && this.suites.size < MAX_TRACKED)
                    this.suites.set(suite['id'], dart_json_parser_text(suite['path']) ?? '');
                return;
            }
            case 'testStart':
                this.onTestStart(record(event['test']), number);
                return;
            case 'print': {
                const test = this.tests.get(Number(event['testID']));
                const message = dart_json_parser_text(event['message']);
                if (test !== undefined && message !== undefined)
                    (test.prints ??= new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true)).append(`${message}\n`);
                return;
            }
            case 'error': {
                const test = this.tests.get(Number(event['testID']));
                if (test === undefined)
                    return;
                const error = dart_json_parser_text(event['error']) ?? '';
                test.message ??= error;
                (test.errors ??= new TextExcerpt(REPORT_TEXT_CAPS.stack * 2)).append(`${error}\n${dart_json_parser_text(event['stackTrace']) ?? ''}\n`);
                return;
            }
            case 'testDone': {
                const id = Number(event['testID']);
                const test = this.tests.get(id);
                if (test === undefined)
                    return;
                this.tests.delete(id);
                const result = event['result'];
                const status = result === 'failure' ? 'failed' : result === 'error' ? 'errored' : event['skipped'] === true ? 'skipped' : 'passed';
                this.emit(test, status, event['hidden'] === true);
                return;
            }
            default:
                return;
        }
    }
    onTestStart(test, number) {
        if (typeof test['id'] !== 'number')
            return;
        if (this.tests.size >= MAX_TRACKED) {
            this.firstError ??= LineSplitter.errorAt(`more than ${MAX_TRACKED} tests running at once`, number);
            return;
        }
        const metadata = record(test['metadata']);
        const suite = this.suites.get(Number(test['suiteID'])) ?? '';
        const state = { name: dart_json_parser_text(test['name']) ?? '', suite, started: number };
        const file = dart_json_parser_text(test['root_url']) ?? dart_json_parser_text(test['url']) ?? (suite === '' ? undefined : suite);
        if (file !== undefined)
            state.file = file;
        const line = lineNumber(typeof test['root_line'] === 'number' ? test['root_line'] : typeof test['line'] === 'number' ? test['line'] : undefined);
        if (line !== undefined)
            state.line = line;
        const skipReason = dart_json_parser_text(metadata['skipReason']);
        if (skipReason !== undefined)
            state.skipReason = skipReason;
        this.tests.set(test['id'], state);
    }
    emit(test, status, hidden, fallbackMessage) {
        // The runner's own "loading …" entries: only a failure to load matters.
        if (hidden && status !== 'failed' && status !== 'errored')
            return;
        const raw = { suite: test.suite, name: test.name, status: hidden ? 'errored' : status };
        if (test.file !== undefined)
            raw.file = test.file;
        if (test.line !== undefined)
            raw.line = test.line;
        const message = status === 'skipped' ? test.skipReason : (test.message ?? fallbackMessage);
        if (message !== undefined)
            raw.message = message;
        const stack = test.errors?.text();
        if (stack !== undefined)
            raw.stack = stack;
        const prints = test.prints?.text();
        if (prints !== undefined)
            raw.stdout = prints;
        this.context.emit(finishTestCase(raw, this.context));
    }
}

;// CONCATENATED MODULE: ./src/core/reports/go-test-json-parser.ts




/** Most tests tracked as running at once; more is treated as a malformed stream. */
const MAX_RUNNING_TESTS = 100_000;
const LOCATION_LINE = /^\s*([\w./-]+\.go):(\d+): ?(.*)$/;
// Before Go 1.24 a package that does not build only leaves this plain line in the JSON stream.
const BUILD_FAILED_LINE = /^FAIL\s+(\S+)\s+\[(build failed|setup failed)\]/;
/**
 * `go test -json` (test2json) events, one JSON object per line: `run`, `output`, `pass`, `fail`,
 * `skip` per test (subtests `TestA/sub` are tests of their own, as Go counts them), a package
 * `fail` with no failing test (a build error, a panic in `TestMain`) as an errored
 * `package::(package)` entry, Go 1.24's `build-output`/`build-fail`. Lines that are not JSON
 * objects (build output mixed in) are skipped; a line that starts like one but does not parse is
 * an error naming its line number, reported at the end, after everything else was read.
 */
class GoTestJsonParser {
    context;
    format = 'go-test-json';
    lines;
    running = new Map();
    packageOutput = new Map();
    packagesWithFailures = new Set();
    failedTests = new Set();
    firstError;
    constructor(context) {
        this.context = context;
        this.lines = new LineSplitter((line, lineNumber, cut) => this.onLine(line, lineNumber, cut));
    }
    write(chunk) {
        this.lines.write(chunk);
    }
    end() {
        this.lines.end();
        // Tests still running when the stream ended: the run was cut short (a timeout, a crash, a truncated file).
        for (const [key, test] of this.running) {
            const [packageName, name] = key.split('\u0000');
            this.emit(packageName, name, 'errored', undefined, test.output.text(), 'the test did not finish (the run timed out, crashed or the report is truncated)');
        }
        this.running.clear();
        if (this.firstError !== undefined)
            throw this.firstError;
    }
    onLine(line, lineNumber, cut) {
        const trimmed = line.trim();
        if (!trimmed.startsWith('{')) {
            const buildFailed = BUILD_FAILED_LINE.exec(trimmed);
            if (buildFailed !== null)
                this.emit(buildFailed[1], '(package)', 'errored', undefined, undefined, `the package failed: ${buildFailed[2]}`);
            return;
        }
        let event;
        try {
            if (cut)
                throw new Error(`line longer than ${line.length} characters`);
            event = JSON.parse(trimmed);
        }
        catch (error) {
            this.firstError ??= LineSplitter.errorAt(`not a JSON event: ${error.message}`, lineNumber);
            return;
        }
        if (typeof event !== 'object' || event === null)
            return;
        const packageName = String(event.Package ?? event.ImportPath ?? '');
        const test = typeof event.Test === 'string' ? event.Test : undefined;
        const action = event.Action;
        if (test === undefined) {
            this.onPackageEvent(packageName, action, event);
            return;
        }
        const key = `${packageName}\u0000${test}`;
        switch (action) {
            case 'run':
                if (this.running.size >= MAX_RUNNING_TESTS) {
                    this.firstError ??= LineSplitter.errorAt(`more than ${MAX_RUNNING_TESTS} tests running at once`, lineNumber);
                    return;
                }
                this.running.set(key, { output: new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true) });
                return;
            case 'output':
                if (typeof event.Output === 'string')
                    this.running.get(key)?.output.append(event.Output);
                return;
            case 'pass':
            case 'fail':
            case 'skip': {
                const output = this.running.get(key)?.output.text();
                this.running.delete(key);
                const status = action === 'pass' ? 'passed' : action === 'fail' ? 'failed' : 'skipped';
                let fallback;
                if (status === 'failed') {
                    // Go fails a parent when a subtest fails; say so rather than leave it without a message.
                    if ([...this.failedTests].some((failed) => failed.startsWith(`${key}/`)))
                        fallback = 'a subtest failed';
                    this.packagesWithFailures.add(packageName);
                    if (this.failedTests.size < MAX_RUNNING_TESTS)
                        this.failedTests.add(key);
                }
                this.emit(packageName, test, status, event.Elapsed, output, fallback);
                return;
            }
            default:
                return;
        }
    }
    onPackageEvent(packageName, action, event) {
        if (action === 'output' || action === 'build-output') {
            if (typeof event.Output !== 'string')
                return;
            let output = this.packageOutput.get(packageName);
            if (output === undefined) {
                if (this.packageOutput.size >= MAX_RUNNING_TESTS)
                    return;
                output = new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true);
                this.packageOutput.set(packageName, output);
            }
            output.append(event.Output);
            return;
        }
        if (action === 'fail' || action === 'build-fail') {
            const output = this.packageOutput.get(packageName)?.text();
            this.packageOutput.delete(packageName);
            if (this.packagesWithFailures.has(packageName))
                return;
            this.emit(packageName, '(package)', 'errored', event.Elapsed, output, action === 'build-fail' ? 'the package failed to build' : 'the package failed outside any test');
            return;
        }
        if (action === 'pass' || action === 'skip')
            this.packageOutput.delete(packageName);
    }
    emit(packageName, test, status, elapsedSeconds, output, fallbackMessage) {
        const raw = { suite: packageName, name: test, status };
        if (typeof elapsedSeconds === 'number')
            raw.durationMs = Math.round(elapsedSeconds * 1000);
        if (status === 'failed' || status === 'errored') {
            const details = failureDetails(output ?? '');
            raw.stack = details.body;
            raw.message = details.message ?? fallbackMessage ?? details.lastLine;
            if (details.file !== undefined)
                raw.file = details.file;
            if (details.line !== undefined)
                raw.line = details.line;
        }
        else if (status === 'skipped') {
            raw.message = failureDetails(output ?? '').message;
        }
        this.context.emit(finishTestCase(raw, this.context));
    }
}
/** The test's own lines from its output: `file.go:12: message` gives the message and place. */
function failureDetails(output) {
    const body = output
        .split('\n')
        .filter((line) => !/^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(line))
        .join('\n')
        .trim();
    const details = { body };
    for (const line of body.split('\n')) {
        const match = LOCATION_LINE.exec(line);
        if (match !== null) {
            details.file = match[1];
            details.line = Number(match[2]);
            details.message = match[3];
            break;
        }
        if (/^panic: /.test(line.trim())) {
            details.message = line.trim();
            break;
        }
    }
    const lines = body.split('\n').filter((line) => line.trim() !== '' && !/^(FAIL|ok|PASS)\b/.test(line.trim()));
    if (lines.length > 0)
        details.lastLine = lines.at(-1).trim();
    return details;
}

;// CONCATENATED MODULE: ./src/core/reports/json-document-reports.ts
function json_document_reports_record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function json_document_reports_text(value) {
    return typeof value === 'string' ? value : undefined;
}
function finiteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
const JEST_STATUSES = {
    passed: 'passed',
    failed: 'failed',
    pending: 'skipped',
    skipped: 'skipped',
    todo: 'skipped',
    disabled: 'skipped',
    focused: 'passed',
};
/** Jest and Vitest JSON: `testResults[].assertionResults[]`; a file that failed to run is an errored `file::(file)`. */
function* jestJsonTestCases(document) {
    for (const fileValue of list(json_document_reports_record(document)['testResults'])) {
        const file = json_document_reports_record(fileValue);
        const path = json_document_reports_text(file['name']) ?? json_document_reports_text(file['testFilePath']) ?? '';
        const assertions = list(file['assertionResults'] ?? file['testResults']);
        for (const assertionValue of assertions) {
            const assertion = json_document_reports_record(assertionValue);
            const ancestors = list(assertion['ancestorTitles']).filter((title) => typeof title === 'string');
            const status = JEST_STATUSES[json_document_reports_text(assertion['status']) ?? ''] ?? 'errored';
            const messages = list(assertion['failureMessages']).filter((message) => typeof message === 'string');
            const raw = {
                suite: ancestors.length > 0 ? `${path} > ${ancestors.join(' > ')}` : path,
                name: json_document_reports_text(assertion['title']) ?? json_document_reports_text(assertion['fullName']) ?? '',
                file: path,
                status,
            };
            const location = json_document_reports_record(assertion['location']);
            const line = finiteNumber(location['line']);
            if (line !== undefined)
                raw.line = line;
            const duration = finiteNumber(assertion['duration']);
            if (duration !== undefined)
                raw.durationMs = duration;
            if (messages.length > 0) {
                raw.stack = messages.join('\n\n');
                raw.message = messages[0].split('\n').find((messageLine) => messageLine.trim() !== '')?.trim();
            }
            // Jest's retryTimes: each failed attempt before the last leaves a reason.
            // Jest's retryTimes: every invocation before the last failed (only failures are retried).
            const invocations = finiteNumber(assertion['invocations']) ?? list(assertion['retryReasons']).length + 1;
            if (invocations > 1)
                raw.retries = Array(Math.min(invocations - 1, 100)).fill('failed');
            yield raw;
        }
        const fileStatus = json_document_reports_text(file['status']);
        const fileMessage = json_document_reports_text(file['message']) ?? json_document_reports_text(file['failureMessage']);
        if (fileStatus === 'failed' && assertions.length === 0) {
            yield { suite: path, name: '(file)', file: path, status: 'errored', message: fileMessage?.split('\n').find((messageLine) => messageLine.trim() !== '')?.trim() ?? 'the test file failed to run', stack: fileMessage ?? '' };
        }
    }
}
/** Mocha JSON: `tests[]` (each test once), `pending[]`, `failures[]` (hook failures are only there). */
function* mochaJsonTestCases(document) {
    const root = json_document_reports_record(document);
    const key = (test) => `${json_document_reports_text(test['file']) ?? ''}\u0000${json_document_reports_text(test['fullTitle']) ?? ''}`;
    const pending = new Set(list(root['pending']).map((test) => key(json_document_reports_record(test))));
    const seen = new Set();
    const failures = list(root['failures']).map(json_document_reports_record);
    for (const test of [...list(root['tests']).map(json_document_reports_record), ...failures]) {
        const testKey = key(test);
        if (seen.has(testKey))
            continue;
        seen.add(testKey);
        const error = json_document_reports_record(test['err']);
        const failed = Object.keys(error).length > 0;
        const fullTitle = json_document_reports_text(test['fullTitle']) ?? '';
        const title = json_document_reports_text(test['title']) ?? fullTitle;
        const suite = fullTitle.endsWith(title) ? fullTitle.slice(0, fullTitle.length - title.length).trim() : '';
        const isHook = /^"(before|after) (all|each)" hook/.test(title);
        const raw = { suite, name: title, status: failed ? (isHook ? 'errored' : 'failed') : pending.has(testKey) || test['pending'] === true ? 'skipped' : 'passed' };
        const file = json_document_reports_text(test['file']);
        if (file !== undefined)
            raw.file = file;
        const duration = finiteNumber(test['duration']);
        if (duration !== undefined)
            raw.durationMs = duration;
        if (failed) {
            const message = json_document_reports_text(error['message']);
            if (message !== undefined)
                raw.message = message;
            const stack = json_document_reports_text(error['stack']);
            if (stack !== undefined)
                raw.stack = stack;
        }
        yield raw;
    }
}
const RSPEC_STATUSES = { passed: 'passed', failed: 'failed', pending: 'skipped' };
/** RSpec JSON: `examples[]`; errors outside examples (a file that fails to load) as an errored `(load)` entry. */
function* rspecJsonTestCases(document) {
    const root = json_document_reports_record(document);
    for (const exampleValue of list(root['examples'])) {
        const example = json_document_reports_record(exampleValue);
        const description = json_document_reports_text(example['description']) ?? '';
        const fullDescription = json_document_reports_text(example['full_description']) ?? description;
        const suite = fullDescription.endsWith(description) ? fullDescription.slice(0, fullDescription.length - description.length).trim() : '';
        const raw = { suite, name: description, status: RSPEC_STATUSES[json_document_reports_text(example['status']) ?? ''] ?? 'errored' };
        const id = json_document_reports_text(example['id']);
        if (id !== undefined)
            raw.id = `${suite}::${description}`;
        const file = json_document_reports_text(example['file_path']);
        if (file !== undefined)
            raw.file = file;
        const line = finiteNumber(example['line_number']);
        if (line !== undefined)
            raw.line = line;
        const runTime = finiteNumber(example['run_time']);
        if (runTime !== undefined)
            raw.durationMs = Math.round(runTime * 1_000_000) / 1000;
        const exception = json_document_reports_record(example['exception']);
        if (Object.keys(exception).length > 0) {
            const className = json_document_reports_text(exception['class']);
            const message = json_document_reports_text(exception['message']) ?? '';
            raw.message = className === undefined ? message : `${className}: ${message}`;
            raw.stack = list(exception['backtrace']).filter((frame) => typeof frame === 'string').join('\n');
        }
        const pendingMessage = json_document_reports_text(example['pending_message']);
        if (raw.status === 'skipped' && pendingMessage !== undefined)
            raw.message = pendingMessage;
        yield raw;
    }
    const outside = finiteNumber(json_document_reports_record(root['summary'])['errors_outside_of_examples_count']);
    if (outside !== undefined && outside > 0) {
        const messages = list(root['messages']).filter((message) => typeof message === 'string');
        yield { suite: '', name: '(load)', status: 'errored', message: `${outside} error(s) occurred outside of examples`, stack: messages.join('\n') };
    }
}

;// CONCATENATED MODULE: ./src/core/reports/json-document-parser.ts



/** Default bound on a single-document JSON report: 64 Mi characters. */
const DEFAULT_MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;
const MAPPERS = {
    'jest-json': jestJsonTestCases,
    'mocha-json': mochaJsonTestCases,
    'rspec-json': rspecJsonTestCases,
};
/** The line and column of character `offset` in `text`. */
function positionIn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
        line += 1;
        lineStart = index + 1;
    }
    return { line, column: offset - lineStart + 1, offset };
}
/**
 * Jest/Vitest, Mocha and RSpec write one JSON document that only means something whole, so these
 * reports are collected (up to `maxDocumentLength` characters, 64 Mi by default) and parsed at
 * the end. A larger report is refused with that limit named; a malformed one names the position
 * the JSON parser gave.
 */
class JsonDocumentParser {
    format;
    context;
    maxDocumentLength;
    pieces = [];
    length = 0;
    constructor(format, context, maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH) {
        this.format = format;
        this.context = context;
        this.maxDocumentLength = maxDocumentLength;
    }
    write(chunk) {
        this.length += chunk.length;
        if (this.length > this.maxDocumentLength) {
            throw new ReportSyntaxError(`a single-document JSON report is read whole and may be at most ${this.maxDocumentLength} characters; this one is longer`, { line: 1, column: 1, offset: this.maxDocumentLength });
        }
        this.pieces.push(chunk);
    }
    end() {
        const text = this.pieces.join('');
        this.pieces.length = 0;
        let document;
        try {
            document = JSON.parse(text);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const at = /position (\d+)/.exec(message);
            const offset = at === null ? text.length : Number(at[1]);
            // An error at the very end of the text means the document stopped early.
            const truncated = (at === null && /end of (JSON )?input|Unterminated/i.test(message)) || offset >= text.trimEnd().length - 1;
            throw new ReportSyntaxError(`${truncated ? 'truncated JSON' : 'malformed JSON'}: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`, positionIn(text, offset));
        }
        for (const raw of MAPPERS[this.format](document))
            this.context.emit(finishTestCase(raw, this.context));
    }
}

;// CONCATENATED MODULE: ./src/core/reports/xml-entities.ts
/**
 * XML character references and the five predefined entities. Nothing else is expanded: entities
 * declared in a DOCTYPE are never defined here, so a "billion laughs" document stays as small as
 * it was written (an unknown `&name;` is kept as literal text).
 */
const PREDEFINED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE_PATTERN = /&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z_][\w.-]{0,31});/g;
/** Longest reference recognized (`&#x` + 8 digits + `;`), for streaming callers that must not split one. */
const MAX_REFERENCE_LENGTH = 34;
function decodeReference(match, body) {
    if (body.charCodeAt(0) === 0x23 /* # */) {
        const code = body.charCodeAt(1) === 0x78 /* x */ ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return '\ufffd';
        return String.fromCodePoint(code);
    }
    return Object.hasOwn(PREDEFINED, body) ? PREDEFINED[body] : match;
}
/** Decodes character references and the predefined entities; leaves anything else as written. */
function decodeXmlEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(REFERENCE_PATTERN, decodeReference);
}
/**
 * Where streamed text can safely be cut so that no reference is split: before the last `&` that is
 * not yet closed by `;`, when it is close enough to the end to still be a reference.
 */
function safeTextEnd(text) {
    const ampersand = text.lastIndexOf('&');
    if (ampersand === -1 || text.length - ampersand > MAX_REFERENCE_LENGTH)
        return text.length;
    return text.indexOf(';', ampersand) === -1 ? ampersand : text.length;
}

;// CONCATENATED MODULE: ./src/core/reports/xml-tokenizer.ts


const TEXT = 0;
const OPEN_TAG_NAME = 1;
const BEFORE_ATTRIBUTE = 2;
const ATTRIBUTE_NAME = 3;
const AFTER_ATTRIBUTE_NAME = 4;
const BEFORE_VALUE = 5;
const VALUE = 6;
const SELF_CLOSING = 7;
const CLOSE_TAG = 8;
const COMMENT = 9;
const CDATA = 10;
const PROCESSING_INSTRUCTION = 11;
const DECLARATION = 12;
const SPECIAL_IN_VALUE = /[<&\t\n\r]/;
// Fast paths for a whole tag inside the current piece (nearly every tag); anything else, including
// a tag split across pieces or a malformed one, goes through the state machine, which names errors.
const WHOLE_START_TAG = /<([^\s/>=<"'!?]+)((?:\s+[^\s/>=<"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const WHOLE_END_TAG = /<\/([^\s/>=<"']+)\s*>/y;
function isSpace(code) {
    return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}
/** Ends a name: whitespace, `/`, `>`, `=`, quotes, `<`. */
function endsName(code) {
    return isSpace(code) || code === 0x2f || code === 0x3e || code === 0x3d || code === 0x22 || code === 0x27 || code === 0x3c;
}
/**
 * A streaming, non-validating XML tokenizer: `write` text in pieces of any size, then `end`. Only
 * the five predefined entities and character references are decoded; a DOCTYPE (with any entity
 * declarations in it) is skipped, never expanded. Text is only decoded while `captureText` is on,
 * so long passages nobody needs cost a scan and nothing more, and a CDATA block of any length
 * streams through in pieces. Mismatched or missing end tags are a `ReportSyntaxError` with the
 * line and column.
 */
class XmlTokenizer {
    handler;
    /** Set by the handler: whether character data should be decoded and passed to `text`. */
    captureText = false;
    buffer = '';
    index = 0;
    state = TEXT;
    positions = new PositionCounter();
    stack = [];
    tagName = '';
    attributeName = '';
    attributeValue = '';
    attributeValueDropped = false;
    quote = 0;
    attributes = new Map();
    declarationDepth = 0;
    declarationQuote = 0;
    sawRoot = false;
    maxAttributeLength;
    maxAttributes;
    maxNameLength;
    maxDepth;
    constructor(handler, options = {}) {
        this.handler = handler;
        this.maxAttributeLength = options.maxAttributeLength ?? 65_536;
        this.maxAttributes = options.maxAttributes ?? 256;
        this.maxNameLength = options.maxNameLength ?? 1024;
        this.maxDepth = options.maxDepth ?? 512;
    }
    /** Names of the elements open now, outermost first. */
    get openElements() {
        return this.stack;
    }
    write(chunk) {
        this.buffer = this.buffer.length > 0 ? this.buffer + chunk : chunk;
        this.index = 0;
        this.run(false);
        // Keep only what is not consumed yet (a few characters at most), counting lines over the rest.
        this.positions.advance(this.buffer.slice(0, this.index));
        this.buffer = this.buffer.slice(this.index);
        this.index = 0;
    }
    end() {
        this.run(true);
        if (this.state !== TEXT || this.stack.length > 0) {
            const inside = this.stack.length > 0 ? `inside <${this.stack.join('> <')}>` : 'inside markup';
            throw this.error(`the file ends ${inside}: truncated`);
        }
        if (!this.sawRoot)
            throw this.error('no XML element found');
    }
    error(message) {
        return new ReportSyntaxError(message, this.positions.at(this.buffer, this.index));
    }
    run(final) {
        const buffer = this.buffer;
        const length = buffer.length;
        while (this.index < length) {
            switch (this.state) {
                case TEXT:
                    if (!this.scanText(final))
                        return;
                    break;
                case OPEN_TAG_NAME:
                case ATTRIBUTE_NAME:
                case CLOSE_TAG:
                    this.scanName();
                    break;
                case BEFORE_ATTRIBUTE:
                    this.scanBeforeAttribute();
                    break;
                case AFTER_ATTRIBUTE_NAME:
                case BEFORE_VALUE:
                    this.scanBeforeValue();
                    break;
                case VALUE:
                    this.scanValue();
                    break;
                case SELF_CLOSING:
                    if (buffer.charCodeAt(this.index) !== 0x3e)
                        throw this.error(`expected '>' after '/' in <${this.tagName}>`);
                    this.index += 1;
                    this.finishOpenTag(true);
                    break;
                case COMMENT:
                    if (!this.skipUntil('-->', final))
                        return;
                    break;
                case PROCESSING_INSTRUCTION:
                    if (!this.skipUntil('?>', final))
                        return;
                    break;
                case CDATA:
                    if (!this.scanCdata(final))
                        return;
                    break;
                case DECLARATION:
                    this.scanDeclaration();
                    break;
            }
        }
    }
    /** Character data up to the next `<`, then the kind of markup; false when more input is needed. */
    scanText(final) {
        const buffer = this.buffer;
        const lessThan = buffer.indexOf('<', this.index);
        const textEnd = lessThan === -1 ? buffer.length : lessThan;
        if (this.captureText && textEnd > this.index) {
            let cut = textEnd;
            if (lessThan === -1 && !final)
                cut = this.index + safeTextEnd(buffer.slice(this.index, textEnd));
            if (cut > this.index)
                this.handler.text(decodeXmlEntities(buffer.slice(this.index, cut)));
            this.index = cut;
            if (cut < textEnd)
                return false;
        }
        this.index = textEnd;
        if (lessThan === -1)
            return true;
        const available = buffer.length - lessThan;
        const next = buffer.charCodeAt(lessThan + 1);
        if (available < 2) {
            if (final)
                throw this.error("the file ends after '<'");
            return false;
        }
        if (next === 0x2f /* / */) {
            WHOLE_END_TAG.lastIndex = lessThan;
            const whole = WHOLE_END_TAG.exec(buffer);
            if (whole !== null && whole[1].length <= this.maxNameLength) {
                this.tagName = whole[1];
                this.index = WHOLE_END_TAG.lastIndex - 1;
                this.finishCloseTag();
                return true;
            }
            this.state = CLOSE_TAG;
            this.tagName = '';
            this.index = lessThan + 2;
        }
        else if (next === 0x3f /* ? */) {
            this.state = PROCESSING_INSTRUCTION;
            this.index = lessThan + 2;
        }
        else if (next === 0x21 /* ! */) {
            if (buffer.startsWith('<!--', lessThan)) {
                this.state = COMMENT;
                this.index = lessThan + 4;
            }
            else if (buffer.startsWith('<![CDATA[', lessThan)) {
                if (this.stack.length === 0)
                    throw this.error('CDATA section outside the root element');
                this.state = CDATA;
                this.index = lessThan + 9;
            }
            else if (!final && available < 9 && ('<![CDATA['.startsWith(buffer.slice(lessThan)) || '<!--'.startsWith(buffer.slice(lessThan)))) {
                return false;
            }
            else {
                this.state = DECLARATION;
                this.declarationDepth = 0;
                this.declarationQuote = 0;
                this.index = lessThan + 2;
            }
        }
        else {
            if (endsName(next))
                throw this.error("'<' in text must be written as &lt;");
            this.state = OPEN_TAG_NAME;
            this.tagName = '';
            this.attributes = new Map();
            this.index = lessThan + 1;
            WHOLE_START_TAG.lastIndex = lessThan;
            const whole = WHOLE_START_TAG.exec(buffer);
            if (whole !== null && whole[1].length <= this.maxNameLength) {
                this.tagName = whole[1];
                const attributeText = whole[2];
                if (attributeText !== '') {
                    ATTRIBUTE.lastIndex = 0;
                    for (let attribute = ATTRIBUTE.exec(attributeText); attribute !== null; attribute = ATTRIBUTE.exec(attributeText)) {
                        if (attribute[1].length > this.maxNameLength)
                            throw this.error(`a name longer than ${this.maxNameLength} characters`);
                        const value = attribute[2] ?? attribute[3] ?? '';
                        const dropped = value.length > this.maxAttributeLength;
                        this.storeAttribute(attribute[1], dropped ? value.slice(0, this.maxAttributeLength) : value, dropped);
                    }
                }
                this.index = WHOLE_START_TAG.lastIndex;
                this.finishOpenTag(whole[3] === '/');
            }
        }
        return true;
    }
    /** A tag or attribute name, possibly across pieces. */
    scanName() {
        const buffer = this.buffer;
        let end = this.index;
        while (end < buffer.length && !endsName(buffer.charCodeAt(end)))
            end += 1;
        const piece = buffer.slice(this.index, end);
        this.index = end;
        if (this.state === ATTRIBUTE_NAME)
            this.attributeName += piece;
        else
            this.tagName += piece;
        const name = this.state === ATTRIBUTE_NAME ? this.attributeName : this.tagName;
        if (name.length > this.maxNameLength)
            throw this.error(`a name longer than ${this.maxNameLength} characters`);
        if (end === buffer.length)
            return;
        if (name.length === 0)
            throw this.error(`expected a name, found '${buffer[end]}'`);
        if (this.state === OPEN_TAG_NAME)
            this.state = BEFORE_ATTRIBUTE;
        else if (this.state === ATTRIBUTE_NAME)
            this.state = AFTER_ATTRIBUTE_NAME;
        else
            this.finishCloseTag();
    }
    finishCloseTag() {
        const buffer = this.buffer;
        while (this.index < buffer.length && isSpace(buffer.charCodeAt(this.index)))
            this.index += 1;
        if (this.index === buffer.length)
            return; // more whitespace may follow in the next piece
        if (buffer.charCodeAt(this.index) !== 0x3e)
            throw this.error(`expected '>' to end </${this.tagName}>`);
        const open = this.stack.at(-1);
        if (open === undefined)
            throw this.error(`end tag </${this.tagName}> without a start tag`);
        if (open !== this.tagName)
            throw this.error(`end tag </${this.tagName}> does not match <${open}>`);
        this.index += 1;
        this.stack.pop();
        this.state = TEXT;
        this.handler.closeTag(this.tagName);
    }
    scanBeforeAttribute() {
        const buffer = this.buffer;
        while (this.index < buffer.length && isSpace(buffer.charCodeAt(this.index)))
            this.index += 1;
        if (this.index === buffer.length)
            return;
        const code = buffer.charCodeAt(this.index);
        if (code === 0x3e /* > */) {
            this.index += 1;
            this.finishOpenTag(false);
        }
        else if (code === 0x2f /* / */) {
            this.index += 1;
            this.state = SELF_CLOSING;
        }
        else {
            if (endsName(code))
                throw this.error(`unexpected '${buffer[this.index]}' in <${this.tagName}>`);
            this.state = ATTRIBUTE_NAME;
            this.attributeName = '';
        }
    }
    /** `=` after an attribute name, then the opening quote. */
    scanBeforeValue() {
        const buffer = this.buffer;
        while (this.index < buffer.length && isSpace(buffer.charCodeAt(this.index)))
            this.index += 1;
        if (this.index === buffer.length)
            return;
        const code = buffer.charCodeAt(this.index);
        if (this.state === AFTER_ATTRIBUTE_NAME) {
            if (code !== 0x3d)
                throw this.error(`attribute '${this.attributeName}' of <${this.tagName}> has no value`);
            this.index += 1;
            this.state = BEFORE_VALUE;
            return;
        }
        if (code !== 0x22 && code !== 0x27)
            throw this.error(`the value of attribute '${this.attributeName}' must be quoted`);
        this.index += 1;
        this.quote = code;
        this.attributeValue = '';
        this.attributeValueDropped = false;
        this.state = VALUE;
    }
    scanValue() {
        const buffer = this.buffer;
        const close = buffer.indexOf(this.quote === 0x22 ? '"' : "'", this.index);
        const end = close === -1 ? buffer.length : close;
        const room = this.maxAttributeLength - this.attributeValue.length;
        if (end - this.index > room) {
            this.attributeValueDropped = true;
            this.attributeValue += buffer.slice(this.index, this.index + room);
        }
        else if (end > this.index) {
            this.attributeValue += buffer.slice(this.index, end);
        }
        if (close === -1) {
            this.index = buffer.length;
            return;
        }
        if (this.attributeValue.includes('<'))
            throw this.error(`'<' in the value of attribute '${this.attributeName}'`);
        this.index = close + 1;
        this.storeAttribute(this.attributeName, this.attributeValue, this.attributeValueDropped);
        this.attributeValue = '';
        this.state = BEFORE_ATTRIBUTE;
    }
    /** Keeps the first value of an attribute (up to the cap on attributes), decoded and normalized. */
    storeAttribute(name, raw, dropped) {
        if (this.attributes.size >= this.maxAttributes || this.attributes.has(name))
            return;
        let value = raw;
        // One scan for the rare cases; most values hold none of these characters.
        if (SPECIAL_IN_VALUE.test(value)) {
            // Attribute-value normalization (XML 1.0 §3.3.3): literal tabs and line breaks read as spaces.
            value = decodeXmlEntities(value.replace(/[\t\n\r]/g, ' '));
        }
        if (dropped)
            value += '… [attribute value cut]';
        this.attributes.set(name, value);
    }
    finishOpenTag(selfClosing) {
        if (this.stack.length === 0 && this.sawRoot)
            throw this.error(`a second root element <${this.tagName}>`);
        this.sawRoot = true;
        this.state = TEXT;
        if (!selfClosing) {
            if (this.stack.length >= this.maxDepth)
                throw this.error(`elements nested deeper than ${this.maxDepth}`);
            this.stack.push(this.tagName);
        }
        const attributes = this.attributes;
        this.attributes = new Map();
        this.handler.openTag(this.tagName, attributes, selfClosing);
        if (selfClosing)
            this.handler.closeTag(this.tagName);
    }
    /** Skips to just after `terminator`; false when more input is needed. */
    skipUntil(terminator, final) {
        const found = this.buffer.indexOf(terminator, this.index);
        if (found === -1) {
            // Keep the last characters: the terminator may start in this piece and end in the next.
            if (final)
                throw this.error(`the file ends before '${terminator}'`);
            this.index = Math.max(this.index, this.buffer.length - (terminator.length - 1));
            return false;
        }
        this.index = found + terminator.length;
        this.state = TEXT;
        return true;
    }
    scanCdata(final) {
        const buffer = this.buffer;
        const found = buffer.indexOf(']]>', this.index);
        const end = found === -1 ? Math.max(this.index, buffer.length - 2) : found;
        if (this.captureText && end > this.index)
            this.handler.text(buffer.slice(this.index, end));
        this.index = end;
        if (found === -1) {
            if (final)
                throw this.error("the file ends inside a CDATA section (no ']]>')");
            return false;
        }
        this.index = found + 3;
        this.state = TEXT;
        return true;
    }
    /** `<!DOCTYPE …>` with an internal subset in brackets: skipped whole, never interpreted. */
    scanDeclaration() {
        const buffer = this.buffer;
        let index = this.index;
        for (; index < buffer.length; index += 1) {
            const code = buffer.charCodeAt(index);
            if (this.declarationQuote !== 0) {
                if (code === this.declarationQuote)
                    this.declarationQuote = 0;
            }
            else if (code === 0x22 || code === 0x27) {
                this.declarationQuote = code;
            }
            else if (code === 0x5b /* [ */) {
                this.declarationDepth += 1;
            }
            else if (code === 0x5d /* ] */) {
                this.declarationDepth = Math.max(0, this.declarationDepth - 1);
            }
            else if (code === 0x3e && this.declarationDepth === 0) {
                this.index = index + 1;
                this.state = TEXT;
                return;
            }
        }
        this.index = index;
    }
}

;// CONCATENATED MODULE: ./src/core/reports/junit-xml-parser.ts




const SKIPPED_STATUS_VALUES = new Set(['skipped', 'skip', 'disabled', 'notrun', 'not run', 'ignored', 'suppressed', 'pending']);
/**
 * JUnit XML as written by jest-junit, Vitest, node:test, pytest (xunit1 and xunit2), go-junit-report,
 * gotestsum, Maven Surefire and Gradle (with `flakyFailure`, `rerunFailure`, `flakyError`,
 * `rerunError`), PHPUnit, Swift, Playwright and the .NET JUnit loggers: a `testsuites` or
 * `testsuite` root, suites nested to any depth, `testcase` with `failure`, `error`, `skipped`,
 * `system-out` and `system-err`. Suite is the test's `classname` (PHPUnit: `class`), else the
 * enclosing suite names joined with ` > `.
 */
class JunitXmlParser {
    context;
    format = 'junit-xml';
    tokenizer;
    suites = [];
    testCase;
    capture;
    constructor(context) {
        this.context = context;
        this.tokenizer = new XmlTokenizer(this);
    }
    write(chunk) {
        this.tokenizer.write(chunk);
    }
    end() {
        this.tokenizer.end();
    }
    openTag(name, attributes, selfClosing) {
        const testCase = this.testCase;
        if (testCase === undefined) {
            if (name === 'testsuite') {
                const file = attributes.get('file') ?? attributes.get('filepath');
                this.suites.push({ name: attributes.get('name') ?? '', ...(file === undefined ? {} : { file }) });
            }
            else if (name === 'testcase') {
                this.startTestCase(attributes);
            }
            return;
        }
        if (testCase.retryDepth > 0) {
            testCase.retryDepth += 1;
            if (name === 'stackTrace' && !selfClosing)
                this.startCapture('retry-stack');
            return;
        }
        switch (name) {
            case 'failure':
            case 'error': {
                const status = name === 'failure' ? 'failed' : 'errored';
                if (testCase.raw.status === 'passed' || testCase.raw.status === 'skipped') {
                    testCase.raw.status = status;
                    testCase.raw.message = attributes.get('message');
                    const type = attributes.get('type');
                    if (type !== undefined && type !== '')
                        testCase.raw.message ??= type;
                    if (!selfClosing)
                        this.startCapture('stack');
                }
                return;
            }
            case 'skipped':
                if (testCase.raw.status === 'passed') {
                    testCase.raw.status = 'skipped';
                    testCase.raw.message = attributes.get('message');
                    if (!selfClosing)
                        this.startCapture('skip');
                }
                return;
            case 'flakyFailure':
            case 'flakyError':
            case 'rerunFailure':
            case 'rerunError': {
                const status = name.endsWith('Failure') ? 'failed' : 'errored';
                (name.startsWith('flaky') ? testCase.flakyStatuses : testCase.rerunStatuses).push(status);
                testCase.retryMessage ??= attributes.get('message') ?? attributes.get('type');
                if (!selfClosing)
                    testCase.retryDepth = 1;
                return;
            }
            // Output is kept for failures only; producers write it after the failure element, so by now
            // the status is known, and a passing test's output is skipped over without being decoded.
            case 'system-out':
                if (!selfClosing && isFailing(testCase))
                    this.startCapture('stdout');
                return;
            case 'system-err':
                if (!selfClosing && isFailing(testCase))
                    this.startCapture('stderr');
                return;
            default:
                return;
        }
    }
    closeTag(name) {
        const testCase = this.testCase;
        if (testCase === undefined) {
            if (name === 'testsuite')
                this.suites.pop();
            return;
        }
        if (testCase.retryDepth > 0) {
            testCase.retryDepth -= 1;
            if (name === 'stackTrace')
                this.stopCapture();
            return;
        }
        if (name === 'testcase') {
            this.finishTestCase(testCase);
            return;
        }
        this.stopCapture();
    }
    text(text) {
        const testCase = this.testCase;
        if (testCase === undefined || this.capture === undefined)
            return;
        switch (this.capture) {
            case 'stack':
                (testCase.stack ??= new TextExcerpt(REPORT_TEXT_CAPS.stack * 2)).append(text);
                return;
            case 'stdout':
                (testCase.stdout ??= new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true)).append(text);
                return;
            case 'stderr':
                (testCase.stderr ??= new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true)).append(text);
                return;
            case 'skip':
                (testCase.skipBody ??= new TextExcerpt(REPORT_TEXT_CAPS.message * 2)).append(text);
                return;
            case 'retry-stack':
                (testCase.retryStack ??= new TextExcerpt(REPORT_TEXT_CAPS.stack * 2)).append(text);
                return;
        }
    }
    startCapture(target) {
        this.capture = target;
        this.tokenizer.captureText = true;
    }
    stopCapture() {
        this.capture = undefined;
        this.tokenizer.captureText = false;
    }
    startTestCase(attributes) {
        const className = attributes.get('classname') || attributes.get('class') || '';
        const suiteChain = this.suites.map((suite) => suite.name).filter((name) => name !== '');
        const file = attributes.get('file') ?? attributes.get('filepath') ?? this.suites.findLast((suite) => suite.file !== undefined)?.file;
        const statusAttribute = (attributes.get('status') ?? attributes.get('result') ?? '').toLowerCase();
        const raw = {
            suite: className !== '' ? className : suiteChain.join(' > '),
            name: attributes.get('name') ?? '',
            status: SKIPPED_STATUS_VALUES.has(statusAttribute) ? 'skipped' : 'passed',
        };
        if (file !== undefined)
            raw.file = file;
        const line = lineNumber(attributes.get('line') ?? attributes.get('lineno'));
        if (line !== undefined)
            raw.line = line;
        const durationMs = secondsToMilliseconds(attributes.get('time'));
        if (durationMs !== undefined)
            raw.durationMs = durationMs;
        this.testCase = { raw, flakyStatuses: [], rerunStatuses: [], retryDepth: 0 };
    }
    finishTestCase(testCase) {
        this.testCase = undefined;
        this.stopCapture();
        const raw = testCase.raw;
        const body = testCase.stack?.text();
        if (body !== undefined)
            raw.stack = body;
        if (raw.status === 'skipped' && raw.message === undefined)
            raw.message = testCase.skipBody?.text();
        if (raw.status === 'passed' && testCase.flakyStatuses.length > 0) {
            // Surefire: the test passed on a rerun after these failures. Their message explains the flakiness.
            raw.retries = testCase.flakyStatuses;
            raw.message = testCase.retryMessage;
            const retryStack = testCase.retryStack?.text();
            if (retryStack !== undefined)
                raw.stack = retryStack;
        }
        else if ((raw.status === 'failed' || raw.status === 'errored') && testCase.rerunStatuses.length > 0) {
            const executions = [raw.status, ...testCase.rerunStatuses];
            raw.status = executions.at(-1);
            raw.retries = executions.slice(0, -1);
        }
        const typeOnly = raw.message !== undefined && /^[\w.\\$]+(Exception|Error)$/.test(raw.message) && raw.stack !== undefined;
        if ((raw.status === 'failed' || raw.status === 'errored') && (raw.message === undefined || GENERIC_MESSAGE.test(raw.message) || typeOnly)) {
            // No message, or only a word like go-junit-report's "Failed": the body says more. PHPUnit's
            // body starts with the test's own name, which is no message either.
            raw.message = firstLine(raw.stack, `::${raw.name}`) ?? raw.message;
        }
        if (raw.status === 'failed' || raw.status === 'errored' || raw.retries !== undefined) {
            const stdout = testCase.stdout?.text();
            if (stdout !== undefined)
                raw.stdout = stdout;
            const stderr = testCase.stderr?.text();
            if (stderr !== undefined)
                raw.stderr = stderr;
        }
        this.context.emit(finishTestCase(raw, this.context));
    }
}
function isFailing(testCase) {
    return testCase.raw.status === 'failed' || testCase.raw.status === 'errored' || testCase.flakyStatuses.length > 0 || testCase.rerunStatuses.length > 0;
}
const GENERIC_MESSAGE = /^\s*(failed|failure|error|errored|)\s*$/i;
function firstLine(text, skipContaining) {
    if (text === undefined)
        return undefined;
    for (const line of text.split('\n', 20)) {
        const trimmed = line.trim();
        if (trimmed === '' || (skipContaining !== undefined && trimmed.includes(skipContaining)))
            continue;
        if (/^(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(trimmed))
            continue; // Go's own progress lines
        return trimmed;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/reports/nunit3-parser.ts




const ERROR_LABELS = new Set(['error', 'cancelled', 'invalid']);
function nunitStatus(result, label) {
    switch (result.toLowerCase()) {
        case 'passed':
        case 'warning':
            return 'passed';
        case 'failed':
            return ERROR_LABELS.has(label.toLowerCase()) ? 'errored' : 'failed';
        default:
            return 'skipped'; // Skipped, Inconclusive (and Ignored/Explicit labels)
    }
}
/**
 * NUnit 3 result XML (`TestResult.xml`): `test-run` > nested `test-suite` > `test-case` with
 * `result`/`label` (Failed with label Error, Cancelled or Invalid is an error), `failure` >
 * `message`/`stack-trace`, `reason` > `message`, `output`. Suite is the test's `classname`.
 */
class Nunit3Parser {
    context;
    format = 'nunit3';
    tokenizer = new XmlTokenizer(this);
    testCase;
    capture;
    constructor(context) {
        this.context = context;
    }
    write(chunk) {
        this.tokenizer.write(chunk);
    }
    end() {
        this.tokenizer.end();
    }
    openTag(name, attributes, selfClosing) {
        const testCase = this.testCase;
        if (testCase === undefined) {
            if (name !== 'test-case')
                return;
            const raw = {
                suite: attributes.get('classname') ?? '',
                name: attributes.get('name') ?? attributes.get('fullname') ?? '',
                status: nunitStatus(attributes.get('result') ?? '', attributes.get('label') ?? ''),
            };
            const durationMs = secondsToMilliseconds(attributes.get('duration'));
            if (durationMs !== undefined)
                raw.durationMs = durationMs;
            if (selfClosing)
                this.context.emit(finishTestCase(raw, this.context));
            else
                this.testCase = { raw, texts: {}, path: [] };
            return;
        }
        if (selfClosing)
            return;
        testCase.path.push(name);
        const parent = testCase.path.at(-2);
        let target;
        if (name === 'message')
            target = parent === 'reason' ? 'reason' : parent === 'failure' ? 'message' : undefined;
        else if (name === 'stack-trace' && parent === 'failure')
            target = 'stack';
        else if (name === 'output' && parent === undefined)
            target = 'output';
        if (target !== undefined) {
            this.capture = target;
            this.tokenizer.captureText = true;
        }
    }
    closeTag(name) {
        const testCase = this.testCase;
        if (testCase === undefined)
            return;
        if (name === 'test-case' && testCase.path.length === 0) {
            this.testCase = undefined;
            this.capture = undefined;
            this.tokenizer.captureText = false;
            const raw = testCase.raw;
            const failing = raw.status === 'failed' || raw.status === 'errored';
            const message = (failing ? testCase.texts.message : testCase.texts.reason)?.text() ?? testCase.texts.message?.text();
            if (message !== undefined)
                raw.message = message;
            const stack = testCase.texts.stack?.text();
            if (stack !== undefined)
                raw.stack = stack;
            const output = testCase.texts.output?.text();
            if (output !== undefined && failing)
                raw.stdout = output;
            this.context.emit(finishTestCase(raw, this.context));
            return;
        }
        testCase.path.pop();
        this.capture = undefined;
        this.tokenizer.captureText = false;
    }
    text(text) {
        const testCase = this.testCase;
        if (testCase === undefined || this.capture === undefined)
            return;
        const cap = this.capture === 'stack' ? REPORT_TEXT_CAPS.stack * 2 : this.capture === 'output' ? REPORT_TEXT_CAPS.output * 2 : REPORT_TEXT_CAPS.message * 2;
        (testCase.texts[this.capture] ??= new TextExcerpt(cap, this.capture === 'output')).append(text);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/reports/tap-parser.ts




const TEST_POINT = /^(not )?ok\b(?:\s+(\d+))?(?:\s*-)?\s*(.*?)\s*$/;
const DIRECTIVE = /\s#\s*(skip|todo)\S*\s*(.*)$/i;
const PLAN = /^1\.\.(\d+)/;
const SUBTEST = /^#\s*Subtest:\s*(.*)$/;
/** Diagnostics larger than this are not parsed as YAML (their first part is kept as the stack). */
const MAX_YAML_LENGTH = 64 * 1024;
function indentOf(line) {
    let index = 0;
    while (index < line.length && (line[index] === ' ' || line[index] === '\t'))
        index += 1;
    return index;
}
/**
 * TAP 13 and 14: test points (`ok`/`not ok`, `# SKIP`, `# TODO`), YAML diagnostics between `---`
 * and `...`, and subtests (TAP 14 indentation, `# Subtest: name`). A test point that has subtests
 * is a suite, not a test, unless it failed with none of its subtests failing (a failing hook).
 * A stream that ends before its plan is complete, or inside a YAML block, is truncated.
 */
class TapParser {
    context;
    format = 'tap';
    lines;
    subtestNames = new Map();
    /** Per indentation: whether test points were seen there, and whether one failed, since the parent's last test point. */
    childStates = new Map();
    pending;
    plan;
    topLevelTests = 0;
    topLevelIndent;
    constructor(context) {
        this.context = context;
        this.lines = new LineSplitter((line, number) => this.onLine(line, number));
    }
    write(chunk) {
        this.lines.write(chunk);
    }
    end() {
        this.lines.end();
        const pending = this.pending;
        if (pending?.yamlIndent !== undefined) {
            this.flush();
            throw LineSplitter.errorAt("the stream ends inside a YAML diagnostics block (no '...'): truncated", this.lines.currentLine + 1);
        }
        this.flush();
        if (this.plan !== undefined && this.topLevelTests < this.plan) {
            throw LineSplitter.errorAt(`the plan announced ${this.plan} tests but only ${this.topLevelTests} were reported: truncated`, this.lines.currentLine + 1);
        }
    }
    onLine(line, number) {
        const pending = this.pending;
        const indent = indentOf(line);
        const content = line.slice(indent);
        if (pending !== undefined && pending.yamlIndent !== undefined) {
            if (content === '...' && indent === pending.yamlIndent) {
                pending.yamlIndent = undefined;
                this.flush();
                return;
            }
            pending.yamlLength += line.length + 1;
            (pending.yaml ??= new TextExcerpt(MAX_YAML_LENGTH)).append(`${line.slice(Math.min(indent, pending.yamlIndent))}\n`);
            return;
        }
        if (pending !== undefined && content === '---' && indent > pending.indent) {
            pending.yamlIndent = indent;
            return;
        }
        this.flush();
        const subtest = SUBTEST.exec(content);
        if (subtest !== null) {
            this.subtestNames.set(indent, subtest[1].trim());
            for (const key of [...this.subtestNames.keys()])
                if (key > indent)
                    this.subtestNames.delete(key);
            return;
        }
        const plan = PLAN.exec(content);
        if (plan !== null) {
            if (indent === (this.topLevelIndent ?? indent) && indent === 0)
                this.plan = Number(plan[1]);
            return;
        }
        if (/^Bail out!/i.test(content))
            return;
        const point = TEST_POINT.exec(content);
        if (point === null)
            return;
        this.onTestPoint(indent, point, number);
    }
    onTestPoint(indent, point, _number) {
        if (indent === 0 || this.topLevelIndent === indent) {
            this.topLevelIndent = indent;
            this.topLevelTests += 1;
        }
        let description = point[3] ?? '';
        let status = point[1] === undefined ? 'passed' : 'failed';
        let message;
        const directive = DIRECTIVE.exec(description);
        if (directive !== null) {
            description = description.slice(0, directive.index).trim();
            status = 'skipped';
            message = directive[2]?.trim() || directive[1].toUpperCase();
        }
        // Children of this test point sit deeper; their state tells whether this is a suite.
        let childFailed = false;
        let isParent = false;
        for (const [childIndent, state] of [...this.childStates]) {
            if (childIndent <= indent)
                continue;
            isParent = true;
            childFailed ||= state.failed;
            this.childStates.delete(childIndent);
        }
        const here = this.childStates.get(indent) ?? { failed: false };
        here.failed ||= status === 'failed';
        this.childStates.set(indent, here);
        const suite = [...this.subtestNames]
            .filter(([subtestIndent]) => subtestIndent < indent)
            .sort(([left], [right]) => left - right)
            .map(([, name]) => name)
            .join(' > ');
        for (const key of [...this.subtestNames.keys()])
            if (key >= indent)
                this.subtestNames.delete(key);
        const raw = { suite, name: description.replace(/^-\s*/, '') || `test ${point[2] ?? ''}`.trim(), status };
        if (message !== undefined)
            raw.message = message;
        // A suite that failed because a subtest failed is not a test of its own.
        this.pending = { indent, raw, isParent: isParent && (status !== 'failed' || childFailed), yamlLength: 0 };
    }
    flush() {
        const pending = this.pending;
        if (pending === undefined)
            return;
        this.pending = undefined;
        if (pending.isParent)
            return;
        const raw = pending.raw;
        if (pending.yaml !== undefined)
            applyDiagnostics(raw, pending.yaml.text(), pending.yamlLength <= MAX_YAML_LENGTH);
        this.context.emit(finishTestCase(raw, this.context));
    }
}
/** Message, stack, place and duration from a YAML diagnostics block (node:test, node-tap and TAP 13 conventions). */
function applyDiagnostics(raw, yamlText, complete) {
    let diagnostics = {};
    if (complete) {
        try {
            const parsed = (0,dist/* parse */.qg)(yamlText, { maxAliasCount: 100, prettyErrors: false });
            if (typeof parsed === 'object' && parsed !== null)
                diagnostics = parsed;
        }
        catch {
            // Diagnostics that are not YAML are kept as text.
        }
    }
    const field = (name) => {
        const value = diagnostics[name];
        return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    };
    const error = diagnostics['error'];
    const errorRecord = typeof error === 'object' && error !== null ? error : undefined;
    const message = field('message') ?? (typeof error === 'string' ? error : typeof errorRecord?.['message'] === 'string' ? errorRecord['message'] : undefined);
    if (raw.status !== 'skipped' && message !== undefined)
        raw.message = message;
    const stack = field('stack') ?? (typeof errorRecord?.['stack'] === 'string' ? errorRecord['stack'] : undefined);
    raw.stack = stack ?? (Object.keys(diagnostics).length === 0 ? yamlText : undefined);
    const duration = Number(diagnostics['duration_ms']);
    if (Number.isFinite(duration))
        raw.durationMs = duration;
    const location = field('location');
    const at = diagnostics['at'];
    if (location !== undefined) {
        const match = /^(.*?):(\d+)(?::\d+)?$/.exec(location);
        if (match !== null) {
            raw.file = match[1];
            raw.line = Number(match[2]);
        }
    }
    else if (typeof at === 'object' && at !== null) {
        const atRecord = at;
        if (typeof atRecord['file'] === 'string')
            raw.file = atRecord['file'];
        const line = lineNumber(typeof atRecord['line'] === 'number' ? atRecord['line'] : undefined);
        if (line !== undefined)
            raw.line = line;
    }
    if (raw.stack === undefined && raw.status === 'failed')
        raw.stack = yamlText;
}

;// CONCATENATED MODULE: ./src/core/reports/trx-parser.ts




/**
 * Results wait for the class names in `TestDefinitions`, which vstest writes after `Results`; at
 * most this many wait, the rest are emitted without a class name so memory stays bounded.
 */
const MAX_WAITING_RESULTS = 50_000;
const MAX_DEFINITIONS = 1_000_000;
const OUTCOMES = {
    passed: 'passed',
    passedbutrunaborted: 'passed',
    warning: 'passed',
    failed: 'failed',
    error: 'errored',
    timeout: 'errored',
    aborted: 'errored',
    disconnected: 'errored',
};
/** `hh:mm:ss.fffffff` to milliseconds. */
function trxDuration(text) {
    const match = text === undefined ? null : /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text);
    if (match === null)
        return undefined;
    return Math.round((Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])) * 1_000_000) / 1000;
}
/**
 * Visual Studio / vstest TRX: `UnitTestResult` (`outcome` Passed, Failed, Error, Timeout,
 * NotExecuted, Inconclusive…) with `Output` > `StdOut`/`StdErr`/`ErrorInfo` > `Message`/
 * `StackTrace`; data-driven rows in `InnerResults` count, their parent does not. The suite is the
 * class from `TestDefinitions` > `UnitTest` > `TestMethod className`.
 */
class TrxParser {
    context;
    format = 'trx';
    tokenizer = new XmlTokenizer(this);
    results = [];
    waiting = [];
    classNames = new Map();
    definitionId;
    capture;
    constructor(context) {
        this.context = context;
    }
    write(chunk) {
        this.tokenizer.write(chunk);
    }
    end() {
        try {
            this.tokenizer.end();
        }
        finally {
            this.flushWaiting();
        }
    }
    openTag(name, attributes, selfClosing) {
        switch (name) {
            case 'UnitTestResult': {
                const parent = this.results.at(-1);
                if (parent !== undefined)
                    parent.hasInnerResults = true;
                const outcome = (attributes.get('outcome') ?? '').toLowerCase();
                const raw = { suite: '', name: attributes.get('testName') ?? '', status: OUTCOMES[outcome] ?? 'skipped' };
                const durationMs = trxDuration(attributes.get('duration'));
                if (durationMs !== undefined)
                    raw.durationMs = durationMs;
                const state = { raw, testId: attributes.get('testId') ?? '', texts: {}, hasInnerResults: false, outcome: attributes.get('outcome') ?? '' };
                if (selfClosing)
                    this.finishResult(state);
                else
                    this.results.push(state);
                return;
            }
            case 'UnitTest':
                this.definitionId = attributes.get('id');
                return;
            case 'TestMethod': {
                const className = attributes.get('className');
                if (this.definitionId !== undefined && className !== undefined && this.classNames.size < MAX_DEFINITIONS) {
                    this.classNames.set(this.definitionId, className.replace(/,.*$/, ''));
                }
                return;
            }
            case 'Message':
            case 'StackTrace':
            case 'StdOut':
            case 'StdErr':
                if (this.results.length > 0 && !selfClosing) {
                    this.capture = name === 'Message' ? 'message' : name === 'StackTrace' ? 'stack' : name === 'StdOut' ? 'stdout' : 'stderr';
                    this.tokenizer.captureText = true;
                }
                return;
            default:
                return;
        }
    }
    closeTag(name) {
        if (name === 'UnitTestResult') {
            const state = this.results.pop();
            if (state !== undefined)
                this.finishResult(state);
        }
        else if (name === 'TestDefinitions') {
            this.flushWaiting();
        }
        this.capture = undefined;
        this.tokenizer.captureText = false;
    }
    text(text) {
        const state = this.results.at(-1);
        if (state === undefined || this.capture === undefined)
            return;
        const cap = this.capture === 'stack' ? REPORT_TEXT_CAPS.stack * 2 : this.capture === 'message' ? REPORT_TEXT_CAPS.message * 2 : REPORT_TEXT_CAPS.output * 2;
        (state.texts[this.capture] ??= new TextExcerpt(cap, this.capture === 'stdout' || this.capture === 'stderr')).append(text);
    }
    finishResult(state) {
        // A data-driven parent: its rows were counted.
        if (state.hasInnerResults)
            return;
        const raw = state.raw;
        for (const field of ['message', 'stack', 'stdout', 'stderr']) {
            const value = state.texts[field]?.text();
            if (value !== undefined)
                raw[field] = value;
        }
        state.texts = {};
        if (raw.message === undefined && raw.status !== 'passed')
            raw.message = `outcome: ${state.outcome}`;
        if (this.classNames.has(state.testId) || this.waiting.length >= MAX_WAITING_RESULTS) {
            this.emit(state);
            return;
        }
        this.waiting.push(state);
    }
    flushWaiting() {
        for (const state of this.waiting)
            this.emit(state);
        this.waiting.length = 0;
    }
    emit(state) {
        state.raw.suite = this.classNames.get(state.testId) ?? '';
        this.context.emit(finishTestCase(state.raw, this.context));
    }
}

;// CONCATENATED MODULE: ./src/core/reports/report-format-detection.ts
/** How much of the start of a report `detectReportFormat` wants to see (fewer characters when the report is shorter). */
const DETECTION_HEAD_LENGTH = 8192;
const XML_ROOTS = {
    testsuites: 'junit-xml',
    testsuite: 'junit-xml',
    TestRun: 'trx',
    'test-run': 'nunit3',
};
/**
 * The report format, from the first characters of the content (never from the file name): the
 * XML root element, the TAP version line or first test line, or the keys of the first JSON object.
 * `undefined` when nothing matches.
 */
function detectReportFormat(head) {
    const text = head.replace(/^\ufeff/, '').trimStart();
    if (text.startsWith('<'))
        return detectXml(text);
    if (text.startsWith('{') || text.startsWith('['))
        return detectJson(text);
    // `go test -json 2>&1` may start with plain lines ("go: downloading …") before the events.
    const firstEvent = /^\{"(?:Time|Action|ImportPath)":.*"Action"\s*:/m.exec(text);
    if (firstEvent !== null)
        return 'go-test-json';
    return detectTap(text);
}
function detectXml(text) {
    // Comments may hold anything, including '<testsuite'; drop them, then skip declarations.
    const withoutComments = text.replace(/<!--[\s\S]*?-->/g, '');
    const root = /<([A-Za-z_][\w.:-]*)/.exec(withoutComments.replace(/<![^>]*>|<\?[\s\S]*?\?>/g, ''));
    if (root === null)
        return undefined;
    const name = root[1].includes(':') ? root[1].slice(root[1].indexOf(':') + 1) : root[1];
    return Object.hasOwn(XML_ROOTS, name) ? XML_ROOTS[name] : undefined;
}
function detectTap(text) {
    for (const line of text.split('\n', 50)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        return /^(TAP version \d+|1\.\.\d+|(not )?ok\b)/.test(trimmed) ? 'tap' : undefined;
    }
    return undefined;
}
function detectJson(text) {
    const newline = text.indexOf('\n');
    const firstLine = newline === -1 ? text : text.slice(0, newline);
    // Line-based event streams: one object per line.
    if (/^\{\s*"(Time|Action|Package|ImportPath|Test)"\s*:/.test(firstLine) && /"Action"\s*:/.test(firstLine))
        return 'go-test-json';
    if (/"protocolVersion"\s*:/.test(firstLine) || /^\{.*"type"\s*:\s*"(start|allSuites|suite|group|testStart|print|error|testDone|done|debug)"/.test(firstLine)) {
        return 'dart-json';
    }
    if (/"(numTotalTests|numTotalTestSuites|numFailedTests|testResults)"\s*:/.test(text))
        return 'jest-json';
    if (/"stats"\s*:\s*\{/.test(text) && /"(passes|pending|suites)"\s*:/.test(text))
        return 'mocha-json';
    if (/"examples"\s*:\s*\[/.test(text) || /"summary_line"\s*:/.test(text))
        return 'rspec-json';
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/reports/parse-report.ts









const KNOWN_FORMATS = 'JUnit XML, TAP, go test -json, Jest/Vitest JSON, Mocha JSON, .NET TRX, NUnit 3, RSpec JSON or Dart JSON';
/** A parser for a detected format. */
function createReportParser(format, context, maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH) {
    switch (format) {
        case 'junit-xml':
            return new JunitXmlParser(context);
        case 'trx':
            return new TrxParser(context);
        case 'nunit3':
            return new Nunit3Parser(context);
        case 'tap':
            return new TapParser(context);
        case 'go-test-json':
            return new GoTestJsonParser(context);
        case 'dart-json':
            return new DartJsonParser(context);
        case 'jest-json':
        case 'mocha-json':
        case 'rspec-json':
            return new JsonDocumentParser(format, context, maxDocumentLength);
    }
}
/** Text from bytes or strings, decoding UTF-8 or (with a byte-order mark) UTF-16, a piece at a time. */
async function* decodedText(source) {
    let decoder;
    for await (const piece of source) {
        if (typeof piece === 'string') {
            yield piece;
            continue;
        }
        if (decoder === undefined) {
            const encoding = piece[0] === 0xff && piece[1] === 0xfe ? 'utf-16le' : piece[0] === 0xfe && piece[1] === 0xff ? 'utf-16be' : 'utf-8';
            decoder = new TextDecoder(encoding);
        }
        const text = decoder.decode(piece, { stream: true });
        if (text.length > 0)
            yield text;
    }
    if (decoder !== undefined) {
        const rest = decoder.decode();
        if (rest.length > 0)
            yield rest;
    }
}
/**
 * Parses one report from a stream of pieces (strings or bytes), never holding the whole report:
 * detects the format from the first characters, then streams the rest through that format's
 * parser. A malformed or truncated report stops with `error` naming the position; the test cases
 * emitted before that point still count.
 */
async function parseReport(source, options) {
    let tests = 0;
    const context = {
        emit: (result) => {
            tests += 1;
            options.emit(result);
        },
        ...(options.sourceRoot === undefined ? {} : { sourceRoot: options.sourceRoot }),
    };
    const pieces = decodedText(source)[Symbol.asyncIterator]();
    let head = '';
    let done = false;
    while (head.length < DETECTION_HEAD_LENGTH) {
        const next = await pieces.next();
        if (next.done === true) {
            done = true;
            break;
        }
        head += next.value;
    }
    if (head.startsWith('\ufeff'))
        head = head.slice(1);
    if (head.trim() === '')
        return { format: 'unknown', tests: 0, error: 'the file is empty' };
    const format = detectReportFormat(head);
    if (format === undefined)
        return { format: 'unknown', tests: 0, error: `not a recognized report format (expected ${KNOWN_FORMATS})` };
    const parser = createReportParser(format, context, options.maxDocumentLength);
    try {
        parser.write(head);
        head = '';
        while (!done) {
            const next = await pieces.next();
            if (next.done === true)
                break;
            parser.write(next.value);
        }
        parser.end();
    }
    catch (error) {
        if (!ReportSyntaxError.isReportSyntaxError(error))
            throw error;
        await pieces.return?.(undefined);
        return { format, tests, error: error.message };
    }
    return { format, tests };
}

// EXTERNAL MODULE: ./src/core/reports/test-report.ts
var test_report = __webpack_require__(4318);
;// CONCATENATED MODULE: ./src/core/reports/test-outcome-collector.ts


// Per test, one small integer: the last status (2 bits), the statuses seen (4 bits), the executions.
const STATUS_BITS = 2;
const SEEN_SHIFT = 2;
const COUNT_SHIFT = 6;
const SEEN_PASSED = 1 << SEEN_SHIFT;
const SEEN_FAILING = (1 << (SEEN_SHIFT + 1)) | (1 << (SEEN_SHIFT + 2));
const STATUS_INDEX = { passed: 0, failed: 1, errored: 2, skipped: 3 };
function test_outcome_collector_isFailing(status) {
    return status === 'failed' || status === 'errored';
}
/**
 * Folds test case executions into one outcome per test id: retries of the same id (a rerun in
 * the same report, another report of the same run, Surefire's `flakyFailure`) become one test,
 * flaky when it both failed (or errored) and passed. Memory stays bounded: a test that never
 * failed costs its id and one number; full details are kept only for failures, up to a cap.
 */
class TestOutcomeCollector {
    states = new Map();
    details = new Map();
    maxFailures;
    constructor(options = {}) {
        this.maxFailures = options.maxFailures ?? 10_000;
    }
    add(result) {
        const previous = this.states.get(result.id);
        // The common case: a first execution, no retries recorded, not failing. One number, nothing else.
        if (previous === undefined && result.retries === undefined && !test_outcome_collector_isFailing(result.status)) {
            const index = STATUS_INDEX[result.status];
            this.states.set(result.id, index | (1 << (SEEN_SHIFT + index)) | (1 << COUNT_SHIFT));
            return;
        }
        const executions = [...(result.retries ?? []), result.status];
        let state = previous ?? 0;
        const previousCount = previous === undefined ? 0 : state >>> COUNT_SHIFT;
        for (const status of executions)
            state = (state & ~((1 << STATUS_BITS) - 1)) | STATUS_INDEX[status] | (1 << (SEEN_SHIFT + STATUS_INDEX[status]));
        state = (state & ((1 << COUNT_SHIFT) - 1)) | ((previousCount + executions.length) << COUNT_SHIFT);
        this.states.set(result.id, state);
        const known = this.details.get(result.id);
        if (known !== undefined) {
            mergeExecution(known, result, executions);
            return;
        }
        if (!executions.some(test_outcome_collector_isFailing))
            return;
        // Past the cap the test still counts in the totals; only its details are not kept.
        if (this.details.size >= this.maxFailures)
            return;
        // Earlier executions of this id all had one status (or the test would be here already).
        const earlier = previous === undefined ? [] : Array(previousCount).fill(test_report/* TEST_STATUSES */.e[previous & 3]);
        const outcome = { ...result, attempts: [...earlier, ...executions], flaky: false };
        delete outcome.retries;
        if (result.retries !== undefined)
            outcome.retries = [...earlier, ...result.retries];
        else if (earlier.length > 0)
            outcome.retries = earlier;
        outcome.flaky = outcome.attempts.includes('passed') && outcome.attempts.some(test_outcome_collector_isFailing);
        this.details.set(result.id, outcome);
    }
    /** Totals over every test, and the failures with their signatures. */
    result() {
        const totals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
        for (const state of this.states.values()) {
            totals.tests += 1;
            if ((state & SEEN_PASSED) !== 0 && (state & SEEN_FAILING) !== 0)
                totals.flaky += 1;
            else
                totals[test_report/* TEST_STATUSES */.e[state & 3]] += 1;
        }
        const failures = [];
        for (const outcome of this.details.values()) {
            if (!outcome.flaky && !test_outcome_collector_isFailing(outcome.status))
                continue;
            failures.push({ ...outcome, signature: outcome.signature ?? failureSignature(outcome) });
        }
        return { totals, failures, failuresOmitted: totals.failed + totals.errored + totals.flaky - failures.length };
    }
}
/** A later execution of a test already kept: the last status wins, the details of the last failure are kept. */
function mergeExecution(outcome, result, executions) {
    outcome.retries = [...outcome.attempts];
    outcome.attempts.push(...executions);
    outcome.retries.push(...executions.slice(0, -1));
    outcome.status = result.status;
    outcome.flaky = outcome.attempts.includes('passed') && outcome.attempts.some(test_outcome_collector_isFailing);
    if (result.durationMs !== undefined)
        outcome.durationMs = result.durationMs;
    if (!executions.some(test_outcome_collector_isFailing))
        return;
    for (const field of ['message', 'stack', 'stdout', 'stderr', 'file', 'line']) {
        if (result[field] !== undefined)
            outcome[field] = result[field];
    }
    delete outcome.signature;
}

// EXTERNAL MODULE: ./src/adapters/system-error-code.ts
var system_error_code = __webpack_require__(89792);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/policy/path-glob.ts
var path_glob = __webpack_require__(24086);
// EXTERNAL MODULE: ./src/adapters/workspace-path.ts
var workspace_path = __webpack_require__(32241);
;// CONCATENATED MODULE: ./src/adapters/reports/report-file-search.ts





// Never searched unless a pattern starts inside them: version-control internals and installed packages.
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
/** The segments of a pattern before its first glob character: where the search can start. */
function literalPrefix(pattern) {
    const segments = pattern.replace(/^\.\//, '').split('/');
    const literal = [];
    for (const segment of segments.slice(0, -1)) {
        if (/[*?[{]/.test(segment) || segment === '' || segment === '.')
            break;
        literal.push(segment);
    }
    return literal.join('/');
}
/**
 * Finds report files matching globs under a root. Symlinked directories are not entered; a
 * symlinked file is followed only when its target is inside the root (else it is listed as
 * refused). `.git` and `node_modules` are skipped unless a pattern starts inside them.
 */
async function findReportFiles(options) {
    let root;
    try {
        root = await (0,promises_.realpath)(external_node_path_default().resolve(options.root));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`The report root '${options.root}' cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`, { where: options.root, cause: error });
    }
    const globs = options.patterns.map((pattern) => {
        try {
            return (0,path_glob/* compilePathGlob */.x)(pattern);
        }
        catch (error) {
            throw new errors/* InputError */.dz((0,errors/* errorMessage */.gJ)(error), { where: pattern });
        }
    });
    const maxFiles = options.maxFiles ?? 10_000;
    const maxDirectories = options.maxDirectories ?? 100_000;
    const found = new Map();
    const matchedPatterns = new Set();
    const starts = [...new Set(options.patterns.map(literalPrefix))].sort();
    const visited = new Set();
    let directories = 0;
    const visit = async (relativeDirectory) => {
        if (visited.has(relativeDirectory))
            return;
        visited.add(relativeDirectory);
        directories += 1;
        if (directories > maxDirectories)
            throw new errors/* InputError */.dz(`The report search visited more than ${maxDirectories} directories; use narrower patterns`);
        let directory;
        try {
            directory = await (0,promises_.opendir)(external_node_path_default().join(root, relativeDirectory));
        }
        catch {
            return; // a start directory that does not exist, or one we may not read: nothing matches there
        }
        const subdirectories = [];
        for await (const entry of directory) {
            const relative = relativeDirectory === '' ? entry.name : `${relativeDirectory}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    subdirectories.push(relative);
                continue;
            }
            if (!entry.isFile() && !entry.isSymbolicLink())
                continue;
            const matching = globs.flatMap((glob, index) => (glob.matches(relative) ? [index] : []));
            if (matching.length === 0)
                continue;
            for (const index of matching)
                matchedPatterns.add(index);
            found.set(relative, entry.isFile() ? { path: relative, absolute: external_node_path_default().join(root, relative) } : await followLink(root, relative));
            if (found.size > maxFiles)
                throw new errors/* InputError */.dz(`The report patterns match more than ${maxFiles} files; use narrower patterns`);
        }
        for (const subdirectory of subdirectories.sort())
            await visit(subdirectory);
    };
    for (const start of starts) {
        const confined = start === '' ? undefined : await (0,workspace_path/* confinePath */.ey)(root, start).catch(() => undefined);
        if (start !== '' && (confined === undefined || !confined.exists))
            continue;
        await visit(start);
    }
    return {
        files: [...found.values()].sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0)),
        unmatchedPatterns: options.patterns.filter((_, index) => !matchedPatterns.has(index)),
    };
}
async function followLink(root, relative) {
    try {
        const confined = await (0,workspace_path/* confinePath */.ey)(root, relative);
        return { path: relative, absolute: confined.real };
    }
    catch (error) {
        return { path: relative, refused: `refused: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
}

;// CONCATENATED MODULE: ./src/adapters/reports/read-reports.ts






// O_NOFOLLOW: a file swapped for a symlink after the search is not followed; O_NONBLOCK: a FIFO does not hang the open.
const OPEN_FLAGS = promises_.constants.O_RDONLY | (promises_.constants.O_NOFOLLOW ?? 0) | (promises_.constants.O_NONBLOCK ?? 0);
// 64 KiB pieces: their buffers are reused by the allocator and their strings die young, where
// 1 MiB pieces go to V8's large-object space and raise peak memory by about 80 MB on a 1 GB report.
const READ_CHUNK_BYTES = 64 * 1024;
/**
 * Finds the report files matching `patterns` under `root`, parses each one streaming (format
 * detected from content) and folds retries of the same test. A file that cannot be read, is of
 * an unknown format, malformed or truncated gets an `error` with the position; the test cases
 * read before that still count, and the other files are still read.
 */
async function readReports(options) {
    const found = await findReportFiles({
        root: options.root,
        patterns: options.patterns,
        ...(options.maxFiles === undefined ? {} : { maxFiles: options.maxFiles }),
    });
    const collector = new TestOutcomeCollector(options.maxFailures === undefined ? {} : { maxFailures: options.maxFailures });
    const files = [];
    for (const file of found.files) {
        if (file.absolute === undefined) {
            files.push({ path: file.path, format: 'unknown', tests: 0, error: file.refused ?? 'refused' });
            continue;
        }
        files.push({ path: file.path, ...(await readOneReport(file.absolute, options.sourceRoot ?? options.root, collector)) });
    }
    const collected = collector.result();
    return { totals: collected.totals, failures: collected.failures, files, failuresOmitted: collected.failuresOmitted, unmatchedPatterns: found.unmatchedPatterns };
}
async function readOneReport(absolutePath, sourceRoot, collector) {
    let handle;
    try {
        handle = await (0,promises_.open)(absolutePath, OPEN_FLAGS);
    }
    catch (error) {
        return { format: 'unknown', tests: 0, error: `cannot be read: ${(0,system_error_code/* systemErrorCode */.v)(error) ?? (0,errors/* errorMessage */.gJ)(error)}` };
    }
    try {
        if (!(await handle.stat()).isFile())
            return { format: 'unknown', tests: 0, error: 'not a regular file' };
        const stream = handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES, autoClose: false });
        let tests = 0;
        try {
            const parsed = await parseReport(stream, {
                emit: (result) => {
                    tests += 1;
                    collector.add(result);
                },
                sourceRoot,
            });
            return parsed.error === undefined ? { format: parsed.format, tests: parsed.tests } : { format: parsed.format, tests: parsed.tests, error: parsed.error };
        }
        catch (error) {
            return { format: 'unknown', tests, error: `reading stopped after ${tests} test cases: ${(0,system_error_code/* systemErrorCode */.v)(error) ?? (0,errors/* errorMessage */.gJ)(error)}` };
        }
        finally {
            stream.destroy();
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 4318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ TEST_STATUSES)
/* harmony export */ });
/* unused harmony export REPORT_FORMATS */
/**
 * The normalized test-report model: what every report parser (JUnit XML from any producer, TAP,
 * `go test -json`, Jest/Vitest/Mocha/RSpec/Dart JSON, TRX, NUnit 3) produces, and what triage
 * reads. Parsers stream; they emit one `TestCaseResult` per test case execution and the collector
 * folds retries of the same test into one `TestOutcome`.
 */
/** Status of one execution of a test case. `errored` is JUnit's `<error>` (a crash, not an assertion). */
const TEST_STATUSES = ['passed', 'failed', 'errored', 'skipped'];
/** Report formats recognized from content. */
const REPORT_FORMATS = (/* unused pure expression or super */ null && ([
    'junit-xml',
    'tap',
    'go-test-json',
    'jest-json',
    'mocha-json',
    'trx',
    'nunit3',
    'rspec-json',
    'dart-json',
]));


/***/ })

};
