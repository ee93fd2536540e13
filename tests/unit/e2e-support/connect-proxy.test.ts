import { type AddressInfo, connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type ConnectProxy, startConnectProxy } from '../../e2e/support/connect-proxy';

/** Sends CONNECT for `target`, waits for the proxy's first answer, then resets the socket. */
function connectThenReset(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
    });
    socket.once('data', (answer) => {
      socket.resetAndDestroy();
      resolve(answer.toString().split('\r\n')[0] ?? '');
    });
    socket.on('error', reject);
  });
}

describe('the CONNECT proxy of the Firefox end-to-end tests', () => {
  let proxy: ConnectProxy | undefined;
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);
  afterEach(async () => {
    process.off('uncaughtException', record);
    await proxy?.close();
  });

  it('survives a browser resetting a refused or a tunnelled connection', async () => {
    process.on('uncaughtException', record);
    const target = createServer((socket) => socket.on('error', () => socket.destroy()));
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    proxy = await startConnectProxy(['www.example.fr'], (target.address() as AddressInfo).port);
    expect(await connectThenReset(proxy.port, 'elsewhere.example:443')).toBe('HTTP/1.1 403 Forbidden');
    expect(await connectThenReset(proxy.port, 'www.example.fr:443')).toBe(
      'HTTP/1.1 200 Connection Established',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    target.close();
    expect(uncaught).toEqual([]);
  });
});
