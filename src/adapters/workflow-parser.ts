import { registerHooks } from 'node:module';
import type * as WorkflowParser from '@actions/workflow-parser';
import type { ParsedWorkflow, SourcePosition, WorkflowNode } from '../core/workflow-lint/workflow-node.js';

// @actions/workflow-parser imports its JSON schemas without an import attribute, which bundlers
// accept and plain Node ESM refuses (ERR_IMPORT_ATTRIBUTE_MISSING). Under plain Node (tsx, a
// source checkout) a resolve hook adds `type: 'json'` for exactly those files; in the ncc bundle
// the schemas are inlined and the hook never fires.
let hookRegistered = false;
function allowParserSchemas(): void {
  if (hookRegistered) return;
  hookRegistered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      if (resolved.url.includes('/@actions/workflow-parser/') && resolved.url.endsWith('.json')) {
        return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } };
      }
      return resolved;
    },
  });
}

type ParserModule = typeof WorkflowParser;
type TemplateToken = Parameters<ParserModule['isMapping']>[0];

let parserModule: Promise<ParserModule> | undefined;
function loadParser(): Promise<ParserModule> {
  allowParserSchemas();
  return (parserModule ??= import('@actions/workflow-parser'));
}

function positionOf(token: TemplateToken | undefined): SourcePosition {
  const start = token?.range?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

function convert(parser: ParserModule, token: TemplateToken): WorkflowNode {
  const position = positionOf(token);
  if (parser.isMapping(token)) {
    const entries = [];
    for (const pair of token) {
      entries.push({ key: String(pair.key.toString()), keyPosition: positionOf(pair.key), value: convert(parser, pair.value) });
    }
    return { kind: 'mapping', position, entries };
  }
  if (parser.isSequence(token)) {
    const items: WorkflowNode[] = [];
    for (const item of token) items.push(convert(parser, item));
    return { kind: 'sequence', position, items };
  }
  if (parser.isBasicExpression(token)) return { kind: 'expression', position, expression: token.expression };
  if (parser.isString(token)) return { kind: 'scalar', position, value: token.value };
  if (parser.isNumber(token)) return { kind: 'scalar', position, value: token.value };
  if (parser.isBoolean(token)) return { kind: 'scalar', position, value: token.value };
  if (token.isExpression) return { kind: 'expression', position, expression: token.toString() };
  return { kind: 'scalar', position, value: null };
}

/**
 * Parses a workflow file with GitHub's own parser (@actions/workflow-parser, the one behind the
 * Actions language service) and converts what it read into a plain tree with positions.
 */
export async function parseWorkflowText(fileName: string, content: string): Promise<ParsedWorkflow> {
  const parser = await loadParser();
  const result = parser.parseWorkflow({ name: fileName, content }, new parser.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => ({
    message: error.rawMessage,
    position: { line: error.range?.start.line ?? 1, column: error.range?.start.column ?? 1 },
  }));
  return { root: result.value === undefined ? undefined : convert(parser, result.value), errors };
}
