import { z } from 'zod';

/** What OpenAI function calling accepts as a tool name. */
const TOOL_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * The JSON schema of a tool's arguments, in the shape OpenAI function calling accepts: an object
 * at the top level (no `anyOf` or `$ref` there), with `$schema` left out. Describes the input side
 * of the schema, so fields with defaults are optional. Throws for a schema that cannot be sent:
 * that is a programming error in the tool, found when the registry is built.
 */
export function toolParametersSchema(toolName: string, schema: z.ZodType): Record<string, unknown> {
  let converted: Record<string, unknown>;
  try {
    converted = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw', reused: 'inline', cycles: 'throw' }) as Record<string, unknown>;
  } catch (error) {
    throw new TypeError(`Tool '${toolName}': its input schema cannot be expressed as JSON schema: ${String(error)}`, { cause: error });
  }
  const { $schema: _ignored, ...parameters } = converted;
  if (parameters.type !== 'object' || typeof parameters.properties !== 'object') {
    throw new TypeError(`Tool '${toolName}': the input schema must be an object at the top level (function calling requires it)`);
  }
  return parameters;
}

/** Throws unless `name` is a tool name every provider accepts (lower snake case, at most 64 characters). */
export function assertToolName(name: string): void {
  if (!TOOL_NAME.test(name)) {
    throw new TypeError(`Tool name '${name}' must be lower snake case (letters, digits, "_"), start with a letter and be at most 64 characters`);
  }
}
