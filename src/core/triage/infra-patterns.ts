import { InputError } from '../errors.js';
import { catastrophicPatternReason } from '../agent/tools/regex-safety.js';

/**
 * Infrastructure failures: the machine, not the code. Recognized from the failure's message,
 * stack and output and from the job's logs, with patterns that are bounded (length-capped,
 * refused when they could backtrack exponentially) and matched against capped text.
 */

/** The kinds of infrastructure failure. */
export const INFRA_KINDS = ['out-of-memory', 'disk-full', 'network', 'runner-lost', 'timeout', 'other'] as const;
export type InfraKind = (typeof INFRA_KINDS)[number];

/** One pattern, as configured. */
export interface InfraPatternSpec {
  /** What kind of infrastructure failure it shows. */
  kind: InfraKind;
  /** A JavaScript regular expression, matched case-insensitively. */
  pattern: string;
}

/** A compiled pattern. */
export interface InfraPattern extends InfraPatternSpec {
  regex: RegExp;
}

/** What matched. */
export interface InfraMatch {
  kind: InfraKind;
  /** The pattern that matched, as configured. */
  pattern: string;
  /** The matched text, at most 200 characters. */
  excerpt: string;
}

/** Longest pattern accepted. */
export const MAX_INFRA_PATTERN_LENGTH = 300;
/** Characters of any one text that patterns are matched against (its start and its end). */
export const MAX_INFRA_TEXT = 64 * 1024;

/** The patterns used when the config gives none. */
export const DEFAULT_INFRA_PATTERNS: readonly InfraPatternSpec[] = [
  { kind: 'out-of-memory', pattern: String.raw`JavaScript heap out of memory|OutOfMemoryError|Cannot allocate memory|\bENOMEM\b|MemoryError\b|Killed process \d+|exit code 137\b|signal SIGKILL|oom-?kill` },
  { kind: 'disk-full', pattern: String.raw`\bENOSPC\b|No space left on device|disk (?:is )?full|There is not enough space on the disk` },
  {
    kind: 'network',
    pattern: String.raw`\bECONNRESET\b|\bECONNREFUSED\b|\bETIMEDOUT\b|\bEAI_AGAIN\b|\bENOTFOUND\b|socket hang up|Connection reset by peer|Could not resolve host|Temporary failure in name resolution|TLS handshake timeout|getaddrinfo`,
  },
  {
    kind: 'runner-lost',
    pattern: String.raw`lost communication with the server|The runner has received a shutdown signal|The operation was canceled|runner .{0,40}(?:lost|shut ?down)|The hosted runner encountered an error`,
  },
  { kind: 'timeout', pattern: String.raw`Exceeded timeout of \d+ ?ms|Test timed out|timed out after \d+|TimeoutError\b|context deadline exceeded|has exceeded the maximum execution time` },
];

/** Compiles patterns; a pattern that is too long, invalid or could backtrack exponentially is an InputError naming it. */
export function compileInfraPatterns(specs: readonly InfraPatternSpec[], where = 'triage.infraPatterns'): InfraPattern[] {
  return specs.map((spec, index) => {
    const at = `${where}[${index}]`;
    if (spec.pattern.length === 0 || spec.pattern.length > MAX_INFRA_PATTERN_LENGTH) {
      throw new InputError(`${at}: a pattern must have 1 to ${MAX_INFRA_PATTERN_LENGTH} characters, got ${spec.pattern.length}.`, { where: at });
    }
    const unsafe = catastrophicPatternReason(spec.pattern);
    if (unsafe !== undefined) throw new InputError(`${at}: the pattern /${spec.pattern}/ is refused: ${unsafe}.`, { where: at });
    try {
      return { ...spec, regex: new RegExp(spec.pattern, 'iu') };
    } catch (error) {
      throw new InputError(`${at}: /${spec.pattern}/ is not a valid regular expression: ${(error as Error).message}`, { where: at });
    }
  });
}

/** The text as patterns see it: small texts whole, big ones their first and last 32 KiB. */
function boundedText(text: string): string {
  if (text.length <= MAX_INFRA_TEXT) return text;
  const half = MAX_INFRA_TEXT / 2;
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

/** The first pattern (in configured order) that matches any of the texts. */
export function matchInfra(patterns: readonly InfraPattern[], texts: ReadonlyArray<string | undefined>): InfraMatch | undefined {
  const bounded = texts.filter((text): text is string => text !== undefined && text !== '').map(boundedText);
  for (const pattern of patterns) {
    for (const text of bounded) {
      const match = pattern.regex.exec(text);
      if (match !== null) return { kind: pattern.kind, pattern: pattern.pattern, excerpt: match[0].slice(0, 200) };
    }
  }
  return undefined;
}
