import { FileTooLarge, FileUnavailable } from '../core/files/shared-file.js';
import type { Logger } from '../core/ports/logger.js';

const DOWNLOAD_TIMEOUT_MS = 30_000;

export interface DownloadOptions {
  headers?: Record<string, string>;
  maxBytes: number;
  /** For the log when the download fails (never the file's name or content). */
  platform: string;
  fileId?: string;
  logger: Logger;
}

/**
 * Fetches a file a person shared, up to maxBytes (FileTooLarge past it, read as it streams so a
 * missing or false Content-Length cannot fill memory). A failed fetch is logged and becomes
 * FileUnavailable: the person is asked to share the file again.
 */
export async function downloadSharedFile(address: string, options: DownloadOptions): Promise<Uint8Array> {
  const unavailable = (reason: string, error?: unknown) => {
    options.logger.warn({ platform: options.platform, fileId: options.fileId, reason, ...(error ? { err: error } : {}) }, 'could not fetch a shared file');
    return new FileUnavailable();
  };
  let response: Response;
  try {
    response = await fetch(address, { headers: options.headers, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    throw unavailable('download failed', error);
  }
  // A sign-in page instead of the file: the platform did not let Keino read it.
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !response.body || type.startsWith('text/html')) {
    await response.body?.cancel();
    throw unavailable(`download answered HTTP ${response.status} ${type}`.trim());
  }
  if (Number(response.headers.get('content-length') ?? 0) > options.maxBytes) {
    await response.body.cancel();
    throw new FileTooLarge(options.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body) {
      total += chunk.byteLength;
      if (total > options.maxBytes) throw new FileTooLarge(options.maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FileTooLarge) throw error;
    throw unavailable('download broke off', error);
  }
  return Buffer.concat(chunks);
}
