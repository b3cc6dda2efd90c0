import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Checks a request against GitHub's official REST description (the OpenAPI document of
 * api.github.com in the `@octokit/openapi` package): the path and method must be an operation
 * GitHub has, path and query parameters must be declared and of the declared type, required ones
 * present, and the JSON body must match the operation's request body schema (with no member the
 * schema does not name). The local GitHub server refuses a request that does not match, so a
 * wrong call fails the test that made it instead of passing against a lenient fake.
 *
 * The schema check covers what request bodies in the description use: `$ref`, `type` (with
 * `nullable`), `enum`, `properties`, `required`, `additionalProperties`, `items`, `oneOf`, `anyOf`
 * and `allOf`. Formats, lengths and patterns are not checked.
 */

interface Schema {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
}

interface Parameter {
  $ref?: string;
  name: string;
  'x-multi-segment'?: boolean;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
}

interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Schema> };
}

/** The request as the local server recorded it. */
export interface CheckedRequest {
  method: string;
  /** Decoded path, `/repos/{owner}/{repo}/…` form. */
  path: string;
  query: Record<string, string>;
  body: unknown;
}

interface Route {
  template: string;
  /** Matches the path; a parameter marked `x-multi-segment` (a git ref such as `heads/feature/x`) may hold slashes. */
  pattern: RegExp;
  names: string[];
  operations: Record<string, Operation>;
}

let routes: Route[] | undefined;
let description: Description | undefined;

/** Reads and indexes the description (13 MB of JSON) once per process; the server calls it when it starts, so no request pays for it. */
export function loadRestDescription(): { routes: Route[]; description: Description } {
  if (routes === undefined || description === undefined) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    description = JSON.parse(readFileSync(file, 'utf8')) as Description;
    const spec = description;
    routes = Object.entries(spec.paths).map(([template, operations]) => {
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
      const multiSegment = new Set(
        Object.values(operations)
          .flatMap((operation) => (Array.isArray(operation) ? (operation as Parameter[]) : (operation.parameters ?? [])))
          .map((parameter) => resolve(parameter, spec))
          .filter((parameter) => parameter.in === 'path' && parameter['x-multi-segment'] === true)
          .map((parameter) => parameter.name),
      );
      const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      const source = escaped.replace(/\{([^}]+)\}/g, (_whole, name: string) => (multiSegment.has(name) ? '(.+)' : '([^/]+)'));
      return { template, pattern: new RegExp(`^${source}$`), names, operations };
    });
  }
  return { routes, description };
}

function resolve<T extends { $ref?: string }>(value: T, spec: Description): T {
  let current: T = value;
  for (let depth = 0; current.$ref !== undefined && depth < 20; depth += 1) {
    const [, , kind, name] = current.$ref.split('/');
    const table = (spec.components as unknown as Record<string, Record<string, unknown>>)[kind ?? ''];
    current = table?.[name ?? ''] as T;
    if (current === undefined) throw new Error(`GitHub's REST description has no ${value.$ref}`);
  }
  return current;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Problems of `value` against `schema`, each naming where (`body.labels[0]`). */
function validate(schema: Schema, value: unknown, where: string, spec: Description): string[] {
  const resolved = resolve(schema, spec);
  if (resolved.allOf !== undefined) return resolved.allOf.flatMap((part) => validate(part, value, where, spec));
  for (const alternatives of [resolved.oneOf, resolved.anyOf]) {
    if (alternatives === undefined) continue;
    const results = alternatives.map((part) => validate(part, value, where, spec));
    if (results.some((problems) => problems.length === 0)) return [];
    return [`${where} matches none of the allowed shapes (${results.map((problems) => problems[0]).join('; or ')})`];
  }
  if (value === null && resolved.nullable === true) return [];
  const actual = typeOf(value);
  const types = resolved.type === undefined ? [] : Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (types.length > 0 && !types.some((type) => typeMatches(type, actual))) return [`${where} is ${actual}, expected ${types.join(' or ')}`];
  if (resolved.enum !== undefined && !resolved.enum.includes(value)) return [`${where} is ${JSON.stringify(value)}, expected one of ${JSON.stringify(resolved.enum)}`];
  if (actual === 'array' && resolved.items !== undefined) {
    return (value as unknown[]).flatMap((item, index) => validate(resolved.items as Schema, item, `${where}[${index}]`, spec));
  }
  if (actual === 'object' && (resolved.properties !== undefined || resolved.required !== undefined)) {
    const record = value as Record<string, unknown>;
    const problems = (resolved.required ?? []).filter((name) => !(name in record)).map((name) => `${where}.${name} is required`);
    for (const [name, member] of Object.entries(record)) {
      const memberSchema = resolved.properties?.[name];
      if (memberSchema !== undefined) problems.push(...validate(memberSchema, member, `${where}.${name}`, spec));
      else if (typeof resolved.additionalProperties === 'object') problems.push(...validate(resolved.additionalProperties, member, `${where}.${name}`, spec));
      else if (resolved.additionalProperties !== true) problems.push(`${where}.${name} is not a member GitHub's description names`);
    }
    return problems;
  }
  return [];
}

function parameterProblem(parameter: Parameter, text: string, spec: Description): string | undefined {
  const schema = parameter.schema === undefined ? undefined : resolve(parameter.schema, spec);
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  const where = `${parameter.in} parameter '${parameter.name}'`;
  if (type === 'integer' && !/^-?\d+$/.test(text)) return `${where} is ${JSON.stringify(text)}, expected an integer`;
  if (type === 'boolean' && text !== 'true' && text !== 'false') return `${where} is ${JSON.stringify(text)}, expected true or false`;
  if (schema?.enum !== undefined && !schema.enum.includes(text)) return `${where} is ${JSON.stringify(text)}, expected one of ${JSON.stringify(schema.enum)}`;
  return undefined;
}

/** What is wrong with the request by GitHub's REST description; empty when it is a call GitHub documents. */
export function checkAgainstRestDescription(request: CheckedRequest): string[] {
  const { routes: all, description: spec } = loadRestDescription();
  const method = request.method.toLowerCase();
  const byFewestParameters = (left: Route, right: Route) => left.names.length - right.names.length;
  const candidates = all.filter((route) => route.pattern.test(request.path)).sort(byFewestParameters);
  if (candidates.length === 0) return [`GitHub's REST API has no path ${request.path}`];
  const route = candidates.find((candidate) => candidate.operations[method] !== undefined);
  if (route === undefined) return [`GitHub's REST API has no ${request.method} ${candidates[0]?.template} (it has ${Object.keys(candidates[0]?.operations ?? {}).filter((name) => name !== 'parameters').join(', ')})`];
  const operation = route.operations[method] as Operation;
  const label = `${request.method} ${route.template}`;
  const parameters = (operation.parameters ?? []).map((parameter) => resolve(parameter, spec));
  const problems: string[] = [];
  const values = (route.pattern.exec(request.path) ?? []).slice(1);
  route.names.forEach((name, index) => {
    const parameter = parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    const problem = parameter === undefined ? undefined : parameterProblem(parameter, values[index] ?? '', spec);
    if (problem !== undefined) problems.push(problem);
  });
  for (const [name, text] of Object.entries(request.query)) {
    const parameter = parameters.find((candidate) => candidate.in === 'query' && candidate.name === name);
    if (parameter === undefined) problems.push(`query parameter '${name}' is not one ${label} takes`);
    else {
      const problem = parameterProblem(parameter, text, spec);
      if (problem !== undefined) problems.push(problem);
    }
  }
  for (const parameter of parameters) {
    if (parameter.in === 'query' && parameter.required === true && !(parameter.name in request.query)) problems.push(`query parameter '${parameter.name}' is required`);
  }
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  if (request.body === undefined) {
    if (operation.requestBody?.required === true) problems.push(`${label} needs a JSON body`);
  } else if (bodySchema === undefined) {
    problems.push(`${label} takes no JSON body`);
  } else {
    problems.push(...validate(bodySchema, request.body, 'body', spec));
  }
  return problems.map((problem) => `${label}: ${problem}`);
}
