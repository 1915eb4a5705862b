/**
 * Worker thread: writes Account and Opportunity, helps with contact chunks (sent to the main thread,
 * which owns Contact.csv), then claims task chunks and writes Task.csv in order, taking the main
 * thread's task chunks as they arrive.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChunkOutput } from './chunks.js';
import {
  accountJob, claimChunk, CONTACT_SLOT, contactChunkCount, opportunityJob, produceContactChunk, produceTaskChunk, TASK_SLOT, taskFile,
  type ContactChunk, type JobResult,
} from './object-jobs.js';
import { makeContext } from './org-context.js';
import type { Plan } from './plan.js';
import type { Skeleton } from './skeleton.js';

export interface WorkerInput { seed: number; plan: Plan; sk: Skeleton; staging: string; cursors: Int32Array }
export type WorkerMessage =
  | { type: 'progress'; object: string; rows: number }
  | { type: 'contact-chunk'; chunk: ContactChunk }
  | { type: 'done'; results: JobResult[] }
  | { type: 'error'; message: string };
/** Main → worker: a task chunk the main thread produced. */
export interface TaskChunkMessage { type: 'task-chunk'; chunk: ChunkOutput }

const port = parentPort!;
const post = (m: WorkerMessage, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
const input = workerData as WorkerInput;
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function main(): Promise<void> {
  const ctx = makeContext(input.seed, input.plan, input.sk);
  const { cursors, staging } = input;
  const results = [
    accountJob(ctx, staging, (rows) => post({ type: 'progress', object: 'Account', rows })),
    opportunityJob(ctx, staging, (rows) => post({ type: 'progress', object: 'Opportunity', rows })),
  ];
  const contactChunks = contactChunkCount(ctx);
  for (let i = claimChunk(cursors, CONTACT_SLOT, contactChunks); i >= 0; i = claimChunk(cursors, CONTACT_SLOT, contactChunks)) {
    const chunk = produceContactChunk(ctx, i);
    post({ type: 'contact-chunk', chunk }, chunk.buffers);
  }
  const tasks = taskFile(ctx, staging);
  port.on('message', (m: TaskChunkMessage) => {
    tasks.chunks.put(m.chunk);
    post({ type: 'progress', object: 'Task', rows: tasks.rowsWritten });
  });
  for (let i = claimChunk(cursors, TASK_SLOT, tasks.chunks.total); i >= 0; i = claimChunk(cursors, TASK_SLOT, tasks.chunks.total)) {
    tasks.chunks.put(produceTaskChunk(ctx, i));
    post({ type: 'progress', object: 'Task', rows: tasks.rowsWritten });
    await tick(); // let the main thread's chunks in between our own
  }
  await tasks.chunks.done;
  post({ type: 'done', results: [...results, tasks.close()] });
  port.close();
}

main().catch((e: unknown) => post({ type: 'error', message: e instanceof Error ? e.stack ?? e.message : String(e) }));
