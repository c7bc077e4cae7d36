import net from "node:net";

/**
 * A TCP proxy in front of a server, which a test can take down and bring back: `down()` cuts
 * every open connection and refuses new ones — what clients see when PostgreSQL restarts —
 * without touching the real server other tests share.
 */
export interface FaultProxy {
  port: number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  const open = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;

  const listen = async () => {
    server = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      open.add(client).add(upstream);
      const cut = () => {
        client.destroy();
        upstream.destroy();
        open.delete(client);
        open.delete(upstream);
      };
      client.on("error", cut).on("close", cut);
      upstream.on("error", cut).on("close", cut);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    port = (server!.address() as net.AddressInfo).port;
  };

  const down = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      for (const socket of open) socket.destroy();
      open.clear();
      server.close(() => resolve());
      server = undefined;
    });

  await listen();
  return {
    get port() {
      return port;
    },
    down,
    up: listen,
    close: down,
  };
}
