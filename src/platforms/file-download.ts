import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { FileTooLarge, FileUnavailable } from '../core/files/shared-file.js';
import type { Logger } from '../core/ports/logger.js';
import { isPublicAddress } from './outgoing-address.js';

const DOWNLOAD_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;

/**
 * Which addresses a download may reach. A shared file's address comes from a client, so each hop
 * (the first and every redirect) is classified again:
 * - `platform`: the platform's own file hosts, over https, and only when every address DNS gives
 *   for the name is public (the connection goes to the address that was checked);
 * - `configured`: an origin the operator configured (SLACK_API_URL, a test's fake), reached as is;
 * - `undefined`: refused, nothing is sent.
 */
export interface DownloadPolicy {
  classify(url: URL): 'platform' | 'configured' | undefined;
  /** Headers for one hop (a bot token goes only where the platform's own hosts are). */
  headersFor?(url: URL): Record<string, string>;
}

export interface DownloadOptions {
  policy: DownloadPolicy;
  maxBytes: number;
  /** For the log when the download fails (never the file's name, address or content). */
  platform: string;
  fileId?: string;
  logger: Logger;
}

/** A download refused or failed; the reason is for the log, never for the person. */
class DownloadRefused extends Error {}

/**
 * Fetches a file a person shared, up to maxBytes (FileTooLarge past it, read as it streams so a
 * missing or false Content-Length cannot fill memory). Redirects are followed by hand, each hop
 * checked by the policy. A refused or failed fetch is logged and becomes FileUnavailable: the
 * person gets the same neutral sentence whatever the host answered.
 */
export async function downloadSharedFile(address: string, options: DownloadOptions): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  try {
    let url = new URL(address);
    for (let hop = 0; ; hop++) {
      const response = await get(url, options.policy, signal);
      const location = response.headers.location;
      if (response.statusCode !== undefined && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.destroy();
        if (hop >= MAX_REDIRECTS) throw new DownloadRefused('too many redirects');
        url = new URL(location, url);
        continue;
      }
      return await readBody(response, options.maxBytes);
    }
  } catch (error) {
    if (error instanceof FileTooLarge) throw error;
    const reason = error instanceof DownloadRefused ? error.message : 'download failed';
    options.logger.warn(
      { platform: options.platform, fileId: options.fileId, reason, ...(error instanceof DownloadRefused ? {} : { err: error }) },
      'could not fetch a shared file',
    );
    throw new FileUnavailable();
  }
}

/** One GET, after the policy allowed the address (and, for platform hosts, DNS gave only public addresses). */
function get(url: URL, policy: DownloadPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  const kind = policy.classify(url);
  if (!kind) return Promise.reject(new DownloadRefused('address not allowed'));
  const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!client || (kind === 'platform' && client !== https)) return Promise.reject(new DownloadRefused('not https'));
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  // An address literal is connected to without a lookup: check it here.
  if (kind === 'platform' && isIP(literal) && !isPublicAddress(literal)) return Promise.reject(new DownloadRefused('internal address'));
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      headers: policy.headersFor?.(url) ?? {},
      signal,
      ...(kind === 'platform' ? { lookup: publicOnlyLookup } : {}),
    });
    request.once('response', resolve);
    request.once('error', reject);
  });
}

/** DNS lookup that fails when any address of the name is not public (no rebinding between check and connect). */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    if (addresses.length === 0 || addresses.some((entry) => !isPublicAddress(entry.address))) {
      return callback(new DownloadRefused('internal address'), '', 0);
    }
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const type = String(response.headers['content-type'] ?? '');
  const status = response.statusCode ?? 0;
  // A sign-in page instead of the file: the platform did not let Keino read it.
  if (status < 200 || status >= 300 || type.startsWith('text/html')) {
    response.destroy();
    throw new DownloadRefused(`download answered HTTP ${status}`);
  }
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy();
    throw new FileTooLarge(maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      response.destroy();
      throw new FileTooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
