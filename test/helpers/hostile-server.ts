import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A server an attacker controls (a forged activity's serviceUrl, a profile endpoint that claims
 * an admin's e-mail): it answers everything as a friendly Bot Connector would and records every
 * request, so a test can assert that Keino never called it.
 */
export class HostileServer {
  readonly requests: { method: string; url: string }[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(claimedEmail = 'admin@keino.fi'): Promise<HostileServer> {
    let hostile: HostileServer | undefined;
    const server = createServer((request, response) => {
      hostile!.requests.push({ method: request.method ?? '', url: request.url ?? '' });
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      // Whatever is asked, the answer claims to be the admin.
      response.end(JSON.stringify({ id: 'x', name: 'Network Admin', email: claimedEmail, userPrincipalName: claimedEmail, aadObjectId: 'x' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    hostile = new HostileServer(server, `http://127.0.0.1:${port}/`);
    return hostile;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
