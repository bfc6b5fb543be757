import type { Activity } from 'botbuilder';
import { FileUnavailable, type SharedFile } from '../../core/files/shared-file.js';
import type { Logger } from '../../core/ports/logger.js';
import { downloadSharedFile } from '../file-download.js';

/** What Teams attaches when someone sends the bot a file in a personal chat (manifest: supportsFiles). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

interface FileDownloadInfo {
  downloadUrl?: unknown;
  uniqueId?: unknown;
  fileType?: unknown;
}

/**
 * The file a personal-chat message carries, if any. Its downloadUrl is pre-authorised and short
 * lived, so Keino sends no credentials with it; it is fetched over https only (or from the
 * activity's own serviceUrl host, where tests serve it).
 */
export function sharedFileOf(activity: Partial<Activity>, logger: Logger): SharedFile | undefined {
  const attachment = activity.attachments?.find((candidate) => candidate.contentType === FILE_DOWNLOAD_INFO);
  if (!attachment) return undefined;
  const info = (attachment.content ?? {}) as FileDownloadInfo;
  const fileId = typeof info.uniqueId === 'string' ? info.uniqueId : undefined;
  const fileType = typeof info.fileType === 'string' ? info.fileType : '';
  return {
    name: attachment.name ?? (fileType ? `file.${fileType}` : 'file'),
    async read(maxBytes) {
      const address = typeof info.downloadUrl === 'string' ? info.downloadUrl : '';
      if (!isFetchable(address, activity.serviceUrl)) {
        logger.warn({ platform: 'teams', fileId }, 'a shared file has no usable download address');
        throw new FileUnavailable();
      }
      return downloadSharedFile(address, { maxBytes, platform: 'teams', fileId, logger });
    },
  };
}

function isFetchable(address: string, serviceUrl: string | undefined): boolean {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || (serviceUrl !== undefined && url.origin === new URL(serviceUrl).origin);
  } catch {
    return false;
  }
}
