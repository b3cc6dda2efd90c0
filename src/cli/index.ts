#!/usr/bin/env node
import { errorMessage } from '../core/errors.js';
import { runCli } from './run-cli.js';

try {
  const output = await runCli(process.argv.slice(2));
  if (output.stdout !== '') process.stdout.write(output.stdout);
  if (output.stderr !== '') process.stderr.write(output.stderr);
  process.exitCode = output.exitCode;
} catch (error) {
  process.stderr.write(`drydock: ${errorMessage(error)}\n`);
  process.exitCode = 70;
}
