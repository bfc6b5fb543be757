import net from 'node:net';

/**
 * A TCP proxy between Keino and PostgreSQL, so a test can take the database away from one app
 * without touching the server other tests use: `cut()` resets every open connection and every new
 * one (as a restarting or unreachable server would), `restore()` lets them through again.
 */
export class TcpProxy {
  private readonly open = new Set<net.Socket>();
  private refusing = false;
  /** Connections reset while cut. */
  refused = 0;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined;
    const server = net.createServer((client) => {
      if (proxy!.refusing) {
        proxy!.refused++;
        client.resetAndDestroy();
        return;
      }
      const upstream = net.connect(target.port, target.host);
      proxy!.track(client);
      proxy!.track(upstream);
      client.pipe(upstream);
      upstream.pipe(client);
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', close).on('close', close);
      upstream.on('error', close).on('close', close);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new TcpProxy(server, (server.address() as net.AddressInfo).port);
    return proxy;
  }

  /** The connection string through the proxy. */
  url(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  /** The database goes away: open connections are reset, new ones refused. */
  cut(): void {
    this.refusing = true;
    for (const socket of this.open) socket.resetAndDestroy();
    this.open.clear();
  }

  restore(): void {
    this.refusing = false;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private track(socket: net.Socket): void {
    this.open.add(socket);
    socket.on('close', () => this.open.delete(socket));
  }
}
