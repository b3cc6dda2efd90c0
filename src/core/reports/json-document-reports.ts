import type { RawTestCase } from './report-parser.js';
import type { TestStatus } from './test-report.js';

/**
 * Mapping of the single-document JSON formats (Jest and Vitest `--json`, Mocha's `json`
 * reporter, RSpec's `--format json`) to raw test cases. The document is parsed whole (bounded in
 * size by `JsonDocumentParser`); these functions only walk it.
 */

type JsonRecord = Record<string, unknown>;

function record(value: unknown): JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const JEST_STATUSES: Readonly<Record<string, TestStatus>> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'skipped',
  skipped: 'skipped',
  todo: 'skipped',
  disabled: 'skipped',
  focused: 'passed',
};

/** Jest and Vitest JSON: `testResults[].assertionResults[]`; a file that failed to run is an errored `file::(file)`. */
export function* jestJsonTestCases(document: unknown): Generator<RawTestCase> {
  for (const fileValue of list(record(document)['testResults'])) {
    const file = record(fileValue);
    const path = text(file['name']) ?? text(file['testFilePath']) ?? '';
    const assertions = list(file['assertionResults'] ?? file['testResults']);
    for (const assertionValue of assertions) {
      const assertion = record(assertionValue);
      const ancestors = list(assertion['ancestorTitles']).filter((title): title is string => typeof title === 'string');
      const status = JEST_STATUSES[text(assertion['status']) ?? ''] ?? 'errored';
      const messages = list(assertion['failureMessages']).filter((message): message is string => typeof message === 'string');
      const raw: RawTestCase = {
        suite: ancestors.length > 0 ? `${path} > ${ancestors.join(' > ')}` : path,
        name: text(assertion['title']) ?? text(assertion['fullName']) ?? '',
        file: path,
        status,
      };
      const location = record(assertion['location']);
      const line = finiteNumber(location['line']);
      if (line !== undefined) raw.line = line;
      const duration = finiteNumber(assertion['duration']);
      if (duration !== undefined) raw.durationMs = duration;
      if (messages.length > 0) {
        raw.stack = messages.join('\n\n');
        raw.message = messages[0]!.split('\n').find((messageLine) => messageLine.trim() !== '')?.trim();
      }
      // Jest's retryTimes: each failed attempt before the last leaves a reason.
      // Jest's retryTimes: every invocation before the last failed (only failures are retried).
      const invocations = finiteNumber(assertion['invocations']) ?? list(assertion['retryReasons']).length + 1;
      if (invocations > 1) raw.retries = Array<TestStatus>(Math.min(invocations - 1, 100)).fill('failed');
      yield raw;
    }
    const fileStatus = text(file['status']);
    const fileMessage = text(file['message']) ?? text(file['failureMessage']);
    if (fileStatus === 'failed' && assertions.length === 0) {
      yield { suite: path, name: '(file)', file: path, status: 'errored', message: fileMessage?.split('\n').find((messageLine) => messageLine.trim() !== '')?.trim() ?? 'the test file failed to run', stack: fileMessage ?? '' };
    }
  }
}

/** Mocha JSON: `tests[]` (each test once), `pending[]`, `failures[]` (hook failures are only there). */
export function* mochaJsonTestCases(document: unknown): Generator<RawTestCase> {
  const root = record(document);
  const key = (test: JsonRecord): string => `${text(test['file']) ?? ''}\u0000${text(test['fullTitle']) ?? ''}`;
  const pending = new Set(list(root['pending']).map((test) => key(record(test))));
  const seen = new Set<string>();
  const failures = list(root['failures']).map(record);
  for (const test of [...list(root['tests']).map(record), ...failures]) {
    const testKey = key(test);
    if (seen.has(testKey)) continue;
    seen.add(testKey);
    const error = record(test['err']);
    const failed = Object.keys(error).length > 0;
    const fullTitle = text(test['fullTitle']) ?? '';
    const title = text(test['title']) ?? fullTitle;
    const suite = fullTitle.endsWith(title) ? fullTitle.slice(0, fullTitle.length - title.length).trim() : '';
    const isHook = /^"(before|after) (all|each)" hook/.test(title);
    const raw: RawTestCase = { suite, name: title, status: failed ? (isHook ? 'errored' : 'failed') : pending.has(testKey) || test['pending'] === true ? 'skipped' : 'passed' };
    const file = text(test['file']);
    if (file !== undefined) raw.file = file;
    const duration = finiteNumber(test['duration']);
    if (duration !== undefined) raw.durationMs = duration;
    if (failed) {
      const message = text(error['message']);
      if (message !== undefined) raw.message = message;
      const stack = text(error['stack']);
      if (stack !== undefined) raw.stack = stack;
    }
    yield raw;
  }
}

const RSPEC_STATUSES: Readonly<Record<string, TestStatus>> = { passed: 'passed', failed: 'failed', pending: 'skipped' };

/** RSpec JSON: `examples[]`; errors outside examples (a file that fails to load) as an errored `(load)` entry. */
export function* rspecJsonTestCases(document: unknown): Generator<RawTestCase> {
  const root = record(document);
  for (const exampleValue of list(root['examples'])) {
    const example = record(exampleValue);
    const description = text(example['description']) ?? '';
    const fullDescription = text(example['full_description']) ?? description;
    const suite = fullDescription.endsWith(description) ? fullDescription.slice(0, fullDescription.length - description.length).trim() : '';
    const raw: RawTestCase = { suite, name: description, status: RSPEC_STATUSES[text(example['status']) ?? ''] ?? 'errored' };
    const id = text(example['id']);
    if (id !== undefined) raw.id = `${suite}::${description}`;
    const file = text(example['file_path']);
    if (file !== undefined) raw.file = file;
    const line = finiteNumber(example['line_number']);
    if (line !== undefined) raw.line = line;
    const runTime = finiteNumber(example['run_time']);
    if (runTime !== undefined) raw.durationMs = Math.round(runTime * 1_000_000) / 1000;
    const exception = record(example['exception']);
    if (Object.keys(exception).length > 0) {
      const className = text(exception['class']);
      const message = text(exception['message']) ?? '';
      raw.message = className === undefined ? message : `${className}: ${message}`;
      raw.stack = list(exception['backtrace']).filter((frame): frame is string => typeof frame === 'string').join('\n');
    }
    const pendingMessage = text(example['pending_message']);
    if (raw.status === 'skipped' && pendingMessage !== undefined) raw.message = pendingMessage;
    yield raw;
  }
  const outside = finiteNumber(record(root['summary'])['errors_outside_of_examples_count']);
  if (outside !== undefined && outside > 0) {
    const messages = list(root['messages']).filter((message): message is string => typeof message === 'string');
    yield { suite: '', name: '(load)', status: 'errored', message: `${outside} error(s) occurred outside of examples`, stack: messages.join('\n') };
  }
}
