// Test-report parsing: a generated JUnit report of 1 GB (about 1,000,000 test cases, Surefire
// style with captured output) and one with a single 50 MB CDATA block. Both are written into a
// temporary directory at bench time and removed afterwards; each parse runs in its own process so
// its peak memory (max RSS) is its own. Goals: >= 50 MB/s and peak RSS < 512 MB.
// DRYDOCK_BENCH_REPORT_MB sets a smaller report for a quick look (default 1024).
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, report, type BenchLine } from './measure.js';

const MEBIBYTE = 1024 * 1024;
const RUNS = 3;

interface ParseFigures {
  milliseconds: number;
  /** User plus system CPU time of the parse: what the machine's load does not inflate. */
  cpuMilliseconds: number;
  bytes: number;
  tests: number;
  failures: number;
  maxRssBytes: number;
  error?: string;
}

/** Child mode: parse one file through the real adapter and print the figures as JSON. */
async function parseInChild(file: string): Promise<void> {
  const { readReports } = await import('../src/adapters/reports/read-reports.js');
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await readReports({ root: dirname(file), patterns: [basename(file)] });
  const milliseconds = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const figures: ParseFigures = {
    milliseconds,
    cpuMilliseconds: (cpu.user + cpu.system) / 1000,
    bytes: (await stat(file)).size,
    tests: result.totals.tests,
    failures: result.failures.length,
    // resourceUsage().maxRSS is in KiB.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    ...(result.files[0]?.error === undefined ? {} : { error: result.files[0].error }),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

function close(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.end(() => resolve());
  });
}

/** A Surefire-like report: suites of 100 cases, each with some captured output, 1 in 200 failing with a stack. */
async function generateLargeReport(file: string, targetBytes: number): Promise<number> {
  const stream = createWriteStream(file);
  let written = 0;
  let testCases = 0;
  const output = 'INFO  [main] c.e.service.Worker - processed batch with 25 records in 3 ms; cache hit ratio 0.97\n'.repeat(7);
  await write(stream, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n');
  for (let suite = 0; written < targetBytes; suite += 1) {
    const className = `com.example.module${suite % 97}.Service${suite}Test`;
    const parts = [`  <testsuite name="${className}" tests="100" failures="0" errors="0" skipped="0" time="1.5">\n`];
    for (let index = 0; index < 100; index += 1) {
      testCases += 1;
      const name = `shouldHandleCase${index}WithInput${(suite * 31 + index) % 1000}`;
      if (testCases % 200 === 0) {
        parts.push(
          `    <testcase name="${name}" classname="${className}" time="0.012">\n`,
          `      <failure message="expected:&lt;${index}&gt; but was:&lt;${index + 1}&gt;" type="org.opentest4j.AssertionFailedError">`,
          `org.opentest4j.AssertionFailedError: expected: &lt;${index}&gt; but was: &lt;${index + 1}&gt;\n`,
          `\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n`,
          `\tat com.example.module${suite % 97}.Service${suite}Test.${name}(Service${suite}Test.java:${40 + index})\n`,
          `\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)\n</failure>\n`,
          `      <system-out><![CDATA[${output}]]></system-out>\n    </testcase>\n`,
        );
      } else if (testCases % 97 === 0) {
        parts.push(`    <testcase name="${name}" classname="${className}" time="0"><skipped/></testcase>\n`);
      } else {
        parts.push(`    <testcase name="${name}" classname="${className}" time="0.004">\n      <system-out><![CDATA[${output}]]></system-out>\n    </testcase>\n`);
      }
    }
    parts.push('  </testsuite>\n');
    const text = parts.join('');
    written += Buffer.byteLength(text);
    await write(stream, text);
  }
  await write(stream, '</testsuites>\n');
  await close(stream);
  return testCases;
}

/** One failing test whose `system-out` is a single CDATA block of `cdataBytes`, then a passing test after it. */
async function generateCdataReport(file: string, cdataBytes: number): Promise<void> {
  const stream = createWriteStream(file);
  await write(stream, '<?xml version="1.0"?>\n<testsuite name="big-output">\n  <testcase classname="Big" name="prints a lot"><failure message="boom"/><system-out><![CDATA[');
  const line = 'x'.repeat(99) + '\n';
  const block = line.repeat(10_000);
  for (let written = 0; written < cdataBytes; written += block.length) await write(stream, block);
  await write(stream, ']]></system-out></testcase>\n  <testcase classname="Big" name="after the block"/>\n</testsuite>\n');
  await close(stream);
}

function runChild(file: string): ParseFigures {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--parse', file], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (child.status !== 0) throw new Error(`parse child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ParseFigures;
}

function measure(label: string, file: string, expectedTests: number): BenchLine[] {
  const runs = Array.from({ length: RUNS }, () => runChild(file));
  const bad = runs.find((run) => run.error !== undefined || run.tests !== expectedTests);
  if (bad !== undefined) throw new Error(`${label}: expected ${expectedTests} tests without error, got ${bad.tests} (${bad.error ?? 'no error'})`);
  const megabytesPerSecond = median(runs.map((run) => run.bytes / MEBIBYTE / (run.milliseconds / 1000)));
  const megabytesPerCpuSecond = median(runs.map((run) => run.bytes / MEBIBYTE / (run.cpuMilliseconds / 1000)));
  const peakMegabytes = Math.max(...runs.map((run) => run.maxRssBytes)) / MEBIBYTE;
  return [
    { name: `${label}: parse speed, wall clock (median of ${RUNS})`, value: megabytesPerSecond, unit: 'MB/s', goal: '>= 50', met: megabytesPerSecond >= 50 },
    { name: `${label}: parse speed per CPU second (median)`, value: megabytesPerCpuSecond, unit: 'MB/s' },
    { name: `${label}: peak memory (max RSS, worst of ${RUNS})`, value: peakMegabytes, unit: 'MiB', goal: '< 512', met: peakMegabytes < 512 },
  ];
}

async function main(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'drydock-reports-bench-'));
  try {
    const targetMegabytes = Number(process.env['DRYDOCK_BENCH_REPORT_MB'] ?? 1024);
    const largeFile = join(directory, 'surefire-large.xml');
    const testCases = await generateLargeReport(largeFile, targetMegabytes * MEBIBYTE);
    const size = (await stat(largeFile)).size;
    console.log(`generated ${(size / MEBIBYTE).toFixed(0)} MiB JUnit report with ${testCases} test cases`);
    const cdataFile = join(directory, 'single-cdata.xml');
    await generateCdataReport(cdataFile, 50 * MEBIBYTE);
    report([...measure(`JUnit ${(size / MEBIBYTE).toFixed(0)} MiB`, largeFile, testCases), ...measure('JUnit 50 MB CDATA block', cdataFile, 2)]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

const parseIndex = process.argv.indexOf('--parse');
const generateIndex = process.argv.indexOf('--generate');
if (parseIndex !== -1) await parseInChild(process.argv[parseIndex + 1]!);
else if (generateIndex !== -1) console.log(await generateLargeReport(process.argv[generateIndex + 1]!, Number(process.argv[generateIndex + 2]) * MEBIBYTE));
else await main();
