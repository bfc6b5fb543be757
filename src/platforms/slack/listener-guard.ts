/**
 * Runs a listener that must acknowledge Slack exactly once. If the work fails before it
 * acknowledged, an empty acknowledgement goes out first (so Slack shows no timeout), then the
 * error goes on to the global error hook.
 */
export async function acknowledged<R>(ack: (response?: R) => Promise<void>, work: (ack: (response?: R) => Promise<void>) => Promise<void>): Promise<void> {
  let done = false;
  const once = async (response?: R) => {
    if (done) return;
    done = true;
    await ack(response);
  };
  try {
    await work(once);
  } catch (error) {
    if (!done) {
      done = true;
      await ack().catch(() => undefined);
    }
    throw error;
  }
}
