// The ingest writer thread (writer-thread.ts starts it). Plain JavaScript so that Node can start it
// in any setting — under `node --import tsx`, under vitest, or with no loader — and it then loads
// the TypeScript through tsx (a dependency of the server), as the evidence pack's worker does.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { serveWrites } = await tsImport('./writer-job.ts', import.meta.url);
serveWrites(workerData, parentPort);
