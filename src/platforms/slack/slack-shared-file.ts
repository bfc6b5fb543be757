import type { webApi } from '@slack/bolt';
import { FileUnavailable, type SharedFile } from '../../core/files/shared-file.js';
import type { Logger } from '../../core/ports/logger.js';
import { downloadSharedFile, type DownloadPolicy } from '../file-download.js';
import { hostIsUnder } from '../outgoing-address.js';

/** Where Slack serves files (files.slack.com; GovSlack's files.slack-gov.com). */
const SLACK_FILE_DOMAINS = ['slack.com', 'slack-gov.com'];

type SlackFile = NonNullable<webApi.FilesInfoResponse['file']>;

/** A file from files.info, fetched with the bot token only when Keino decides to read it. */
export function slackSharedFile(client: webApi.WebClient, file: SlackFile, logger: Logger): SharedFile {
  return {
    name: file.name ?? file.title ?? file.id ?? 'file',
    ...(typeof file.size === 'number' ? { size: file.size } : {}),
    ...(file.mimetype ? { mimeType: file.mimetype } : {}),
    async read(maxBytes) {
      const address = file.url_private_download ?? file.url_private;
      if (!address || !mayCarryBotToken(address, client.slackApiUrl)) {
        logger.warn({ platform: 'slack', fileId: file.id }, 'a shared file has no download address on Slack');
        throw new FileUnavailable();
      }
      return downloadSharedFile(address, { policy: slackDownloadPolicy(client), maxBytes, platform: 'slack', fileId: file.id, logger });
    },
  };
}

/** Slack's file hosts (or the configured Web API's origin), each hop with the bot token. */
function slackDownloadPolicy(client: webApi.WebClient): DownloadPolicy {
  const configured = new URL(client.slackApiUrl).origin;
  return {
    classify: (url) => (url.origin === configured ? 'configured' : mayCarryBotToken(url.href, client.slackApiUrl) ? 'platform' : undefined),
    headersFor: (url): Record<string, string> => (mayCarryBotToken(url.href, client.slackApiUrl) ? { authorization: `Bearer ${client.token}` } : {}),
  };
}

/**
 * The bot token goes only to Slack's own hosts over https (or to the Web API's host when
 * SLACK_API_URL points elsewhere, as in tests): a file's address comes from Slack, but the token
 * must never leave it.
 */
export function mayCarryBotToken(address: string, apiUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.origin === new URL(apiUrl).origin) return true;
  return url.protocol === 'https:' && hostIsUnder(url.hostname, SLACK_FILE_DOMAINS);
}
