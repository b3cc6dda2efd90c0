import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/core/config/default-config.js';
import { loadConfig } from '../../../src/core/config/load-config.js';
import { InputError } from '../../../src/core/errors.js';

const FILE = '.github/drydock.yml';

function failure(text: string): InputError {
  try {
    loadConfig(text, FILE);
  } catch (error) {
    if (InputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('CF-001 unknown key names file, key path, line, and what was expected', () => {
    const error = failure('version: 1\nidentities:\n  implementer:\n    comands: []\n');
    expect(error.message).toBe(
      '.github/drydock.yml: identities.implementer.comands: unknown key. Did you mean "commands"? ' +
        'Expected one of: read, write, commands, github, hosts, approval. (line 4)',
    );
    expect(error.where).toBe('.github/drydock.yml:4');
    expect(failure('version: 1\nidentities:\n  robot: {}\n').message).toMatch(/identities\.robot: unknown key\. Expected one of: planner, implementer, triager, deployer\. \(line 3\)/);
    expect(failure('version: 1\nextra: true\n').message).toMatch(/: extra: unknown key/);
  });

  it('CF-002 a shell string where an argv pattern belongs is an error naming the index and line', () => {
    const text = ['version: 1', 'identities:', '  implementer:', '    commands:', '      - [npm, test]', '      - [git, log, "**"]', '      - npm run build'].join('\n');
    expect(failure(text).message).toBe(
      '.github/drydock.yml: identities.implementer.commands[2]: expected an argv pattern: a list of strings such as [npm, test] ' +
        '(shell command strings are not accepted), got the string "npm run build" (line 7)',
    );
    expect(failure('version: 1\nidentities:\n  planner:\n    commands: "git log"\n').message).toMatch(/identities\.planner\.commands: expected a list of argv patterns/);
  });

  it('CF-003 YAML syntax errors give line and column', () => {
    const error = failure('version: 1\nidentities: [unclosed\n');
    expect(error.message).toMatch(/^\.github\/drydock\.yml: YAML syntax error: .+ \(line \d+, column \d+\)$/m);
    expect(failure('version: 1\nversion: 1\n').message).toBe('.github/drydock.yml: YAML syntax error: Map keys must be unique (line 2, column 1)');
    expect(failure('version: 1\n---\nversion: 1\n').message).toMatch(/multiple documents/);
    expect(failure('version: 1\nx: !custom tag\n').message).toMatch(/Unresolved tag/);
  });

  it('CF-004 an empty file, or one with only comments, means the defaults', () => {
    for (const text of ['', '\n\n', '# nothing here\n']) {
      expect(loadConfig(text, FILE)).toEqual({ config: defaultConfig(), warnings: [] });
    }
    expect(loadConfig('version: 1\n', FILE).config).toEqual(defaultConfig());
  });

  it('CF-005 a non-empty file needs version: 1', () => {
    expect(failure('identities: {}\n').message).toMatch(/version: expected version: 1 .*, got nothing \(the key is missing\)/);
    expect(failure('version: 2\n').message).toMatch(/got the number 2 \(line 1\)/);
    expect(failure('- version: 1\n').message).toMatch(/expected a mapping at the top level/);
  });

  it('CF-006 wrong types and ranges say what was expected and what was found', () => {
    const text = [
      'version: 1',
      'identities:',
      '  triager:',
      '    github: { push: -1, issue-coment: 2 }',
      '    hosts: ["https://example.com"]',
      'budgets:',
      '  stages:',
      '    plan: { tokens: 1.5, costUsd: "2" }',
      'models:',
      '  default: { provider: anthropic, baseUrl: "ftp://x" }',
    ].join('\n');
    const lines = failure(text).message.split('\n');
    expect(lines).toEqual([
      '.github/drydock.yml: identities.triager.github.push: expected a whole number from 0 to 1000, got the number -1 (line 4)',
      '.github/drydock.yml: identities.triager.github.issue-coment: unknown key. Did you mean "issue-comment"? Expected one of: issue-comment, issue-create, label, pull-request, push, deployment-status, check-run. (line 4)',
      '.github/drydock.yml: identities.triager.hosts[0]: invalid pattern "https://example.com": expected a bare host name such as api.example.com, without scheme, port, user or path (line 5)',
      '.github/drydock.yml: budgets.stages.plan.tokens: expected a whole number greater than 0, got the number 1.5 (line 8)',
      '.github/drydock.yml: budgets.stages.plan.costUsd: expected an amount of US dollars greater than 0, got the string "2" (line 8)',
      '.github/drydock.yml: models.default.provider: expected one of "openai", "azure-openai", "github-models", "openai-compatible", got the string "anthropic" (line 10)',
      '.github/drydock.yml: models.default.baseUrl: expected an http or https URL such as https://models.example.com/v1, got the string "ftp://x" (line 10)',
    ]);
  });

  it('CF-007 invalid globs and argv patterns are errors at their key', () => {
    expect(failure('version: 1\nidentities:\n  implementer:\n    write: ["src/[x"]\n').message).toMatch(
      /identities\.implementer\.write\[0\]: invalid pattern "src\/\[x": .*not closed.* \(line 4\)/,
    );
    expect(failure('version: 1\nidentities:\n  implementer:\n    commands: [[git, "**", log]]\n').message).toMatch(
      /identities\.implementer\.commands\[0\]: .*only allowed as the last token/,
    );
    expect(failure('version: 1\nidentities:\n  implementer:\n    commands: [["*", x]]\n').message).toMatch(/name the program literally/);
  });

  it('CF-008 validators: names, argv lists, timeouts and identities are checked', () => {
    const message = failure(
      ['version: 1', 'validators:', '  Lint: { argv: [npm, run, lint] }', '  test: { argv: "npm test" }', '  build: { argv: [], timeoutSeconds: 0 }', '  e2e: { argv: [x], identities: [robot] }'].join('\n'),
    ).message;
    expect(message).toMatch(/validators\.Lint: invalid name: a validator name uses lower-case letters/);
    expect(message).toMatch(/validators\.test\.argv: expected a command as a list of strings .*got the string "npm test" \(line 4\)/);
    expect(message).toMatch(/validators\.build\.argv: expected a command with at least the program/);
    expect(message).toMatch(/validators\.build\.timeoutSeconds: expected a whole number of seconds from 1 to 21600, got the number 0/);
    expect(message).toMatch(/validators\.e2e\.identities\[0\]: expected one of .*"planner"/);
  });

  it('CF-009 keys with dots are quoted in key paths', () => {
    expect(failure('version: 1\nprices:\n  gpt-4.1: { input: 1 }\n').message).toBe(
      '.github/drydock.yml: prices["gpt-4.1"].output: expected US dollars per million tokens, got nothing (the key is missing) (line 3)',
    );
  });

  it('CF-010 many problems are all reported, capped at 20 lines plus a count', () => {
    const text = ['version: 1', ...Array.from({ length: 25 }, (_, index) => `unknown${index}: 1`)].join('\n');
    const lines = failure(text).message.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('.github/drydock.yml: … and 5 more problems');
  });

  it('CF-011 alias bombs are refused', () => {
    const bomb = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(10).fill(`*${String.fromCharCode(97 + index)}`).join(',')}]`)].join('\n');
    expect(() => loadConfig(bomb, FILE)).toThrow(InputError);
    expect(() => loadConfig(bomb, FILE)).toThrow(/^\.github\/drydock\.yml: cannot read the YAML: .*alias/i);
  });

  it('CF-012 the file name given is the one named in messages', () => {
    expect(failure('version: 1\nbad: 1\n').message.startsWith('.github/drydock.yml: ')).toBe(true);
    expect(() => loadConfig('version: 1\nbad: 1\n', 'custom/policy.yml')).toThrow(/^custom\/policy\.yml: bad: unknown key/);
  });
});

describe('loadConfig warnings', () => {
  it('CW-001 entries aimed at protected paths load, with a warning naming key, paths and line', () => {
    const { config, warnings } = loadConfig(
      ['version: 1', 'identities:', '  implementer:', '    write:', '      - "src/**"', '      - ".github/**"', '      - "**/*.pem"', '    read: ["**/.env*"]'].join('\n'),
      FILE,
    );
    expect(config.identities.implementer.write).toEqual(['src/**', '.github/**', '**/*.pem']);
    expect(warnings.map((warning) => [warning.keyPath, warning.line])).toEqual([
      ['identities.implementer.write[1]', 6],
      ['identities.implementer.write[2]', 7],
      ['identities.implementer.read[0]', 8],
    ]);
    expect(warnings[0]?.message).toBe(
      '.github/drydock.yml: identities.implementer.write[1]: ".github/**" covers protected paths (.github/workflows/ci.yml, .github/actions/setup/action.yml, .github/drydock.yml); they stay denied for writing whatever the config says (line 6)',
    );
  });

  it('CW-002 catch-all globs such as ** do not warn', () => {
    expect(loadConfig('version: 1\nidentities:\n  implementer:\n    write: ["**", "**/*"]\n    read: ["**"]\n', FILE).warnings).toEqual([]);
  });

  it('CW-003 a shell with a wildcard argument warns: it is a shell string in disguise', () => {
    const { warnings } = loadConfig('version: 1\nidentities:\n  implementer:\n    commands: [[bash, -c, "*"], [bash, scripts/build.sh]]\n', FILE);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/identities\.implementer\.commands\[0\]: bash with a wildcard argument/);
  });
});
