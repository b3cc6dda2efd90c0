import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { DEPLOYMENT_STATES, type DeploymentRef, type DeploymentRequest, type Deployments, type DeploymentStatusRequest } from '../core/ports/deployments.js';

const statusSchema = z.strictObject({
  id: z.number().int().positive(),
  state: z.enum(DEPLOYMENT_STATES),
  description: z.string(),
  environmentUrl: z.string().optional(),
  logUrl: z.string().optional(),
  createdAt: z.string(),
});

const deploymentSchema = z.strictObject({
  id: z.number().int().positive(),
  ref: z.string(),
  environment: z.string(),
  description: z.string(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  statuses: z.array(statusSchema),
});

/** The local deployments file. */
export const localDeploymentsSchema = z.strictObject({ deployments: z.array(deploymentSchema) });
export type LocalDeploymentsFile = z.output<typeof localDeploymentsSchema>;

/** Options of {@link createLocalDeployments}. */
export interface LocalDeploymentsOptions {
  /** JSON file holding every deployment and status (created when missing). */
  file: string;
  /** Time of a record; default now. */
  now?: () => Date;
}

/** Reads the file, or an empty record set when it does not exist. */
export async function readLocalDeployments(file: string): Promise<LocalDeploymentsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { deployments: [] };
    throw error;
  }
  const parsed = localDeploymentsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new InputError(`${file} is not a Drydock deployments file: ${z.prettifyError(parsed.error)}`, { where: file });
  return parsed.data;
}

/**
 * Deployments recorded in a local JSON file, for runs outside GitHub Actions: the same calls and
 * states as the GitHub Deployments API, written atomically (a temporary file renamed over it).
 */
export function createLocalDeployments(options: LocalDeploymentsOptions): Deployments {
  const now = options.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();
  async function update<T>(change: (records: LocalDeploymentsFile) => T): Promise<T> {
    const run = queue.then(async () => {
      const records = await readLocalDeployments(options.file);
      const result = change(records);
      await mkdir(dirname(options.file), { recursive: true });
      const temporary = `${options.file}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(records, null, 2)}\n`);
      await rename(temporary, options.file);
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }
  return {
    kind: 'local',
    createDeployment: (request: DeploymentRequest) =>
      update((records): DeploymentRef => {
        const id = records.deployments.reduce((highest, deployment) => Math.max(highest, deployment.id), 0) + 1;
        records.deployments.push({ id, ref: request.ref, environment: request.environment, description: request.description, payload: { ...request.payload }, createdAt: now().toISOString(), statuses: [] });
        return { id, url: `${options.file}#${id}` };
      }),
    createStatus: (request: DeploymentStatusRequest) =>
      update((records) => {
        const deployment = records.deployments.find((entry) => entry.id === request.deploymentId);
        if (deployment === undefined) throw new InputError(`Deployment ${request.deploymentId} is not in ${options.file}.`, { where: options.file });
        const id = records.deployments.reduce((highest, entry) => highest + entry.statuses.length, 0) + 1;
        deployment.statuses.push({
          id,
          state: request.state,
          description: request.description,
          ...(request.environmentUrl === undefined ? {} : { environmentUrl: request.environmentUrl }),
          ...(request.logUrl === undefined ? {} : { logUrl: request.logUrl }),
          createdAt: now().toISOString(),
        });
        return { id };
      }),
  };
}
