/**
 * A workflow file as a plain tree, with the line and column of every value: what GitHub's
 * workflow parser read, converted so the lint rules stay free of the parser's classes.
 */

/** A 1-based place in the file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A mapping entry: its key (with where the key is) and its value. */
export interface WorkflowEntry {
  key: string;
  keyPosition: SourcePosition;
  value: WorkflowNode;
}

/** One value of the workflow document. */
export type WorkflowNode =
  | { kind: 'mapping'; position: SourcePosition; entries: WorkflowEntry[] }
  | { kind: 'sequence'; position: SourcePosition; items: WorkflowNode[] }
  | { kind: 'scalar'; position: SourcePosition; value: string | number | boolean | null }
  /** A `${{ … }}` value. `expression` is the parser's form (text around expressions becomes `format(…)`). */
  | { kind: 'expression'; position: SourcePosition; expression: string };

/** A problem GitHub's parser found: the workflow would not run as written. */
export interface WorkflowParseError {
  message: string;
  position: SourcePosition;
}

/** What parsing one file gives: the tree (when the parser got that far) and its errors. */
export interface ParsedWorkflow {
  root: WorkflowNode | undefined;
  errors: WorkflowParseError[];
}

/** The value under `key` of a mapping node, if any. */
export function entryValue(node: WorkflowNode | undefined, key: string): WorkflowNode | undefined {
  if (node?.kind !== 'mapping') return undefined;
  return node.entries.find((entry) => entry.key === key)?.value;
}

/** The entry under `key` of a mapping node, if any. */
export function entryOf(node: WorkflowNode | undefined, key: string): WorkflowEntry | undefined {
  if (node?.kind !== 'mapping') return undefined;
  return node.entries.find((entry) => entry.key === key);
}

/** A scalar's text (numbers and booleans as written), undefined for other nodes. */
export function scalarText(node: WorkflowNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/** The text of a scalar or the expression of an expression node. */
export function valueText(node: WorkflowNode | undefined): string | undefined {
  if (node?.kind === 'expression') return node.expression;
  return scalarText(node);
}
