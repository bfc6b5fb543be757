import type { Activity } from 'botbuilder';
import { FileUnavailable, type SharedFile } from '../../core/files/shared-file.js';
import type { Logger } from '../../core/ports/logger.js';
import { downloadSharedFile, type DownloadPolicy } from '../file-download.js';
import { hostIsUnder } from '../outgoing-address.js';

/** What Teams attaches when someone sends the bot a file in a personal chat (manifest: supportsFiles). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/**
 * Where Microsoft serves the pre-authorised downloadUrl of a file sent to a bot: the sender's
 * OneDrive for Business (SharePoint, also in the US government clouds) and OneDrive's download hosts.
 */
export const TEAMS_FILE_DOMAINS = ['sharepoint.com', 'sharepoint.us', 'sharepoint-mil.us', 'onedrive.com', '1drv.com', 'svc.ms', 'livefilestore.com'];

interface FileDownloadInfo {
  downloadUrl?: unknown;
  uniqueId?: unknown;
  fileType?: unknown;
}

/**
 * The file a personal-chat message carries, if any. Its downloadUrl is pre-authorised and short
 * lived, so Keino sends no credentials with it. The address is the sender's to choose, so it is
 * fetched only from Microsoft's file hosts over https (or from origins the operator configured,
 * where tests serve files), never from the activity's serviceUrl.
 */
export function sharedFileOf(activity: Partial<Activity>, logger: Logger, configuredOrigins: readonly string[] = []): SharedFile | undefined {
  const attachment = activity.attachments?.find((candidate) => candidate.contentType === FILE_DOWNLOAD_INFO);
  if (!attachment) return undefined;
  const info = (attachment.content ?? {}) as FileDownloadInfo;
  const fileId = typeof info.uniqueId === 'string' ? info.uniqueId : undefined;
  const fileType = typeof info.fileType === 'string' ? info.fileType : '';
  return {
    name: attachment.name ?? (fileType ? `file.${fileType}` : 'file'),
    async read(maxBytes) {
      const address = typeof info.downloadUrl === 'string' ? info.downloadUrl : '';
      if (!URL.canParse(address)) {
        logger.warn({ platform: 'teams', fileId }, 'a shared file has no usable download address');
        throw new FileUnavailable();
      }
      return downloadSharedFile(address, { policy: teamsDownloadPolicy(configuredOrigins), maxBytes, platform: 'teams', fileId, logger });
    },
  };
}

export function teamsDownloadPolicy(configuredOrigins: readonly string[]): DownloadPolicy {
  const configured = new Set(configuredOrigins.map((origin) => new URL(origin).origin));
  return {
    classify: (url) =>
      configured.has(url.origin) ? 'configured' : url.protocol === 'https:' && hostIsUnder(url.hostname, TEAMS_FILE_DOMAINS) ? 'platform' : undefined,
  };
}
