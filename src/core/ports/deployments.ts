/** The deployment states Drydock writes (GitHub's names). */
export const DEPLOYMENT_STATES = ['in_progress', 'success', 'failure', 'inactive'] as const;
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number];

/** A deployment to create. */
export interface DeploymentRequest {
  /** Commit (or ref) being deployed. */
  ref: string;
  /** Environment name, such as `production`. */
  environment: string;
  /** Short text shown with the deployment. */
  description: string;
  /** Extra data kept with the deployment (the version, the run). */
  payload: Readonly<Record<string, unknown>>;
}

/** A status to add to a deployment. */
export interface DeploymentStatusRequest {
  deploymentId: number;
  state: DeploymentState;
  /** Short text shown with the status (GitHub keeps at most 140 characters). */
  description: string;
  /** URL of the deployed service. */
  environmentUrl?: string;
  /** URL of the run's logs: the workflow run that did the deploy. */
  logUrl?: string;
}

/** A created deployment. */
export interface DeploymentRef {
  id: number;
  /** API or file location, for the journal. */
  url: string;
}

/** Where deployments and their statuses are recorded: the GitHub Deployments API, or a local file. */
export interface Deployments {
  /** `github` or `local`, for the journal. */
  readonly kind: string;
  createDeployment(request: DeploymentRequest): Promise<DeploymentRef>;
  createStatus(request: DeploymentStatusRequest): Promise<{ id: number }>;
}
