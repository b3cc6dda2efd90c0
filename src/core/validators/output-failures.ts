/**
 * Failures read out of a validator's output, so the agent gets "which test, which line" rather
 * than a wall of text. Each parser recognizes one tool's default human-readable output; they are
 * tried together, since one command (`npm test`) may run several tools. What no parser knows still
 * reaches the agent as the capped excerpt.
 */

/** One failure a parser recognized. */
export interface ParsedFailure {
  /** The tool whose output it came from. */
  tool: 'vitest' | 'jest' | 'node-test' | 'pytest' | 'tsc' | 'eslint';
  /** A failing test's full name, or the diagnostic's rule or code. */
  name: string;
  /** File, when the output names one. */
  file?: string;
  /** Line, when the output names one. */
  line?: number;
  /** The message, when the output gives one on the same line. */
  message?: string;
}

/** Most failures kept per validator run. */
export const MAX_PARSED_FAILURES = 50;

// ANSI colour codes: runners colour their output when they think a terminal is attached.
// eslint-disable-next-line no-control-regex -- matching the ESC control character is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

type LineParser = (line: string, state: ParserState) => ParsedFailure | undefined;

interface ParserState {
  /** ESLint's stylish format names a file on its own line, then its problems indented below. */
  eslintFile?: string;
}

const parsers: LineParser[] = [
  // Vitest: " FAIL  test/math.test.ts > add > adds two numbers"
  (line) => {
    const match = /^\s*FAIL\s+(\S+\.[cm]?[jt]sx?)\s+>\s+(.+?)\s*$/.exec(line);
    return match ? { tool: 'vitest', file: match[1] as string, name: (match[2] as string).replace(/\s+>\s+/g, ' > ') } : undefined;
  },
  // Jest: "  ● math › adds two numbers"
  (line) => {
    const match = /^\s*●\s+(.+?›.+?)\s*$/.exec(line);
    return match ? { tool: 'jest', name: (match[1] as string).replace(/\s*›\s*/g, ' > ') } : undefined;
  },
  // node:test, TAP reporter: "not ok 2 - adds two numbers"
  (line) => {
    const match = /^\s*not ok \d+ - (.+?)\s*(?:#.*)?$/.exec(line);
    return match ? { tool: 'node-test', name: match[1] as string } : undefined;
  },
  // node:test, spec reporter: "✖ adds two numbers (1.23ms)" (the summary repeats it; deduplicated later)
  (line) => {
    const match = /^\s*✖\s+(.+?)(?:\s+\([\d.]+m?s\))?\s*$/.exec(line);
    // The spec reporter's "✖ failing tests:" heading and ESLint's "✖ 2 problems (…)" summary are not tests.
    if (!match || /^failing tests:?$|^\d+ problems? \(/i.test(match[1] as string)) return undefined;
    return { tool: 'node-test', name: match[1] as string };
  },
  // pytest: "FAILED tests/test_math.py::test_add - assert 3 == 4"
  (line) => {
    const match = /^FAILED\s+(\S+?\.py)::(\S+)(?:\s+-\s+(.*))?$/.exec(line.trim());
    if (!match) return undefined;
    return { tool: 'pytest', file: match[1] as string, name: `${match[1]}::${match[2]}`, ...(match[3] ? { message: match[3] } : {}) };
  },
  // tsc: "src/a.ts(3,5): error TS2322: …" and the pretty "src/a.ts:3:5 - error TS2322: …"
  (line) => {
    const match = /^(\S+?\.[cm]?[jt]sx?)(?:\((\d+),\d+\)|:(\d+):\d+)\s*[:-]\s*error\s+(TS\d+):\s*(.*)$/.exec(line.trim());
    if (!match) return undefined;
    return { tool: 'tsc', file: match[1] as string, line: Number(match[2] ?? match[3]), name: match[4] as string, message: match[5] as string };
  },
  // ESLint stylish: a file line, then "  3:5  error  'x' is defined but never used  no-unused-vars"
  (line, state) => {
    if (/^(?:\/|[A-Za-z]:\\|\.{0,2}\/?)?[\w./\\-]+\.[cm]?[jt]sx?$/.test(line.trim()) && !/^\s/.test(line)) {
      state.eslintFile = line.trim();
      return undefined;
    }
    const match = /^\s+(\d+):\d+\s+error\s+(.+?)\s{2,}(\S+)\s*$/.exec(line);
    if (!match || state.eslintFile === undefined) return undefined;
    return { tool: 'eslint', file: state.eslintFile, line: Number(match[1]), name: match[3] as string, message: match[2] as string };
  },
];

/** The failures named in a command's output, each once, in order of appearance, at most `MAX_PARSED_FAILURES`. */
export function parseFailures(output: string): ParsedFailure[] {
  const state: ParserState = {};
  const seen = new Set<string>();
  const failures: ParsedFailure[] = [];
  for (const raw of output.replace(ANSI, '').split(/\r?\n/)) {
    if (raw.trim() === '') {
      state.eslintFile = undefined;
      continue;
    }
    for (const parser of parsers) {
      const failure = parser(raw, state);
      if (failure === undefined) continue;
      const key = `${failure.tool}\u0000${failure.file ?? ''}\u0000${failure.line ?? ''}\u0000${failure.name}`;
      if (!seen.has(key)) {
        seen.add(key);
        failures.push(failure);
      }
      break;
    }
    if (failures.length >= MAX_PARSED_FAILURES) break;
  }
  return failures;
}
