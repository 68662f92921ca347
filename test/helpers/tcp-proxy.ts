// A TCP proxy in front of the database that a test can cut and restore: the
// database outage we can cause here without stopping the shared MariaDB.
import net from "node:net";
import { mysqlTestDb, type TestDb } from "./databases";
import { startServer, type TestServer } from "./server";

export type TcpProxy = { port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> };

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const make = () =>
    net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
  let server = make();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  const stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return {
    port,
    cut: stop,
    restore: async () => {
      server = make();
      await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    },
    close: async () => {
      if (server.listening) await stop();
    },
  };
}

export type ProxiedServer = { database: TestDb; proxy: TcpProxy; server: TestServer; stop(): Promise<void> };

/**
 * A server on a fresh MariaDB database reached through a proxy the test can
 * cut. `cutFirst` starts it with the database already unreachable.
 */
export async function startServerBehindProxy(opts: { cutFirst?: boolean } = {}): Promise<ProxiedServer> {
  const database = await mysqlTestDb();
  const url = new URL(database.url);
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 3306) });
  if (opts.cutFirst) await proxy.cut();
  url.port = String(proxy.port);
  const server = await startServer({ databaseUrl: url.toString() });
  return {
    database,
    proxy,
    server,
    stop: async () => {
      await server.stop();
      await proxy.close();
      await database.drop();
    },
  };
}
