import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedReport } from '../../../src/core/reports/parse-report.js';
import { REPORT_TEXT_CAPS } from '../../../src/core/reports/report-text.js';
import type { TestCaseResult } from '../../../src/core/reports/test-report.js';

const ESC = String.fromCharCode(27);

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let index = 0; index < text.length; index += size) yield text.slice(index, index + size);
}

async function parse(text: string, size = text.length || 1, options: { maxDocumentLength?: number } = {}): Promise<{ report: ParsedReport; results: TestCaseResult[] }> {
  const results: TestCaseResult[] = [];
  const report = await parseReport(pieces(text, size), { emit: (result) => results.push(result), ...options });
  return { report, results };
}

const JUNIT = `<?xml version="1.0"?>
<testsuites>
  <testsuite name="outer">
    <testsuite name="inner">
      <testcase name="passes" time="0.5"/>
      <testcase name="fails" classname="pkg.Class" file="src/a.ts" line="7"><failure message="expected 1">Error: expected 1
    at check (src/a.ts:9:3)</failure><system-out><![CDATA[log ]] still inside <testcase name="fake"/>]]></system-out></testcase>
      <testcase name="skips"><skipped message="later"/></testcase>
    </testsuite>
  </testsuite>
</testsuites>
`;

describe('JUnit XML parsing, streamed', () => {
  it('gives the same results whatever the piece size, down to one character (CDATA, entities and tags split anywhere)', async () => {
    const whole = await parse(JUNIT);
    expect(whole.report).toEqual({ format: 'junit-xml', tests: 3 });
    expect(whole.results.map((result) => [result.id, result.status])).toEqual([
      ['outer > inner::passes', 'passed'],
      ['pkg.Class::fails', 'failed'],
      ['outer > inner::skips', 'skipped'],
    ]);
    expect(whole.results[1]).toMatchObject({ file: 'src/a.ts', line: 7, message: 'expected 1', stdout: 'log ]] still inside <testcase name="fake"/>' });
    expect(whole.results[0]!.durationMs).toBe(500);
    for (const size of [1, 2, 3, 7, 64]) expect((await parse(JUNIT, size)).results).toEqual(whole.results);
  });

  it('a "billion laughs" DOCTYPE is skipped and its entities are never expanded', async () => {
    const entities = Array.from({ length: 9 }, (_, index) => `<!ENTITY lol${index + 1} "${`&lol${index};`.repeat(10)}">`).join('\n');
    const text = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${entities}\n]>\n<testsuite name="&lol9;"><testcase name="&lol9;" classname="c"><failure message="&lol9;"/></testcase></testsuite>`;
    const { report, results } = await parse(text, 5);
    expect(report).toEqual({ format: 'junit-xml', tests: 1 });
    expect(results[0]).toMatchObject({ name: '&lol9;', message: '&lol9;' });
  });

  it('an external entity (XXE) is not resolved', async () => {
    const text = `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><testsuite><testcase classname="c" name="&xxe;"/></testsuite>`;
    expect((await parse(text)).results[0]!.name).toBe('&xxe;');
  });

  it('a huge attribute is capped, and the tests after it still parse', async () => {
    const message = 'A'.repeat(5 * 1024 * 1024);
    const text = `<testsuite><testcase classname="c" name="big"><failure message="${message}"/></testcase><testcase classname="c" name="after"/></testsuite>`;
    // Split across pieces (the character-by-character path) and whole in one piece (the one-step path).
    for (const size of [65_536, text.length]) {
      const { report, results } = await parse(text, size);
      expect(report.tests).toBe(2);
      expect(results[0]!.message!.length).toBeLessThanOrEqual(REPORT_TEXT_CAPS.message + 40);
      expect(results[0]!.message).toMatch(/more characters]$/);
      expect(results[1]!.name).toBe('after');
    }
  });

  it('invalid XML characters and ANSI escapes (raw or as character references) are removed', async () => {
    const text = `<testsuite><testcase classname="c" name="n\u0001ame"><failure message="&#27;[31mred&#27;[0m &#0;zero">${ESC}[1mbold${ESC}[0m\u0000 body</failure></testcase></testsuite>`;
    const { report, results } = await parse(text);
    expect(report.error).toBeUndefined();
    expect(results[0]).toMatchObject({ name: 'name', message: 'red zero', stack: 'bold body' });
  });

  it('a truncated report keeps what was read before, with the line and column where it ended', async () => {
    const cut = JUNIT.slice(0, JUNIT.indexOf('<skipped'));
    const { report, results } = await parse(cut, 16);
    expect(results.map((result) => result.name)).toEqual(['passes', 'fails']);
    expect(report.tests).toBe(2);
    expect(report.error).toMatch(/^line 8, column \d+: the file ends inside <testsuites> <testsuite> <testsuite> <testcase>: truncated$/);
  });

  it('a mismatched end tag is reported with its position', async () => {
    const text = '<testsuite>\n  <testcase classname="c" name="one"/>\n  <testcase classname="c" name="two">\n  </testsuite>';
    const { report, results } = await parse(text);
    expect(results).toHaveLength(1);
    expect(report.error).toBe('line 4, column 14: end tag </testsuite> does not match <testcase>');
  });

  it('a CDATA section that never ends is truncated, not read into memory whole', async () => {
    const { report } = await parse(`<testsuite><testcase classname="c" name="x"><failure><![CDATA[${'x'.repeat(100_000)}`, 4096);
    expect(report.error).toMatch(/CDATA section \(no '\]\]>'\)/);
  });

  it('nesting deeper than the limit is refused', async () => {
    const { report } = await parse(`<testsuites>${'<testsuite>'.repeat(600)}`);
    expect(report.error).toMatch(/nested deeper than 512/);
  });

  it('a comment that mentions <testcase> before the root does not confuse detection', async () => {
    const { report } = await parse('<!-- <TestRun> <testcase> --><?xml-stylesheet x?><testsuite><testcase classname="c" name="x"/></testsuite>');
    expect(report).toEqual({ format: 'junit-xml', tests: 1 });
  });

  it('UTF-16 with a byte-order mark (as Visual Studio may write TRX) is decoded', async () => {
    const text = '\ufeff<TestRun><Results><UnitTestResult testId="1" testName="Works" outcome="Passed"/></Results></TestRun>';
    const bytes = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index += 1) {
      bytes[index * 2] = text.charCodeAt(index) & 0xff;
      bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
    }
    async function* byteChunks() {
      for (let index = 0; index < bytes.length; index += 3) yield bytes.slice(index, index + 3);
    }
    const results: TestCaseResult[] = [];
    const report = await parseReport(byteChunks(), { emit: (result) => results.push(result) });
    expect(report).toEqual({ format: 'trx', tests: 1 });
    expect(results[0]).toMatchObject({ name: 'Works', status: 'passed' });
  });
});

describe('format detection and the other formats under bad input', () => {
  it('an empty file and an unknown format are reported, not thrown', async () => {
    expect((await parse('  \n')).report).toEqual({ format: 'unknown', tests: 0, error: 'the file is empty' });
    expect((await parse('<html><body>hi</body></html>')).report.error).toMatch(/^not a recognized report format/);
    expect((await parse('{"some": "json"}')).report.format).toBe('unknown');
  });

  it('truncated Jest JSON names the position; what the whole document holds is not guessed', async () => {
    const { report, results } = await parse('{"numTotalTests":1,"testResults":[{"name":"/a.test.js","assertionResults":[{"title":"x","status":"passed"', 7);
    expect(results).toEqual([]);
    expect(report.format).toBe('jest-json');
    expect(report.error).toMatch(/^line 1, column \d+: truncated JSON/);
  });

  it('a single-document JSON report over the bound is refused with the bound named', async () => {
    const text = `{"numTotalTests":0,"testResults":[],"padding":"${'x'.repeat(5000)}"}`;
    const { report } = await parse(text, 1000, { maxDocumentLength: 4096 });
    expect(report.error).toMatch(/may be at most 4096 characters/);
  });

  it('TAP that ends before its plan is truncated; the tests read still count', async () => {
    const { report, results } = await parse('TAP version 13\n1..3\nok 1 - one\nnot ok 2 - two\n', 5);
    expect(results.map((result) => result.status)).toEqual(['passed', 'failed']);
    expect(report.error).toBe('line 5, column 1: the plan announced 3 tests but only 2 were reported: truncated');
  });

  it('TAP that ends inside a YAML block is truncated', async () => {
    const { report, results } = await parse('TAP version 13\nnot ok 1 - one\n  ---\n  message: boom\n');
    expect(results).toHaveLength(1);
    expect(report.error).toMatch(/inside a YAML diagnostics block/);
  });

  it('go test -json: a broken line is reported by number and the events around it still count', async () => {
    const lines = [
      '{"Action":"run","Package":"p","Test":"TestA"}',
      '{"Action":"pass","Package":"p","Test":"TestA","Elapsed":0.01}',
      '{"Action":"run","Package":"p","Test":"TestB"',
      '{"Action":"run","Package":"p","Test":"TestC"}',
      '{"Action":"output","Package":"p","Test":"TestC","Output":"    c_test.go:4: nope\\n"}',
      '{"Action":"fail","Package":"p","Test":"TestC","Elapsed":0}',
    ];
    const { report, results } = await parse(lines.join('\n'), 11);
    expect(results.map((result) => [result.id, result.status, result.message])).toEqual([
      ['p::TestA', 'passed', undefined],
      ['p::TestC', 'failed', 'nope'],
    ]);
    expect(report.error).toMatch(/^line 3, column 1: not a JSON event/);
  });

  it('go test -json cut off while a test runs: that test is an error saying so', async () => {
    const { report, results } = await parse('{"Action":"run","Package":"p","Test":"TestSlow"}\n{"Action":"output","Package":"p","Test":"TestSlow","Output":"working\\n"}\n');
    expect(report.error).toBeUndefined();
    expect(results[0]).toMatchObject({ id: 'p::TestSlow', status: 'errored' });
    expect(results[0]!.message).toMatch(/did not finish/);
  });

  it('Dart JSON and RSpec JSON are told apart by content', async () => {
    expect((await parse('{"protocolVersion":"0.1.1","type":"start","time":0}\n')).report.format).toBe('dart-json');
    expect((await parse('{"version":"3.12.0","examples":[],"summary":{"example_count":0}}')).report).toEqual({ format: 'rspec-json', tests: 0 });
  });
});

describe('go test -json mixed with plain output', () => {
  it('is detected from its first event line and the plain lines are skipped', async () => {
    const text = 'go: downloading example.com/x v1.0.0\n{"Time":"2026-01-01T00:00:00Z","Action":"run","Package":"p","Test":"TestA"}\n{"Action":"pass","Package":"p","Test":"TestA"}\n';
    const results: TestCaseResult[] = [];
    const report = await parseReport(pieces(text, 9), { emit: (result) => results.push(result) });
    expect(report).toEqual({ format: 'go-test-json', tests: 1 });
  });
});

describe('a failure whose report names no file', () => {
  it('takes file and line from the first project frame inside the repository', async () => {
    const text = `<testsuite><testcase classname="login.spec.ts" name="rejects"><failure message="boom">Error: boom
    at helper (/work/app/node_modules/lib/index.js:1:1)
    at /elsewhere/other.ts:3:3
    at Object.fn (/work/app/e2e/login.spec.ts:17:43)</failure></testcase><testcase classname="c" name="no frames"><failure message="x"/></testcase></testsuite>`;
    const results: TestCaseResult[] = [];
    await parseReport(pieces(text, 50), { emit: (result) => results.push(result), sourceRoot: '/work/app' });
    expect(results[0]).toMatchObject({ file: 'e2e/login.spec.ts', line: 17 });
    expect(results[1]!.file).toBeUndefined();
  });
});
