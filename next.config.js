/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  // Native and driver packages are loaded from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "mariadb", "@prisma/adapter-better-sqlite3", "@prisma/adapter-mariadb"],
  // Specs change at run time: no proxy or browser may serve an old answer.
  async headers() {
    return [{ source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] }];
  },
};
