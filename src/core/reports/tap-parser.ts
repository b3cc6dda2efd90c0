import { parse as parseYaml } from 'yaml';
import { LineSplitter } from './line-splitter.js';
import { finishTestCase, lineNumber, type RawTestCase, type ReportParser, type ReportParserContext } from './report-parser.js';
import type { TestStatus } from './test-report.js';
import { TextExcerpt } from './text-excerpt.js';

const TEST_POINT = /^(not )?ok\b(?:\s+(\d+))?(?:\s*-)?\s*(.*?)\s*$/;
const DIRECTIVE = /\s#\s*(skip|todo)\S*\s*(.*)$/i;
const PLAN = /^1\.\.(\d+)/;
const SUBTEST = /^#\s*Subtest:\s*(.*)$/;
/** Diagnostics larger than this are not parsed as YAML (their first part is kept as the stack). */
const MAX_YAML_LENGTH = 64 * 1024;

interface PendingTest {
  indent: number;
  raw: RawTestCase;
  isParent: boolean;
  yaml?: TextExcerpt;
  yamlLength: number;
  yamlIndent?: number;
}

function indentOf(line: string): number {
  let index = 0;
  while (index < line.length && (line[index] === ' ' || line[index] === '\t')) index += 1;
  return index;
}

/**
 * TAP 13 and 14: test points (`ok`/`not ok`, `# SKIP`, `# TODO`), YAML diagnostics between `---`
 * and `...`, and subtests (TAP 14 indentation, `# Subtest: name`). A test point that has subtests
 * is a suite, not a test, unless it failed with none of its subtests failing (a failing hook).
 * A stream that ends before its plan is complete, or inside a YAML block, is truncated.
 */
export class TapParser implements ReportParser {
  readonly format = 'tap' as const;
  private readonly lines: LineSplitter;
  private readonly subtestNames = new Map<number, string>();
  /** Per indentation: whether test points were seen there, and whether one failed, since the parent's last test point. */
  private readonly childStates = new Map<number, { failed: boolean }>();
  private pending: PendingTest | undefined;
  private plan: number | undefined;
  private topLevelTests = 0;
  private topLevelIndent: number | undefined;

  constructor(private readonly context: ReportParserContext) {
    this.lines = new LineSplitter((line, number) => this.onLine(line, number));
  }

  write(chunk: string): void {
    this.lines.write(chunk);
  }

  end(): void {
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

  private onLine(line: string, number: number): void {
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
      this.subtestNames.set(indent, subtest[1]!.trim());
      for (const key of [...this.subtestNames.keys()]) if (key > indent) this.subtestNames.delete(key);
      return;
    }
    const plan = PLAN.exec(content);
    if (plan !== null) {
      if (indent === (this.topLevelIndent ?? indent) && indent === 0) this.plan = Number(plan[1]);
      return;
    }
    if (/^Bail out!/i.test(content)) return;
    const point = TEST_POINT.exec(content);
    if (point === null) return;
    this.onTestPoint(indent, point, number);
  }

  private onTestPoint(indent: number, point: RegExpExecArray, _number: number): void {
    if (indent === 0 || this.topLevelIndent === indent) {
      this.topLevelIndent = indent;
      this.topLevelTests += 1;
    }
    let description = point[3] ?? '';
    let status: TestStatus = point[1] === undefined ? 'passed' : 'failed';
    let message: string | undefined;
    const directive = DIRECTIVE.exec(description);
    if (directive !== null) {
      description = description.slice(0, directive.index).trim();
      status = 'skipped';
      message = directive[2]?.trim() || directive[1]!.toUpperCase();
    }
    // Children of this test point sit deeper; their state tells whether this is a suite.
    let childFailed = false;
    let isParent = false;
    for (const [childIndent, state] of [...this.childStates]) {
      if (childIndent <= indent) continue;
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
    for (const key of [...this.subtestNames.keys()]) if (key >= indent) this.subtestNames.delete(key);
    const raw: RawTestCase = { suite, name: description.replace(/^-\s*/, '') || `test ${point[2] ?? ''}`.trim(), status };
    if (message !== undefined) raw.message = message;
    // A suite that failed because a subtest failed is not a test of its own.
    this.pending = { indent, raw, isParent: isParent && (status !== 'failed' || childFailed), yamlLength: 0 };
  }

  private flush(): void {
    const pending = this.pending;
    if (pending === undefined) return;
    this.pending = undefined;
    if (pending.isParent) return;
    const raw = pending.raw;
    if (pending.yaml !== undefined) applyDiagnostics(raw, pending.yaml.text(), pending.yamlLength <= MAX_YAML_LENGTH);
    this.context.emit(finishTestCase(raw, this.context));
  }
}

/** Message, stack, place and duration from a YAML diagnostics block (node:test, node-tap and TAP 13 conventions). */
function applyDiagnostics(raw: RawTestCase, yamlText: string, complete: boolean): void {
  let diagnostics: Record<string, unknown> = {};
  if (complete) {
    try {
      const parsed: unknown = parseYaml(yamlText, { maxAliasCount: 100, prettyErrors: false });
      if (typeof parsed === 'object' && parsed !== null) diagnostics = parsed as Record<string, unknown>;
    } catch {
      // Diagnostics that are not YAML are kept as text.
    }
  }
  const field = (name: string): string | undefined => {
    const value = diagnostics[name];
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  };
  const error = diagnostics['error'];
  const errorRecord = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : undefined;
  const message = field('message') ?? (typeof error === 'string' ? error : typeof errorRecord?.['message'] === 'string' ? (errorRecord['message'] as string) : undefined);
  if (raw.status !== 'skipped' && message !== undefined) raw.message = message;
  const stack = field('stack') ?? (typeof errorRecord?.['stack'] === 'string' ? (errorRecord['stack'] as string) : undefined);
  raw.stack = stack ?? (Object.keys(diagnostics).length === 0 ? yamlText : undefined);
  const duration = Number(diagnostics['duration_ms']);
  if (Number.isFinite(duration)) raw.durationMs = duration;
  const location = field('location');
  const at = diagnostics['at'];
  if (location !== undefined) {
    const match = /^(.*?):(\d+)(?::\d+)?$/.exec(location);
    if (match !== null) {
      raw.file = match[1]!;
      raw.line = Number(match[2]);
    }
  } else if (typeof at === 'object' && at !== null) {
    const atRecord = at as Record<string, unknown>;
    if (typeof atRecord['file'] === 'string') raw.file = atRecord['file'];
    const line = lineNumber(typeof atRecord['line'] === 'number' ? atRecord['line'] : undefined);
    if (line !== undefined) raw.line = line;
  }
  if (raw.stack === undefined && raw.status === 'failed') raw.stack = yamlText;
}
