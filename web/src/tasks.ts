// Start-up work in pieces: a task that runs for long blocks painting and input, so the page hands control
// back to the browser between pieces.

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a later task, ahead of other queued work where the browser supports `scheduler.yield`. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
