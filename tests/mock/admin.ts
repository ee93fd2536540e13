import type { MockServer } from './server';

/** Calls the mock's admin API (documented at the top of server.ts): GET without a body, POST with one. */
export async function mockAdmin(
  mock: MockServer,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${mock.url}/__mock/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}
