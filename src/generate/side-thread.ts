/**
 * The second core: a worker running worker-entry. From the built JavaScript it loads
 * worker-entry.js directly; from TypeScript source (tsx, vitest) it first registers tsx's loader
 * inside the worker, since a worker does not inherit the parent's module hooks.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChunkOutput } from './chunks.js';
import type { ContactChunk, JobResult } from './object-jobs.js';
import type { TaskChunkMessage, WorkerInput, WorkerMessage } from './worker-entry.js';

export interface SideThread {
  /** The worker's own files, once it has written them all; rejects if it fails. */
  done: Promise<JobResult[]>;
  readonly alive: boolean;
  sendTaskChunk(chunk: ChunkOutput): void;
  stop(): Promise<void>;
}

export interface SideThreadEvents {
  progress(object: string, rows: number): void;
  contactChunk(chunk: ContactChunk): void;
}

function tsxLoaderUrl(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    // Runtimes without import.meta.resolve: the package's CommonJS entry sits beside the ESM one.
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  }
}

function spawn(input: WorkerInput): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker-entry.js', import.meta.url), { workerData: input });
  const entry = new URL('./worker-entry.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxLoaderUrl())}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: input });
}

export function startSideThread(input: WorkerInput, on: SideThreadEvents): SideThread {
  const worker = spawn(input);
  let alive = true;
  let finished = false;
  const done = new Promise<JobResult[]>((resolve, reject) => {
    const fail = (e: Error) => { alive = false; reject(e); };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') on.progress(m.object, m.rows);
      else if (m.type === 'contact-chunk') on.contactChunk(m.chunk);
      else if (m.type === 'done') { finished = true; resolve(m.results); }
      else fail(new Error(m.message));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => { if (!finished) fail(new Error(`generator worker exited with code ${code}`)); });
  });
  done.catch(() => {}); // the caller observes failure through `done` or `alive`
  return {
    done,
    get alive() { return alive; },
    sendTaskChunk(chunk) {
      const m: TaskChunkMessage = { type: 'task-chunk', chunk };
      worker.postMessage(m, chunk.buffers);
    },
    stop: async () => { await worker.terminate(); },
  };
}
