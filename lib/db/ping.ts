import { db } from "./client";
import { dbHealth } from "./health";

/** A real round trip, bypassing the breaker: the health check is the probe. */
export async function pingDatabase(timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("ping timed out")), timeoutMs))),
    ]);
    dbHealth.markUp();
    return true;
  } catch (e) {
    dbHealth.markDown(e);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
