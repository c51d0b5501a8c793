// Where every worker thread of the server starts (start.ts). Plain JavaScript so that Node can
// start it in any setting — under `node --import tsx`, under vitest, or with no loader at all — and
// it then loads the thread's TypeScript module through tsx (a dependency of the server) and calls
// the named function with the thread's data and the port back to the thread that started it.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { module, run, data } = workerData;
const loaded = await tsImport(module, import.meta.url);
loaded[run](data, parentPort);
