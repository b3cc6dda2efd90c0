import { z } from 'zod';

/**
 * The JSON schema a model is asked to follow, built from a zod schema. It describes what the zod
 * schema accepts as input (the model's answer is that input), shaped for OpenAI's strict mode
 * where the schema allows it. The answer is re-validated with zod either way, so anything strict
 * mode cannot express is checked there instead.
 */

/** A schema ready for a request, and whether strict mode can enforce it. */
export interface ModelJsonSchema {
  /** The JSON schema to send (draft 2020-12, without `$schema`). */
  schema: Record<string, unknown>;
  /** Whether the provider may enforce it while decoding (OpenAI strict mode). */
  strict: boolean;
  /** Why strict mode is off, one entry per problem found; empty when strict. */
  notStrictBecause: string[];
}

const KEYWORDS_STRICT_REJECTS = ['allOf', 'not', 'if', 'then', 'else', 'patternProperties', 'propertyNames', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties', 'prefixItems', 'contains'];

// Annotations and bounds zod adds that strict mode refuses or that only add noise.
const DROPPED_KEYWORDS = new Set(['$schema', 'default']);

/** The JSON schema for a zod schema, normalised for model providers. */
export function modelJsonSchema(schema: z.ZodType): ModelJsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const notStrictBecause: string[] = [];
  const normalised = normalise(json, '#', notStrictBecause) as Record<string, unknown>;
  if (normalised['type'] !== 'object') notStrictBecause.push('#: the root is not an object');
  return { schema: normalised, strict: notStrictBecause.length === 0, notStrictBecause };
}

function normalise(node: unknown, path: string, problems: string[]): unknown {
  if (Array.isArray(node)) return node.map((item, index) => normalise(item, `${path}/${index}`, problems));
  if (typeof node !== 'object' || node === null) return node;
  const source = node as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if ((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === Number.MAX_SAFE_INTEGER) continue;
    if (KEYWORDS_STRICT_REJECTS.includes(key)) problems.push(`${path}: strict mode does not support ${key}`);
    // zod writes discriminated unions as oneOf; their branches exclude each other, so anyOf means the same.
    const name = key === 'oneOf' ? 'anyOf' : key;
    result[name] = isSchemaMap(key) ? mapValues(value, `${path}/${key}`, problems) : isSubschema(key) ? normalise(value, `${path}/${key}`, problems) : value;
  }
  if (isObjectNode(source)) closeObject(source, result, path, problems);
  return result;
}

function closeObject(source: Record<string, unknown>, result: Record<string, unknown>, path: string, problems: string[]): void {
  const properties = (source['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  if (source['additionalProperties'] === undefined) {
    // A plain z.object drops unknown keys anyway, so forbidding them loses nothing.
    result['additionalProperties'] = false;
  } else if (source['additionalProperties'] !== false) {
    problems.push(`${path}: strict mode needs a closed object, not one with additional properties`);
  }
  const required = new Set((source['required'] as string[] | undefined) ?? []);
  for (const [key, property] of Object.entries(properties)) {
    if (required.has(key)) continue;
    // A field with a default may always be given, so the model can be made to give it.
    if (typeof property === 'object' && property !== null && 'default' in property) required.add(key);
    else problems.push(`${path}/properties/${key}: strict mode needs every property required; make it nullable instead of optional`);
  }
  if (Object.keys(properties).length > 0 || required.size > 0) result['required'] = Object.keys(properties).filter((key) => required.has(key));
}

function isObjectNode(node: Record<string, unknown>): boolean {
  return node['type'] === 'object' || 'properties' in node;
}

function isSchemaMap(key: string): boolean {
  return key === 'properties' || key === '$defs' || key === 'definitions' || key === 'patternProperties';
}

function isSubschema(key: string): boolean {
  return ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'not', 'prefixItems', 'contains', 'if', 'then', 'else', 'propertyNames'].includes(key);
}

function mapValues(value: unknown, path: string, problems: string[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, normalise(child, `${path}/${key}`, problems)]));
}
