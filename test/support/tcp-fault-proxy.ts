import net from "node:net";

/**
 * A TCP proxy in front of a server, which a test can take down and bring back: `down()` cuts
 * every open connection and refuses new ones — what clients see when PostgreSQL restarts —
 * without touching the real server other tests share. `stall()` keeps every connection open but
 * passes nothing more either way: a server that hangs, or a route that drops packets.
 *
 * In front of several replicas of one service it is their load balancer: each new connection
 * goes to the next replica in turn, and a replica that refuses the connection (its process is
 * gone) is passed over for the next, so a client sees a replica die only on the connections
 * that replica held. HTTP keep-alive makes the balance per connection, not per request.
 */
export interface FaultProxy {
  port: number;
  down(): Promise<void>;
  stall(): void;
  up(): Promise<void>;
  close(): Promise<void>;
}

export interface ProxyTarget {
  host: string;
  port: number;
}

export async function startFaultProxy(target: ProxyTarget | readonly ProxyTarget[]): Promise<FaultProxy> {
  const targets = Array.isArray(target) ? [...target] : [target as ProxyTarget];
  if (targets.length === 0) throw new Error("a proxy needs at least one target");
  const open = new Set<net.Socket>();
  const pairs = new Set<[net.Socket, net.Socket]>();
  let server: net.Server | undefined;
  let port = 0;
  let turn = 0;
  let stalled = false;

  /** Joins the client to its upstream: both ways at once, or not at all while stalled. */
  const join = (client: net.Socket, upstream: net.Socket) => {
    open.add(upstream);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    const cut = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
      pairs.delete(pair);
    };
    client.on("close", cut);
    upstream.on("error", cut).on("close", cut);
    pairs.add(pair);
    // Until now the client's bytes waited in its paused socket.
    if (!stalled) client.pipe(upstream).pipe(client);
  };

  /** Connects the client to the next target that accepts, trying each at most once. */
  const route = (client: net.Socket, tried: number) => {
    const next = targets[turn++ % targets.length]!;
    const upstream = net.connect(next.port, next.host);
    const refused = () => {
      upstream.destroy();
      if (tried + 1 < targets.length && !client.destroyed) route(client, tried + 1);
      else client.destroy();
    };
    upstream.once("error", refused);
    upstream.once("connect", () => {
      upstream.off("error", refused);
      if (client.destroyed) return upstream.destroy();
      join(client, upstream);
    });
  };

  const listen = async () => {
    server = net.createServer((client) => {
      open.add(client);
      client.on("error", () => client.destroy()).on("close", () => open.delete(client));
      route(client, 0);
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
