/**
 * The worker side of evaluate-model's parallel pass. A worker is the same program started again in
 * a worker thread (src/lib/self-worker.ts; each entry point asks isEvalWorker() first): it loads
 * onnxruntime and the model once, with the intra-op threads the main thread chose, and evaluates
 * each chunk it is sent until it is retired (src/lib/self-worker.ts: never terminated
 * inside onnxruntime).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { memoryLogger } from '../../lib/logger.js';
import { isRetire, isSelfWorker } from '../../lib/self-worker.js';
import { Model } from '../model.js';
import { loadOnnxRuntime } from '../ort.js';
import { chunkCaches, evaluateChunk, type EvalChunkResult, type EvalChunkTask } from './chunk.js';

export const EVAL_WORKER_FLAG = 'modelgateEvalWorker';

export function isEvalWorker(): boolean {
  return isSelfWorker(EVAL_WORKER_FLAG);
}

/** The model a worker loads as soon as it starts, while the main thread reads the first batch. */
export interface WarmUp {
  modelPath: string;
  threads: number;
}

/** Serves EvalChunkTask messages until the main thread retires the worker (see retire). */
export function runEvalWorker(): void {
  const load = (w: WarmUp) => loadOnnxRuntime(memoryLogger()).then((ort) => Model.load(ort, w.modelPath, w.threads));
  const warm = (workerData as { model?: WarmUp } | null)?.model;
  let model: Promise<Model> | undefined = warm && load(warm);
  // A failed warm-up is reported with the first task.
  model?.catch(() => undefined);
  const caches = chunkCaches();
  parentPort!.on('message', (task: EvalChunkTask) => {
    // Between two callbacks: onnxruntime's synchronous calls are never on this thread's stack here.
    if (isRetire(task)) process.exit(0);
    const run = async (): Promise<EvalChunkResult> => {
      model ??= load(task.setup);
      return evaluateChunk(task, await model, caches);
    };
    run().then(
      // Copied, not transferred: once a thread detaches an ArrayBuffer, V8 checks every later
      // typed-array access in it for detachment (the next chunks' parsing and feeds); copying the
      // result costs less (about 3% less CPU over the bench's 1M rows, 5 interleaved pairs).
      (r) => parentPort!.postMessage(r),
      (e: unknown) => parentPort!.postMessage({ index: task.index, ok: false, reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) } satisfies EvalChunkResult),
    );
  });
}
