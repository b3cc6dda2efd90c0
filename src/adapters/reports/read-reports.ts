import { constants, open } from 'node:fs/promises';
import { errorMessage } from '../../core/errors.js';
import { parseReport } from '../../core/reports/parse-report.js';
import { TestOutcomeCollector } from '../../core/reports/test-outcome-collector.js';
import type { ReportFileSummary, TestOutcome, TestTotals } from '../../core/reports/test-report.js';
import { systemErrorCode } from '../system-error-code.js';
import { findReportFiles } from './report-file-search.js';

/** Options for `readReports`. */
export interface ReadReportsOptions {
  /** Directory the patterns are relative to; no file outside it is read (symlinks out are refused). */
  root: string;
  /** Path globs relative to `root`, e.g. `**\/junit*.xml`, `reports/*.json`. */
  patterns: readonly string[];
  /** Absolute path that report file paths are made relative to (default: `root`). */
  sourceRoot?: string;
  /** Most failing or flaky tests kept with details (default 10,000); the rest still count in `totals`. */
  maxFailures?: number;
  /** Most report files read (default 10,000). */
  maxFiles?: number;
}

/** Every matched report, folded into one result. */
export interface ReadReportsResult {
  /** Each test case counted once: passed + failed + errored + skipped + flaky = tests. */
  totals: TestTotals;
  /** Failed, errored or flaky tests, each with its `signature`, in the order they first failed. */
  failures: TestOutcome[];
  /** One entry per matched file, sorted by path; `error` names what went wrong and where. */
  files: ReportFileSummary[];
  /** Failing or flaky tests not in `failures` because `maxFailures` was reached. */
  failuresOmitted: number;
  /** Patterns that matched no file. */
  unmatchedPatterns: string[];
}

// O_NOFOLLOW: a file swapped for a symlink after the search is not followed; O_NONBLOCK: a FIFO does not hang the open.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
// 64 KiB pieces: their buffers are reused by the allocator and their strings die young, where
// 1 MiB pieces go to V8's large-object space and raise peak memory by about 80 MB on a 1 GB report.
const READ_CHUNK_BYTES = 64 * 1024;

/**
 * Finds the report files matching `patterns` under `root`, parses each one streaming (format
 * detected from content) and folds retries of the same test. A file that cannot be read, is of
 * an unknown format, malformed or truncated gets an `error` with the position; the test cases
 * read before that still count, and the other files are still read.
 */
export async function readReports(options: ReadReportsOptions): Promise<ReadReportsResult> {
  const found = await findReportFiles({
    root: options.root,
    patterns: options.patterns,
    ...(options.maxFiles === undefined ? {} : { maxFiles: options.maxFiles }),
  });
  const collector = new TestOutcomeCollector(options.maxFailures === undefined ? {} : { maxFailures: options.maxFailures });
  const files: ReportFileSummary[] = [];
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

async function readOneReport(absolutePath: string, sourceRoot: string, collector: TestOutcomeCollector): Promise<Omit<ReportFileSummary, 'path'>> {
  let handle;
  try {
    handle = await open(absolutePath, OPEN_FLAGS);
  } catch (error) {
    return { format: 'unknown', tests: 0, error: `cannot be read: ${systemErrorCode(error) ?? errorMessage(error)}` };
  }
  try {
    if (!(await handle.stat()).isFile()) return { format: 'unknown', tests: 0, error: 'not a regular file' };
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
    } catch (error) {
      return { format: 'unknown', tests, error: `reading stopped after ${tests} test cases: ${systemErrorCode(error) ?? errorMessage(error)}` };
    } finally {
      stream.destroy();
    }
  } finally {
    await handle.close();
  }
}
