import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../stages/support/run-bundle.js';

// The layering rule is only worth having if it fails the build: lint real source text, placed
// under src/core/, with the project's own ESLint configuration.

const eslint = new ESLint({ cwd: REPOSITORY_ROOT });

async function messagesFor(source: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('import boundary of src/core', () => {
  it.each([
    ["import * as core from '@actions/core';", '@actions/*'],
    ["import OpenAI from 'openai';", 'model client is a port'],
    ["import { readFileSync } from 'node:fs';", 'file system'],
    ["import { readFile } from 'node:fs/promises';", 'file system'],
    ["import { readFileSync } from 'fs';", 'file system'],
    ["import { spawn } from 'node:child_process';", 'processes'],
    ["import { request } from 'node:https';", 'network'],
    ["import { request } from 'node:http';", 'network'],
    ["import { connect } from 'node:net';", 'network'],
    ["import { createLocalForge } from '../adapters/forge-local.js';", 'stages -> adapters -> core'],
  ])('LB-001 refuses %s', async (source, expected) => {
    const messages = await messagesFor(`${source}\nexport {};\n`, 'src/core/probe.ts');
    expect(messages.join('\n')).toContain(expected);
  });

  it('LB-002 allows pure imports in core and I/O in adapters', async () => {
    expect(await messagesFor("import { createHash } from 'node:crypto';\nimport { z } from 'zod';\nexport { createHash, z };\n", 'src/core/probe.ts')).toEqual([]);
    expect(await messagesFor("import { readFileSync } from 'node:fs';\nexport { readFileSync };\n", 'src/adapters/probe.ts')).toEqual([]);
  });

  it('LB-003 keeps adapters from reaching up into stages', async () => {
    const messages = await messagesFor("import { main } from '../stages/shared/main.js';\nexport { main };\n", 'src/adapters/probe.ts');
    expect(messages.join('\n')).toContain('stages -> adapters -> core');
  });
});
