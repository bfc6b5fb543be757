/** Slack waits three seconds for an acknowledgement; Keino answers inline only if done by then. */
export const ACK_WINDOW_MS = 2000;

export type Settled<T> = { done: true; value: T } | { done: false; later: Promise<T> };

/**
 * Waits for the work at most `milliseconds`: its result when it finished in time, otherwise the
 * promise to finish it with after acknowledging.
 */
export async function settleWithin<T>(work: Promise<T>, milliseconds: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), milliseconds)));
  try {
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    return first === 'late' ? { done: false, later: work } : { done: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
