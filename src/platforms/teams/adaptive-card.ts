import { teamsCapabilities } from './capabilities.js';

/** The JSON of an Adaptive Card as Teams takes it; the elements are plain objects. */
export type CardElement = { type: string } & Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width: 'Full' };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Teams' file-consent card and the card of a file uploaded to OneDrive (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4). */
export const FILE_CONSENT_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.info';

/** An attachment of an outgoing activity: a card, or an inline file. */
export interface OutgoingAttachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

/** One message activity to send: the adapter adds type, conversation and ids. */
export interface OutgoingActivity {
  attachments: OutgoingAttachment[];
  /** The notification and chat-list preview. */
  summary: string;
}

export function adaptiveCard(body: CardElement[], actions?: CardElement[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: teamsCapabilities.cardSchemaVersion,
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

export function cardAttachment(card: AdaptiveCard): OutgoingAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
