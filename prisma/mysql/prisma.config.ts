// Prisma CLI config for the MySQL schema. Only `generate` and `migrate diff`
// are used offline; migrations are applied by lib/db/migrate.ts (see README).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaMariaDb } from "@prisma/adapter-mariadb";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(__dirname, "schema.prisma"),
  migrations: { path: path.join(__dirname, "migrations") },
  // The MariaDB adapter lacks the shadow-database hook migrate commands want;
  // only generate runs against this config, which never connects.
  adapter: async () =>
    new PrismaMariaDb(process.env.PRISMA_CLI_MYSQL_URL ?? "mariadb://root@127.0.0.1:3306/test") as never,
});
