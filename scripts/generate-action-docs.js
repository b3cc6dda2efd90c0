// Writes docs/actions.md: the inputs and outputs of every actions/*/action.yml, as the runner
// reads them. `--check` writes nothing and exits 1 when docs/actions.md differs from what the
// action files say now (the staleness test and CI run it that way).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const output = join(root, 'docs', 'actions.md');

/** Text for one Markdown table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

/** A default value shown as code; multi-line defaults (report globs) one pattern per line. */
function defaultCell(value) {
  if (value === undefined) return '';
  const lines = String(value).trim().split('\n').filter((line) => line.trim() !== '');
  return lines.map((line) => `\`${line.trim().replace(/\|/g, '\\|')}\``).join('<br>');
}

function renderAction(name, action) {
  const lines = [`## ${name}`, '', cell(action.description), ''];
  const kind = action.runs?.using === 'composite' ? 'composite action' : `JavaScript action (${action.runs?.using})`;
  lines.push(`A ${kind}: \`uses: drydock/drydock/actions/${name}@<commit SHA>\`.`, '');
  const inputs = Object.entries(action.inputs ?? {});
  lines.push('### Inputs', '');
  if (inputs.length === 0) lines.push('None.', '');
  else {
    lines.push('| input | required | default | description |', '|---|---|---|---|');
    for (const [input, spec] of inputs) {
      lines.push(`| \`${input}\` | ${spec?.required === true ? 'yes' : 'no'} | ${defaultCell(spec?.default)} | ${cell(spec?.description)} |`);
    }
    lines.push('');
  }
  const outputs = Object.entries(action.outputs ?? {});
  lines.push('### Outputs', '');
  if (outputs.length === 0) lines.push('None.', '');
  else {
    lines.push('| output | description |', '|---|---|');
    for (const [outputName, spec] of outputs) lines.push(`| \`${outputName}\` | ${cell(spec?.description)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The whole document, from the action files as they are now. */
export function renderActionDocs() {
  const names = readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .sort();
  const sections = names.map((name) => renderAction(name, parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'))));
  return [
    '# Drydock actions: inputs and outputs',
    '',
    '<!-- Generated from actions/*/action.yml by scripts/generate-action-docs.js; do not edit by hand. -->',
    '',
    'Pin every action to a full commit SHA (`drydock workflow lint` rule WL003). Inputs are strings, as',
    'for every action; empty means unset.',
    '',
    names.map((name) => `- [${name}](#${name})`).join('\n'),
    '',
    ...sections,
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const expected = renderActionDocs();
  if (process.argv.includes('--check')) {
    const current = existsSync(output) ? readFileSync(output, 'utf8') : '';
    if (current !== expected) {
      console.error('docs/actions.md is stale: an action.yml changed. Run `node scripts/generate-action-docs.js` and commit the result.');
      process.exit(1);
    }
    console.log('docs/actions.md matches actions/*/action.yml.');
  } else {
    writeFileSync(output, expected);
    console.log(`wrote ${output}`);
  }
}
