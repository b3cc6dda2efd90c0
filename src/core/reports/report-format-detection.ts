import type { ReportFormat } from './test-report.js';

/** How much of the start of a report `detectReportFormat` wants to see (fewer characters when the report is shorter). */
export const DETECTION_HEAD_LENGTH = 8192;

const XML_ROOTS: Readonly<Record<string, ReportFormat>> = {
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
export function detectReportFormat(head: string): ReportFormat | undefined {
  const text = head.replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('<')) return detectXml(text);
  if (text.startsWith('{') || text.startsWith('[')) return detectJson(text);
  // `go test -json 2>&1` may start with plain lines ("go: downloading …") before the events.
  const firstEvent = /^\{"(?:Time|Action|ImportPath)":.*"Action"\s*:/m.exec(text);
  if (firstEvent !== null) return 'go-test-json';
  return detectTap(text);
}

function detectXml(text: string): ReportFormat | undefined {
  // Comments may hold anything, including '<testsuite'; drop them, then skip declarations.
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, '');
  const root = /<([A-Za-z_][\w.:-]*)/.exec(withoutComments.replace(/<![^>]*>|<\?[\s\S]*?\?>/g, ''));
  if (root === null) return undefined;
  const name = root[1]!.includes(':') ? root[1]!.slice(root[1]!.indexOf(':') + 1) : root[1]!;
  return Object.hasOwn(XML_ROOTS, name) ? XML_ROOTS[name] : undefined;
}

function detectTap(text: string): ReportFormat | undefined {
  for (const line of text.split('\n', 50)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return /^(TAP version \d+|1\.\.\d+|(not )?ok\b)/.test(trimmed) ? 'tap' : undefined;
  }
  return undefined;
}

function detectJson(text: string): ReportFormat | undefined {
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  // Line-based event streams: one object per line.
  if (/^\{\s*"(Time|Action|Package|ImportPath|Test)"\s*:/.test(firstLine) && /"Action"\s*:/.test(firstLine)) return 'go-test-json';
  if (/"protocolVersion"\s*:/.test(firstLine) || /^\{.*"type"\s*:\s*"(start|allSuites|suite|group|testStart|print|error|testDone|done|debug)"/.test(firstLine)) {
    return 'dart-json';
  }
  if (/"(numTotalTests|numTotalTestSuites|numFailedTests|testResults)"\s*:/.test(text)) return 'jest-json';
  if (/"stats"\s*:\s*\{/.test(text) && /"(passes|pending|suites)"\s*:/.test(text)) return 'mocha-json';
  if (/"examples"\s*:\s*\[/.test(text) || /"summary_line"\s*:/.test(text)) return 'rspec-json';
  return undefined;
}
