/**
 * A tiny HTTP proxy that answers CONNECT for a few host names and tunnels
 * them to one local port. Firefox has no --host-resolver-rules: pointed at
 * this proxy for HTTPS (network.proxy.ssl), it reaches the local fixture
 * server under the pages' real host names (the TLS name and the Host header
 * stay the real ones). Any other host is refused, so nothing reaches the
 * network.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  close(): Promise<void>;
}

/** Starts the proxy on a free port of 127.0.0.1, tunnelling `hosts` (port 443) to 127.0.0.1:`targetPort`. */
export async function startConnectProxy(hosts: string[], targetPort: number): Promise<ConnectProxy> {
  const allowed = new Set(hosts.map((h) => `${h}:443`));
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((_request, response) => {
    // Plain HTTP never comes here (only network.proxy.ssl points at the proxy); refuse it anyway.
    response.writeHead(403).end();
  });
  server.on('connection', track);
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    // Node hands a CONNECT socket over without its error handler: a browser resetting it
    // threw in the test process (an uncaught ECONNRESET failed a CI run of the Firefox tests).
    client.on('error', () => client.destroy());
    if (!allowed.has(request.url ?? '')) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
