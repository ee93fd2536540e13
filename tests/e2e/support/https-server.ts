/**
 * Serves saved fixture pages over local HTTPS at their real host names: the
 * browser maps each host to this server (--host-resolver-rules) and accepts
 * the self-signed certificate (--ignore-certificate-errors). The certificate is
 * made with the openssl CLI at test time, in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureServer {
  port: number;
  /** The --host-resolver-rules value mapping `hosts` here and every other host nowhere. */
  resolverRules: string;
  close(): Promise<void>;
}

/** Makes a throw-away self-signed certificate for `hosts`. */
function selfSignedCertificate(hosts: string[]): { key: Buffer; cert: Buffer; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'repere-cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=repere-e2e',
      '-addext',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), dir };
}

/**
 * Starts the server. `routes` maps "host/path" (no query) to an HTML file; anything
 * else answers 404 with an empty page, and every sub-resource (CSS, scripts, images)
 * answers 404 too, so no fixture reaches the real network.
 */
export async function startFixtureServer(routes: Record<string, string>): Promise<FixtureServer> {
  const hosts = [...new Set(Object.keys(routes).map((route) => route.split('/')[0] ?? ''))];
  const { key, cert, dir } = selfSignedCertificate(hosts);
  const server = createServer({ key, cert }, (request, response) => {
    const host = (request.headers.host ?? '').split(':')[0] ?? '';
    const path = new URL(request.url ?? '/', 'https://x').pathname;
    const file = routes[`${host}${path}`];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const resolverRules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  return {
    port,
    resolverRules,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
