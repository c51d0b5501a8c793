import type { ContextInner } from './context';
import { createContextInner } from './context';
import { appRouter } from './routers/_app';
import { createCallerFactory } from './trpc';

const factory = createCallerFactory(appRouter);

/** Calls procedures in-process, without HTTP (tests, the CLI). */
export function createCaller(inner: ContextInner) {
  return factory(createContextInner(inner));
}
