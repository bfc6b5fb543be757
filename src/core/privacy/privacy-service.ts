import type { AcademyService } from '../academy/academy-service.js';
import type { FileAttachment } from '../messages/message.js';
import type { Person } from '../people/person.js';
import type { ErasureReport, PersonalData, PrivacyStore } from './privacy-store.js';

/** How long a "delete my data" confirmation stays valid. */
export const CONFIRMATION_MINUTES = 15;

/**
 * A person's own data (GDPR): everything Keino holds about them as one JSON file, and its erasure.
 * Features contribute their share through the providers behind the PrivacyStore.
 */
/** What an erasure needs of the academy: the person's places, and saying no to them. */
export type SessionPlaces = Pick<AcademyService, 'registrationsOf' | 'rsvp'>;

export class PrivacyService {
  constructor(
    private readonly store: PrivacyStore,
    /** Before an erasure the person's upcoming academy places are given up through the academy; none: nothing to give up. */
    private readonly academy?: SessionPlaces,
  ) {}

  async exportFor(person: Person, now: Date): Promise<{ data: PersonalData; file: FileAttachment }> {
    const data = { exportedAt: now.toISOString(), personId: person.id, ...(await this.store.exportPerson(person.id)) };
    const file: FileAttachment = {
      filename: `keino-${now.toISOString().slice(0, 10)}.json`,
      mimeType: 'application/json',
      content: `${JSON.stringify(data, null, 2)}\n`,
      title: 'Keino',
    };
    return { data, file };
  }

  /**
   * Erases the person's data. Their upcoming academy places are given up first, through the
   * academy, so the waiting list moves up as if they had said no.
   */
  async erase(person: Person, actor: Person, now: Date): Promise<ErasureReport> {
    if (this.academy) {
      for (const { session, mine } of await this.academy.registrationsOf(person, now)) {
        if (!mine || mine.status === 'declined') continue;
        await this.academy.rsvp(session.id, person, 'declined', now).catch(() => undefined); // started or cancelled meanwhile: nothing to free
      }
    }
    return this.store.erasePerson(person.id, { actorPersonId: actor.id, at: now });
  }
}

/** What the confirmation button carries: whose data, and when it was asked. */
export interface ErasureConfirmation {
  personId: number;
  askedAt: Date;
}

/** True when the button was made for this person within the last minutes. */
export function isValidConfirmation(confirmation: ErasureConfirmation, person: Person, now: Date): boolean {
  if (confirmation.personId !== person.id) return false;
  const ageSeconds = (now.getTime() - confirmation.askedAt.getTime()) / 1000;
  return ageSeconds >= -60 && ageSeconds <= CONFIRMATION_MINUTES * 60;
}
