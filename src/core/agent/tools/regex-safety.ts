/**
 * A guard against regular expressions that backtrack exponentially. JavaScript has no regex
 * timeout, so one bad pattern from a model could hang the stage. The two classic shapes are a
 * repeated group that itself repeats something (`(a+)+`, `(.*)*`, `(\w+\s?)*`) and a repeated
 * alternation whose branches can match the same text (`(a|a)*`, `(\w|_)+`). Both are refused. The
 * check over-refuses a few safe patterns (`(\w+,)+`), which a model can rewrite; callers also cap
 * the input each test sees.
 */

interface GroupFrame {
  /** Whether something inside the group can repeat a variable number of times. */
  repeats: boolean;
  /** First character of each top-level alternative (`''` for an empty one, `undefined` until seen). */
  alternativeStarts: Array<string | undefined>;
}

const NESTED_REPETITION =
  'it repeats a group that itself repeats (like "(a+)+"), which can take exponential time; repeat the inner part only, or match the pieces separately';
const OVERLAPPING_ALTERNATION =
  'it repeats an alternation whose branches may match the same text (like "(a|a)*" or "(\\w|_)+"), which can take exponential time; use a character class ("[\\w_]+") or branches starting with different letters';

/** Characters that, first in an alternative, make it more than a plain literal. */
const NOT_LITERAL = /[\\.[\]()?*+{}|^$]/;

/** Why the pattern is refused, or undefined when it passes the check. */
export function catastrophicPatternReason(pattern: string): string | undefined {
  const stack: GroupFrame[] = [newFrame()];
  let index = 0;
  while (index < pattern.length) {
    const character = pattern[index] as string;
    const frame = stack.at(-1) as GroupFrame;
    if (frame.alternativeStarts.at(-1) === undefined) frame.alternativeStarts[frame.alternativeStarts.length - 1] = character === '|' || character === ')' ? '' : character;
    if (character === '\\') {
      index = afterQuantifier(pattern, index + 2, frame);
    } else if (character === '[') {
      index = afterQuantifier(pattern, classEnd(pattern, index) + 1, frame);
    } else if (character === '|') {
      frame.alternativeStarts.push(undefined);
      index += 1;
    } else if (character === '(') {
      stack.push(newFrame());
      index += 1 + groupPrefixLength(pattern, index + 1);
    } else if (character === ')') {
      const group = stack.length > 1 ? (stack.pop() as GroupFrame) : newFrame();
      const parent = stack.at(-1) as GroupFrame;
      const quantifier = quantifierAt(pattern, index + 1);
      if (quantifier?.unbounded === true) {
        if (group.repeats) return NESTED_REPETITION;
        if (overlappingAlternatives(group.alternativeStarts)) return OVERLAPPING_ALTERNATION;
      }
      parent.repeats ||= group.repeats || (quantifier?.variable ?? false);
      index = quantifier === undefined ? index + 1 : quantifier.end;
    } else {
      index = afterQuantifier(pattern, index + 1, frame);
    }
  }
  return undefined;
}

function newFrame(): GroupFrame {
  return { repeats: false, alternativeStarts: [undefined] };
}

/** Length of `?:`, `?=`, `?!`, `?<=`, `?<!` or `?<name>` after an opening parenthesis. */
function groupPrefixLength(pattern: string, index: number): number {
  if (pattern[index] !== '?') return 0;
  const named = /^\?<[A-Za-z_$][\w$]*>/.exec(pattern.slice(index));
  if (named !== null) return named[0].length;
  const prefix = /^\?(?::|=|!|<=|<!)/.exec(pattern.slice(index));
  return prefix === null ? 0 : prefix[0].length;
}

/** Whether a set of alternatives can match the same text: more than one, and not all plain literals with distinct first letters. */
function overlappingAlternatives(starts: ReadonlyArray<string | undefined>): boolean {
  if (starts.length < 2) return false;
  const seen = new Set<string>();
  for (const start of starts) {
    if (start === undefined || start === '' || NOT_LITERAL.test(start)) return true;
    // Compared without case: the search may run with ignore_case.
    const key = start.toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** Skips a quantifier after an atom that ends before `index`, noting in the frame whether it repeats. */
function afterQuantifier(pattern: string, index: number, frame: GroupFrame): number {
  const quantifier = quantifierAt(pattern, index);
  if (quantifier === undefined) return index;
  if (quantifier.variable) frame.repeats = true;
  return quantifier.end;
}

interface Quantifier {
  /** Matches a variable number of times (anything but `{n}`). */
  variable: boolean;
  /** Can match more than once: `*`, `+`, `{n,}` or `{n,m}` with m > 1. */
  unbounded: boolean;
  /** Index after the quantifier (and its lazy `?`). */
  end: number;
}

function quantifierAt(pattern: string, index: number): Quantifier | undefined {
  const character = pattern[index];
  let result: Quantifier | undefined;
  if (character === '*' || character === '+') result = { variable: true, unbounded: true, end: index + 1 };
  else if (character === '?') result = { variable: true, unbounded: false, end: index + 1 };
  else if (character === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index));
    if (match === null) return undefined;
    const minimum = Number(match[1]);
    const maximum = match[2] === undefined ? minimum : match[3] === '' ? Infinity : Number(match[3]);
    result = { variable: maximum !== minimum, unbounded: maximum > 1, end: index + match[0].length };
  }
  if (result !== undefined && pattern[result.end] === '?') result.end += 1;
  return result;
}

/** Index of the `]` that closes the class opened at `start` (the pattern's end when unclosed). */
function classEnd(pattern: string, start: number): number {
  let index = start + 1;
  if (pattern[index] === '^') index += 1;
  while (index < pattern.length && pattern[index] !== ']') index += pattern[index] === '\\' ? 2 : 1;
  return index;
}
