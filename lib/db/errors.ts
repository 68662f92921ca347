// Every database call goes through dbCall: it maps what Prisma and the drivers
// throw to the app's errors and keeps the health breaker up to date.
import { AppError, DatabaseUnavailableError } from "@/lib/errors";
import { dbHealth } from "./health";

type KnownRequestError = { name: string; code: string };

function isKnownRequestError(e: unknown): e is KnownRequestError {
  return (
    typeof e === "object" && e !== null &&
    (e as { name?: string }).name === "PrismaClientKnownRequestError" &&
    typeof (e as { code?: unknown }).code === "string"
  );
}

// Prisma codes that mean "could not reach or keep the server", not "bad request".
const CONNECTION_CODES = ["P1001", "P1002", "P1008", "P1017", "P2024"];

/**
 * A request-level error (unique violation, missing row) is a client error;
 * anything else the driver throws (pool timeout, refused connection, lost
 * server) means the database cannot serve us: DatabaseUnavailableError (503).
 */
export async function dbCall<T>(fn: () => Promise<T>): Promise<T> {
  if (!dbHealth.shouldTry()) throw new DatabaseUnavailableError();
  try {
    const result = await fn();
    dbHealth.markUp();
    return result;
  } catch (e) {
    if (isKnownRequestError(e) && !CONNECTION_CODES.includes(e.code)) {
      dbHealth.markUp();
      if (e.code === "P2002") throw new AppError("conflict", "A record with this name already exists");
      if (e.code === "P2025") throw new AppError("not_found", "Record not found");
      throw e;
    }
    dbHealth.markDown(e);
    throw new DatabaseUnavailableError(e);
  }
}
