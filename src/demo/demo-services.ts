import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The demo's running service: the baseline arm (the code before the change, from a pristine
 * copy) started up front, the canary arm started by the canary's own traffic command from the
 * implemented checkout, and a steady load that splits requests between them by the traffic
 * weight the traffic command sets (`.canary/weight` in the repository).
 */
export class DemoServices {
  readonly #repo: string;
  readonly #baseline: ChildProcess;
  #timer: ReturnType<typeof setInterval> | undefined;
  #probes: ReturnType<typeof setInterval> | undefined;
  #weight = 0;
  #sent = 0;
  #toCanary = 0;
  /** Port of the baseline arm (it also serves both arms' metrics). */
  get baselinePort(): string {
    return this.#read('baseline.port') ?? '';
  }

  /** Requests answered per arm. */
  readonly answered = { baseline: 0, canary: 0, failed: 0 };

  private constructor(repo: string, baseline: ChildProcess) {
    this.#repo = repo;
    this.#baseline = baseline;
  }

  /** Starts the baseline arm from `pristine` (a copy of the service before the change), serving in `repo`. */
  static async start(repo: string, pristine: string): Promise<DemoServices> {
    const baseline = spawn(process.execPath, [join(pristine, 'canary', 'serve.mjs'), 'baseline', 'v1.0.0'], { cwd: repo, stdio: 'ignore' });
    const services = new DemoServices(repo, baseline);
    for (let waited = 0; !existsSync(join(repo, '.canary', 'baseline.port')); waited += 50) {
      if (waited > 10_000 || baseline.exitCode !== null) throw new Error('the baseline service did not start');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return services;
  }

  #read(name: string): string | undefined {
    const file = join(this.#repo, '.canary', name);
    return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  }

  #request(arm: 'baseline' | 'canary'): void {
    const port = this.#read(`${arm}.port`);
    if (port === undefined) return;
    fetch(`http://127.0.0.1:${port}/hello?name=Ada&lang=fr`)
      .then(async (response) => {
        await response.arrayBuffer();
        this.answered[arm] += 1;
      })
      .catch(() => {
        this.answered.failed += 1;
      });
  }

  /**
   * Sends `perSecond` user requests a second, each to the canary while its share (since the
   * weight last changed) is below the traffic weight, plus `probesPerSecond` probe requests to each
   * running arm: probes keep both arms' load alike and give both data at every weight, 100%
   * included, as the paired baseline of a real canary analysis does.
   */
  startLoad(perSecond: number, probesPerSecond: number): void {
    this.#probes = setInterval(() => {
      this.#request('baseline');
      this.#request('canary');
    }, Math.max(1, Math.round(1000 / probesPerSecond)));
    this.#timer = setInterval(() => {
      const weight = Number(this.#read('weight') ?? '0');
      if (weight !== this.#weight) {
        // A new weight: the shares count from here.
        this.#weight = weight;
        this.#sent = 0;
        this.#toCanary = 0;
      }
      this.#sent += 1;
      // Send to the canary whenever its share so far is below the weight.
      const arm = this.#toCanary * 100 < weight * this.#sent && this.#read('canary.port') !== undefined ? 'canary' : 'baseline';
      if (arm === 'canary') this.#toCanary += 1;
      this.#request(arm);
    }, Math.max(1, Math.round(1000 / perSecond)));
  }

  /** Stops the load and both arms. */
  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    if (this.#probes !== undefined) clearInterval(this.#probes);
    this.#baseline.kill('SIGTERM');
    const canary = this.#read('canary.pid');
    if (canary !== undefined && /^[0-9]+$/.test(canary)) {
      try {
        process.kill(Number(canary), 'SIGTERM');
      } catch {
        // Already stopped (rolled back).
      }
    }
  }
}
