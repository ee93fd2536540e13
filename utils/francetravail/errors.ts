/**
 * One error type for everything that can go wrong between the extension and
 * France Travail, carrying the code the popup puts into words. Details name
 * what was wrong (a status, a JSON path) and never carry personal values.
 */
import { SYNC_ERROR_CODES, type SyncError, type SyncErrorCode } from '../messaging';

export class FranceTravailError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'FranceTravailError';
  }
}

/** Any thrown value as a SyncError to store and show. */
export function toSyncError(error: unknown, at: Date): SyncError {
  if (error instanceof FranceTravailError)
    return { code: error.code, detail: error.detail, at: at.toISOString() };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (SYNC_ERROR_CODES as readonly string[]).includes(code)) {
    return {
      code: code as SyncErrorCode,
      detail: String((error as Error).message ?? code),
      at: at.toISOString(),
    };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'unknown', detail, at: at.toISOString() };
}
