import * as z from 'zod';
import { GITHUB_OPERATIONS, GITHUB_OPERATION_NAMES, type GithubOperation } from '../policy/github-operations.js';
import { IDENTITY_NAMES, type IdentityName } from '../policy/identity-names.js';
import { expecting } from './schema-messages.js';
import { argvPatternListSchema, hostPatternListSchema, pathGlobListSchema, wholeNumberSchema } from './schema-parts.js';

/** Highest count an operation can be granted per stage; beyond it a typo is likelier than intent. */
export const MAX_GITHUB_OPERATION_COUNT = 1000;

const operationCountSchema = wholeNumberSchema(`a whole number from 0 to ${MAX_GITHUB_OPERATION_COUNT}`, 0, MAX_GITHUB_OPERATION_COUNT);

/** GitHub operations with their maximum count per stage. */
export const githubOperationLimitsSchema = z
  .strictObject(
    Object.fromEntries(
      GITHUB_OPERATION_NAMES.map((name) => [name, operationCountSchema.optional().describe(`Most times per stage to ${GITHUB_OPERATIONS[name]}.`)]),
    ) as Record<GithubOperation, z.ZodOptional<typeof operationCountSchema>>,
    expecting(`a mapping of GitHub operations to maximum counts, such as { issue-comment: 5 }`),
  )
  .describe('GitHub operations the identity may perform, with a maximum count per stage; absent or 0 means not granted.');

/** What needs a human approval. */
export const approvalSchema = z
  .strictObject(
    {
      commands: argvPatternListSchema.optional().describe('Argv patterns that need a human approval before they run.'),
      write: pathGlobListSchema.optional().describe('Path globs whose writes need a human approval. Protected paths stay denied.'),
    },
    expecting('a mapping with commands and/or write'),
  )
  .describe('Actions that need a human approval rather than being allowed outright.');

/** One identity's permissions as written in the file; every field replaces the default's. */
export const identitySchema = z
  .strictObject(
    {
      read: pathGlobListSchema.optional().describe('Path globs the identity may read. Credential files and .git stay unreadable.'),
      write: pathGlobListSchema.optional().describe('Path globs the identity may write. Protected paths stay unwritable.'),
      commands: argvPatternListSchema.optional().describe('Argv patterns of commands the identity may run.'),
      github: githubOperationLimitsSchema.optional(),
      hosts: hostPatternListSchema.optional(),
      approval: approvalSchema.optional(),
    },
    expecting('a mapping with read, write, commands, github, hosts and/or approval'),
  )
  .describe('Permissions of one agent identity; unset fields keep their safe defaults.');

/** All identities. */
export const identitiesSchema = z
  .strictObject(
    Object.fromEntries(IDENTITY_NAMES.map((name) => [name, identitySchema.optional()])) as Record<IdentityName, z.ZodOptional<typeof identitySchema>>,
    expecting(`a mapping of identities (${IDENTITY_NAMES.join(', ')})`),
  )
  .describe('Permissions per agent identity.');
