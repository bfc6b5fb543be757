import { COMMAND_ACTION } from '../commands/command.js';
import { heading, type Block } from '../messages/message.js';
import type { SessionOverview } from './academy-store.js';
import { describeWhen, type Reader } from './session-time.js';

/** The label of a session's places: how many are left, or that it is full and how many wait. */
function placesLabel(reader: Reader, overview: SessionOverview): string {
  const { capacity } = overview.session;
  if (capacity === null) return reader.t('academy.placesUnlimited', { going: overview.going });
  const left = Math.max(0, capacity - overview.going);
  return left > 0 ? reader.t('academy.placesLeft', { left, capacity }) : reader.t('academy.placesFull', { waiting: overview.waiting });
}

export function answerLabel(reader: Reader, mine: NonNullable<SessionOverview['mine']>): string {
  return mine.status === 'waiting' ? reader.t('academy.status.waiting', { place: mine.waitingPlace ?? 0 }) : reader.t(`academy.status.${mine.status}`);
}

/** RSVP buttons: each runs `rsvp <id> …`, so a click and the typed command are one code path. */
function rsvpButtons(reader: Reader, id: number): Block {
  return {
    type: 'buttons',
    buttons: [
      { label: reader.t('academy.button.going'), actionId: COMMAND_ACTION, value: `rsvp ${id} yes`, style: 'primary' },
      { label: reader.t('academy.button.maybe'), actionId: COMMAND_ACTION, value: `rsvp ${id} maybe` },
      { label: reader.t('academy.button.declined'), actionId: COMMAND_ACTION, value: `rsvp ${id} no` },
    ],
  };
}

export function sessionBlocks(reader: Reader, overview: SessionOverview): Block[] {
  const { t } = reader;
  const { session, mine } = overview;
  const fields = [{ label: t('academy.field.when'), value: describeWhen(session, reader) }];
  if (session.place) fields.push({ label: t('academy.field.place'), value: session.place });
  fields.push({ label: t('academy.field.places'), value: placesLabel(reader, overview) });
  if (session.theme) fields.push({ label: t('academy.field.theme'), value: session.theme });
  if (mine) fields.push({ label: t('academy.field.yourAnswer'), value: answerLabel(reader, mine) });
  return [heading(`#${session.id} ${session.title}`), { type: 'fields', fields }, rsvpButtons(reader, session.id)];
}
