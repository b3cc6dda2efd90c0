import type * as z from 'zod';
import type { YamlLocator } from './yaml-locator.js';

/** One thing wrong (or suspicious) in the file, located. */
export interface ConfigProblem {
  /** Key path, as in `identities.implementer.commands[2]`; empty for the whole file. */
  keyPath: string;
  /** Line in the file, when known. */
  line?: number;
  /** Column in the file, when known (syntax errors). */
  column?: number;
  /** What is wrong and what was expected. */
  message: string;
}

/** `['identities', 'implementer', 'commands', 2]` → `identities.implementer.commands[2]`; odd keys are quoted. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
      continue;
    }
    const name = String(segment);
    if (/^[A-Za-z_][\w-]*$/u.test(name)) text += text === '' ? name : `.${name}`;
    else text += `[${JSON.stringify(name)}]`;
  }
  return text;
}

/** One problem as a line: `file: key.path: message (line N)`. */
export function formatProblem(fileName: string, problem: ConfigProblem): string {
  const where = problem.keyPath === '' ? '' : `${problem.keyPath}: `;
  const column = problem.column === undefined ? '' : `, column ${problem.column}`;
  const line = problem.line === undefined ? '' : ` (line ${problem.line}${column})`;
  return `${fileName}: ${where}${problem.message}${line}`;
}

type SchemaDefinition = { type?: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; valueType?: unknown; in?: unknown };

function definitionOf(schema: unknown): SchemaDefinition | undefined {
  return (schema as { _zod?: { def?: SchemaDefinition } } | undefined)?._zod?.def;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    const definition = definitionOf(current);
    if (definition === undefined) return current;
    if (['optional', 'nullable', 'default', 'readonly'].includes(definition.type ?? '')) current = definition.innerType;
    else if (definition.type === 'pipe') current = definition.in;
    else return current;
  }
}

/** The keys the object schema at `path` accepts, for "expected one of" and "did you mean". */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = unwrap(schema);
  for (const segment of path) {
    const definition = definitionOf(current);
    if (definition?.type === 'object') current = definition.shape?.[String(segment)];
    else if (definition?.type === 'array') current = definition.element;
    else if (definition?.type === 'record') current = definition.valueType;
    else return [];
    current = unwrap(current);
  }
  const definition = definitionOf(current);
  return definition?.type === 'object' ? Object.keys(definition.shape ?? {}) : [];
}

function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= right.length; column += 1) {
      const substitution = (previous[column - 1] as number) + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min((previous[column] as number) + 1, (current[column - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] as number;
}

function closestKey(unknownKey: string, known: readonly string[]): string | undefined {
  const lowered = unknownKey.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(lowered, key.toLowerCase());
    if (distance <= Math.max(1, Math.floor(key.length / 3)) && (best === undefined || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/** Turns zod issues into located problems, one per unknown key. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, locator: YamlLocator): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = closestKey(key, known);
        const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
        const expected = known.length === 0 ? '' : ` Expected one of: ${known.join(', ')}.`;
        problems.push({
          keyPath: formatKeyPath([...issue.path, key]),
          line: locator.keyPosition(issue.path, key)?.line,
          message: `unknown key.${hint}${expected}`,
        });
      }
    } else if (issue.code === 'invalid_key') {
      const parentPath = issue.path.slice(0, -1);
      const key = String(issue.path.at(-1));
      const reasons = issue.issues.map((inner) => inner.message).join('; ');
      problems.push({ keyPath: formatKeyPath(issue.path), line: locator.keyPosition(parentPath, key)?.line, message: `invalid name: ${reasons}` });
    } else {
      problems.push({ keyPath: formatKeyPath(issue.path), line: locator.valuePosition(issue.path)?.line, message: issue.message });
    }
  }
  return problems.sort((left, right) => (left.line ?? 0) - (right.line ?? 0));
}
