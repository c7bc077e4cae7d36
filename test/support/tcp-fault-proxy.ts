import net from "node:net";

/**
 * A TCP proxy in front of a server, which a test can take down and bring back: `down()` cuts
 * every open connection and refuses new ones — what clients see when PostgreSQL restarts —
 * without touching the real server other tests share. `stall()` keeps every connection open but
 * passes nothing more either way: a server that hangs, or a route that drops packets.
 */
export interface FaultProxy {
  port: number;
  down(): Promise<void>;
  stall(): void;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  const open = new Set<net.Socket>();
  const pairs = new Set<[net.Socket, net.Socket]>();
  let server: net.Server | undefined;
  let port = 0;
  let stalled = false;

  const listen = async () => {
    server = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      open.add(client).add(upstream);
      const pair: [net.Socket, net.Socket] = [client, upstream];
      const cut = () => {
        client.destroy();
        upstream.destroy();
        open.delete(client);
        open.delete(upstream);
        pairs.delete(pair);
      };
      client.on("error", cut).on("close", cut);
      upstream.on("error", cut).on("close", cut);
      pairs.add(pair);
      if (!stalled) client.pipe(upstream).pipe(client);
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

  const stall = () => {
    stalled = true;
    for (const [client, upstream] of pairs) {
      client.unpipe(upstream).pause();
      upstream.unpipe(client).pause();
    }
  };

  await listen();
  return {
    get port() {
      return port;
    },
    down,
    stall,
    up: listen,
    close: down,
  };
}
