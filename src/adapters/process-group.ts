import { spawn } from 'node:child_process';

const isWindows = process.platform === 'win32';
const liveGroups = new Set<number>();
let exitHookInstalled = false;

/**
 * Sends `signal` to every process in the group led by `pid` (the child was spawned `detached`, so
 * it leads its own group and its children inherit it). Never throws.
 * Windows has no process groups: `taskkill /T` ends the tree there, always forcefully.
 */
export function signalProcessGroup(pid: number, signal: NodeJS.Signals): void {
  if (isWindows) {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => {});
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already. EPERM: every process left in it changed its user (a setuid
    // program) and cannot be signalled by us. This runs from timers and exit handlers, where a
    // throw would crash the stage, and neither case leaves anything this process could do.
  }
}

/**
 * Remembers a running group so that it is killed if this process exits first: detached children
 * are not taken down with their parent, and an agent's command must not outlive the stage.
 */
export function trackProcessGroup(pid: number): void {
  liveGroups.add(pid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const group of liveGroups) {
      try {
        signalProcessGroup(group, 'SIGKILL');
      } catch {
        // Exiting anyway: nothing useful to do with a failure here.
      }
    }
  });
}

/** Forgets a group that has been reaped. */
export function untrackProcessGroup(pid: number): void {
  liveGroups.delete(pid);
}
