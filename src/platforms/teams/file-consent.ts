import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { PeopleStore } from '../../core/people/people-store.js';
import type { Logger } from '../../core/ports/logger.js';
import { LinkRefused, type SignedLinks, type StoredDownload } from '../../core/security/signed-links.js';
import type { Locale } from '../../core/i18n/locale.js';
import { FILE_INFO_CONTENT_TYPE } from './adaptive-card.js';
import { paceKeyOf } from './reply-delivery.js';
import { conversationOf, identityOf, localeOf } from './teams-activity.js';
import { teamsTranslator } from './teams-catalogue.js';
import { teamsDownloadPolicy } from './teams-shared-file.js';
import type { TeamsSender } from './teams-sender.js';

/**
 * Files too large for a message reach a person's OneDrive through Teams' file-consent card
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4): Keino sends the
 * card in the personal chat; on "Allow" Teams sends a `fileConsent/invoke` with an upload address
 * in the person's OneDrive, Keino uploads the file there and sends the file card; on "Decline" it
 * says so. Everything in the invoke is the sender's: the context must be a download token Keino
 * signed for this very person (not expired), the chat must be personal, and the upload address
 * must be on Microsoft's file hosts over https; anything else is refused in one sentence, and
 * nothing is uploaded anywhere.
 */
const UPLOAD_TIMEOUT_MS = 30_000;

export interface FileConsentDeps {
  downloads: SignedLinks;
  people: Pick<PeopleStore, 'findByIdentity'>;
  sender: TeamsSender;
  logger: Logger;
  defaultLocale: Locale;
  /** Origins an upload address may also be on, besides Microsoft's file hosts (tests' fakes). */
  fileOrigins?: readonly string[];
}

interface ConsentResponse {
  context?: unknown;
  uploadInfo?: { uploadUrl?: unknown; contentUrl?: unknown; name?: unknown; uniqueId?: unknown; fileType?: unknown };
}

export function registerFileConsent(bot: Application, deps: FileConsentDeps): void {
  bot.fileConsentAccept(async (context, _state, response) => accepted(context, deps, response as ConsentResponse));
  bot.fileConsentDecline(async (context, _state, response) => declined(context, deps, response as ConsentResponse));
}

/** The file the consent card stands for, if the invoke may have it: signed, unexpired, for this person, in their personal chat. */
async function fileFor(context: TurnContext, deps: FileConsentDeps, response: ConsentResponse): Promise<StoredDownload | 'expired' | undefined> {
  const token = (response.context as { download?: unknown } | undefined)?.download;
  if (typeof token !== 'string' || conversationOf(context.activity).kind !== 'personal') return undefined;
  let file: StoredDownload;
  try {
    file = await deps.downloads.open(token);
  } catch (error) {
    if (error instanceof LinkRefused) return error.reason === 'expired' ? 'expired' : undefined;
    throw error;
  }
  const person = await deps.people.findByIdentity(identityOf(context.activity));
  if (!person || file.ownerId !== person.id) return undefined;
  return file;
}

async function accepted(context: TurnContext, deps: FileConsentDeps, response: ConsentResponse): Promise<void> {
  const t = teamsTranslator(localeOf(context.activity, deps.defaultLocale));
  const file = await fileFor(context, deps, response);
  if (file === 'expired') return say(context, deps, t('teams.file.expired'));
  if (!file) {
    deps.logger.warn({ conversation: context.activity.conversation?.id }, 'refused a file consent that is not for this person');
    return say(context, deps, t('teams.file.refused'));
  }
  const info = response.uploadInfo ?? {};
  const uploadUrl = typeof info.uploadUrl === 'string' && URL.canParse(info.uploadUrl) ? new URL(info.uploadUrl) : undefined;
  if (!uploadUrl || !teamsDownloadPolicy(deps.fileOrigins ?? []).classify(uploadUrl)) {
    deps.logger.warn({ host: uploadUrl?.host }, 'refused a file consent whose upload address is not on Microsoft’s file hosts');
    return say(context, deps, t('teams.file.refused'));
  }
  try {
    await upload(uploadUrl, file.content);
  } catch (error) {
    deps.logger.warn({ err: error, file: file.id }, 'uploading a file to OneDrive failed');
    return say(context, deps, t('teams.file.uploadFailed'));
  }
  const name = typeof info.name === 'string' ? info.name : file.filename;
  const contentUrl = typeof info.contentUrl === 'string' ? info.contentUrl : undefined;
  await deps.sender.pacing.run(...paceKeyOf(context), () =>
    context.sendActivity({
      type: 'message',
      text: t('teams.file.uploaded', { filename: name }),
      attachments: [
        {
          contentType: FILE_INFO_CONTENT_TYPE,
          name,
          ...(contentUrl ? { contentUrl } : {}),
          content: {
            uniqueId: typeof info.uniqueId === 'string' ? info.uniqueId : undefined,
            fileType: typeof info.fileType === 'string' ? info.fileType : undefined,
          },
        },
      ],
    }),
  );
}

async function declined(context: TurnContext, deps: FileConsentDeps, response: ConsentResponse): Promise<void> {
  const t = teamsTranslator(localeOf(context.activity, deps.defaultLocale));
  const file = await fileFor(context, deps, response);
  await say(context, deps, file && file !== 'expired' ? t('teams.file.declined', { filename: file.filename }) : t('teams.file.declinedPlain'));
}

/**
 * The whole file in one request to the upload session Teams made in the person's OneDrive
 * (Microsoft Graph's upload session: PUT with Content-Range, no Authorization header, the address
 * being pre-authorised; https://learn.microsoft.com/graph/api/driveitem-createuploadsession#upload-bytes-to-the-upload-session).
 * Keino's files are far under the 60 MiB a single request may carry.
 */
async function upload(url: URL, content: Uint8Array): Promise<void> {
  const response = await fetch(url, {
    method: 'PUT',
    // fetch sets Content-Length from the body itself (and refuses one set by hand).
    headers: { 'Content-Range': `bytes 0-${content.byteLength - 1}/${content.byteLength}` },
    body: Buffer.from(content),
    redirect: 'error',
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (response.status !== 200 && response.status !== 201) throw new Error(`the upload session answered ${response.status}`);
}

async function say(context: TurnContext, deps: FileConsentDeps, text: string): Promise<void> {
  await deps.sender.pacing.run(...paceKeyOf(context), () => context.sendActivity({ type: 'message', text }));
}
