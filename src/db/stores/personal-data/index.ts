import { academyData } from './academy.js';
import { auditData } from './audit.js';
import { calendarData } from './calendars.js';
import { channelData } from './channels.js';
import { dashboardData } from './dashboard.js';
import { deliveryData } from './delivery.js';
import { downloadData } from './downloads.js';
import { faqData } from './faq.js';
import { groupData } from './groups.js';
import { interventionData } from './interventions.js';
import { linkData } from './links.js';
import { peopleData } from './people.js';
import { pollData } from './polls.js';
import type { PersonalDataProvider } from './provider.js';
import { teamsData } from './teams.js';
import { workingDaysData } from './working-days.js';

/**
 * Every feature's personal-data provider. A new table that refers to a person needs its provider
 * here (test/privacy/personal-data-coverage.test.ts fails otherwise). People runs last: the other
 * providers still see the person's row and accounts.
 */
export const personalDataProviders: readonly PersonalDataProvider[] = [
  interventionData,
  academyData,
  calendarData,
  pollData,
  groupData,
  faqData,
  channelData,
  deliveryData,
  downloadData,
  dashboardData,
  teamsData,
  workingDaysData,
  auditData,
  linkData,
  peopleData,
];
