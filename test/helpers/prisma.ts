// A Prisma client on a test database, for asserting stored rows (vitest only).
import { parseDatabaseUrl } from "@/lib/config/env";
import { createDb, type Db } from "@/lib/db/client";
import type { TestDb } from "./databases";

const clients = new WeakMap<TestDb, Db>();

export function prismaFor(database: TestDb): Db {
  let client = clients.get(database);
  if (!client) {
    const created = createDb(parseDatabaseUrl(database.url));
    database.onDrop(() => created.$disconnect());
    clients.set(database, created);
    client = created;
  }
  return client;
}
