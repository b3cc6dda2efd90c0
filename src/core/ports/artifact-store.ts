/** Files of an artifact: name (flat, no directories) to content. */
export type ArtifactFiles = Readonly<Record<string, string | Uint8Array>>;

/** Where an artifact lives. */
export interface ArtifactRef {
  /** Artifact name, e.g. `drydock-plan-attempt-1`. Names are immutable within a run. */
  name: string;
  /** Workflow run that holds it; default: the current run. */
  runId?: string;
}

/** A stored artifact. */
export interface ArtifactInfo {
  name: string;
  runId: string;
  /** Total size in bytes. */
  size: number;
}

/**
 * Stage hand-over storage. Inside Actions this is workflow artifacts; outside, a directory.
 * `save` is all-or-nothing: a failed save leaves no partial artifact. `load` of a missing or corrupt
 * artifact throws an error naming it.
 */
export interface ArtifactStore {
  save(name: string, files: ArtifactFiles): Promise<ArtifactInfo>;
  load(ref: ArtifactRef): Promise<Record<string, Uint8Array>>;
  list(options?: { runId?: string }): Promise<ArtifactInfo[]>;
}
