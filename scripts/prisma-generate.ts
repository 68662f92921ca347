// npm run db:generate (also postinstall): derive the SQLite schema from the
// MySQL one, then generate one Prisma client per provider.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { deriveSqliteSchema, readMysqlSchema, SQLITE_SCHEMA, ROOT } from "./lib/prisma-schemas";

const derived = deriveSqliteSchema(readMysqlSchema());
if (fs.readFileSync(SQLITE_SCHEMA, "utf8") !== derived) {
  fs.writeFileSync(SQLITE_SCHEMA, derived);
  console.log("prisma/sqlite/schema.prisma re-derived from prisma/mysql/schema.prisma");
}
for (const provider of ["mysql", "sqlite"]) {
  execFileSync("npx", ["prisma", "generate", "--config", `prisma/${provider}/prisma.config.ts`], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
console.log("Prisma clients generated for mysql and sqlite");
