/**
 * A queue that runs tasks one at a time, in the order given: each starts when the one before has
 * settled, whether it succeeded or failed. Used wherever two events (start, a storage change, an
 * alarm) may ask for the same work at once: enrolment, sync, script and rule registration.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
}
