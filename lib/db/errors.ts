// Every database call goes through dbCall: it maps what Prisma and the drivers
// throw to the app's errors and keeps the health breaker up to date.
import { AppError, DatabaseUnavailableError } from "@/lib/errors";
import { dbHealth } from "./health";

type KnownRequestError = { name: string; code: string };

function isKnownRequestError(e: unknown): e is KnownRequestError {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { name?: string }).name === "PrismaClientKnownRequestError" &&
    typeof (e as { code?: unknown }).code === "string"
  );
}

// P2xxx codes are about the request (unique violation, missing row), except
// P2024 (connection pool timeout) and P2021 (table missing: a database that
// came back but is not migrated yet). Everything else (P1xxx, driver codes such as
// SQLITE_READONLY_DBMOVED or SQLITE_CANTOPEN, pool timeouts, refused
// connections) means the database cannot serve us.
const isRequestError = (code: string) => code.startsWith("P2") && code !== "P2024" && code !== "P2021";

/** Runs one database call, mapping failures to AppErrors (409, 404, 503) and feeding the breaker. */
export async function dbCall<T>(fn: () => Promise<T>): Promise<T> {
  if (!dbHealth.shouldTry()) throw new DatabaseUnavailableError();
  try {
    const result = await fn();
    dbHealth.markUp();
    return result;
  } catch (e) {
    if (isKnownRequestError(e) && isRequestError(e.code)) {
      dbHealth.markUp();
      if (e.code === "P2002") throw new AppError("conflict", "A record with this name already exists");
      if (e.code === "P2025") throw new AppError("not_found", "Record not found");
      throw e;
    }
    dbHealth.markDown(e);
    throw new DatabaseUnavailableError(e);
  }
}
