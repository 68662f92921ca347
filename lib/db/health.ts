// Circuit breaker for the database. After a failure, calls fail fast for a
// short while instead of each waiting out the driver's timeout; then one call
// is let through to probe, and the first success closes the breaker again.
const RETRY_AFTER_MS = 1500;

type State = { down: boolean; lastAttempt: number; lastError?: string };
const g = globalThis as unknown as { waverlessDbHealth?: State };
const state = (g.waverlessDbHealth ??= { down: false, lastAttempt: 0 });

export const dbHealth = {
  /** False while the breaker is open and not yet due for another try. */
  shouldTry(now = Date.now()): boolean {
    if (!state.down || now - state.lastAttempt >= RETRY_AFTER_MS) {
      state.lastAttempt = now;
      return true;
    }
    return false;
  },
  markUp() {
    if (state.down) console.info("database is reachable again; serving specs from the database");
    state.down = false;
    state.lastError = undefined;
  },
  markDown(error: unknown) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    if (!state.down) console.warn(`database unavailable, serving the YAML baseline: ${message}`);
    state.down = true;
    state.lastError = message;
  },
  snapshot(): Readonly<State> {
    return { ...state };
  },
};
