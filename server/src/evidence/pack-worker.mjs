// The evidence pack's worker thread (pack-builds.ts starts it and keeps it for later packs). Plain
// JavaScript so that Node can start it in any setting — under `node --import tsx`, under vitest, or
// with no loader at all — and it then loads the TypeScript build through tsx (already a dependency
// of the server). Loading takes seconds, which is why the thread is kept rather than started per pack.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { runPackJob } = await tsImport('./pack-job.ts', import.meta.url);
let queue = Promise.resolve();
parentPort.on('message', (job) => {
  queue = queue.then(() => runPackJob(job, parentPort));
});
parentPort.postMessage({ ready: true });
