import { commonCatalogue } from './common-catalogue.js';
import { accountCatalogue } from '../people/account-catalogue.js';
import { identityCatalogue } from '../people/identity-catalogue.js';
import { helpCatalogue } from '../help/help-catalogue.js';
import { faqCatalogue } from '../faq/faq-catalogue.js';
import { channelCatalogue } from '../channels/channel-catalogue.js';
import { groupCatalogue } from '../groups/group-catalogue.js';
import { pairingCatalogue } from '../groups/pairing-catalogue.js';
import { pollCatalogue } from '../polls/poll-catalogue.js';
import { jobCatalogue } from '../jobs/job-catalogue.js';
import { interventionCatalogue } from '../interventions/intervention-catalogue.js';
import { academyCatalogue } from '../academy/academy-catalogue.js';
import { privacyCatalogue } from '../privacy/privacy-catalogue.js';
import { calendarCatalogue } from '../academy/calendar-catalogue.js';
import { adminCatalogue } from '../admin/admin-catalogue.js';
import { workingDaysCatalogue } from '../working-days/working-days-catalogue.js';

/**
 * The one catalogue of every user-visible phrase, in Finnish, Swedish and English.
 * Each feature keeps its section next to its code; add the section here.
 */
export const catalogue = {
  ...commonCatalogue,
  ...accountCatalogue,
  ...identityCatalogue,
  ...helpCatalogue,
  ...faqCatalogue,
  ...channelCatalogue,
  ...groupCatalogue,
  ...pairingCatalogue,
  ...pollCatalogue,
  ...jobCatalogue,
  ...interventionCatalogue,
  ...academyCatalogue,
  ...privacyCatalogue,
  ...calendarCatalogue,
  ...adminCatalogue,
  ...workingDaysCatalogue,
};

export type MessageKey = keyof typeof catalogue;
