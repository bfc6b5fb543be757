import type { AuditLog } from './audit/audit-log.js';
import type { AcademyService } from './academy/academy-service.js';
import type { CalendarFeeds } from './academy/calendar-feeds.js';
import type { ChannelLinkStore } from './channels/channel-link-store.js';
import type { DashboardAccess } from './dashboard/dashboard-access.js';
import type { DashboardReports } from './dashboard/dashboard-reports.js';
import type { GroupService } from './groups/group-service.js';
import type { InterventionService } from './interventions/intervention-service.js';
import type { PeopleService } from './people/people-service.js';
import type { IdentityLinks } from './people/identity-links.js';
import type { FaqService } from './faq/faq-service.js';
import type { Jobs } from './jobs/jobs.js';
import type { CommandHandovers } from './jobs/command-handover.js';
import type { Delivery } from './delivery/delivery.js';
import type { PlatformGateways } from './ports/platform-gateway.js';
import type { PlatformCapabilitiesById } from './ports/platform-capabilities.js';
import type { PollService } from './polls/poll-service.js';
import type { PrivacyService } from './privacy/privacy-service.js';
import type { Transactions } from './ports/transactions.js';
import type { Retention } from './retention/retention.js';
import type { ActionSeal } from './security/action-seal.js';
import type { SignedLinks } from './security/signed-links.js';
import type { WorkingDaysService } from './working-days/working-days-service.js';
import type { WorkspaceAccess } from './workspace-access/workspace-access.js';

/**
 * What command handlers may use. Each feature adds its service here; the wiring in
 * src/app/build-services.ts provides them.
 */
export interface KeinoServices {
  people: PeopleService;
  /** One-time codes that link a person's Slack and Teams accounts, and splitting them again. */
  links: IdentityLinks;
  /** Seals button values and form contexts as they leave, and opens them as they come back. */
  seal: ActionSeal;
  /** Short-lived signed download links to files Keino keeps for a while (/files/<token>/<name>). */
  downloads: SignedLinks;
  audit: AuditLog;
  /** Network channels by purpose: academy, experts. */
  channels: ChannelLinkStore;
  /** The platforms this instance can send to on its own initiative; filled as adapters mount. */
  gateways: PlatformGateways;
  /** Workspaces Keino lost (the app removed, its token revoked): nothing is sent there until it is back. */
  workspaceAccess: WorkspaceAccess;
  /** What each registered platform can do (src/app/platforms.ts), whether this instance serves it or not. */
  platforms: PlatformCapabilitiesById;
  /**
   * One transaction for a change and the jobs that follow from it (the outbox): every store call
   * inside `atomically` commits together. Enqueue notifications there, never after the change.
   */
  transactions: Transactions;
  /** Scheduled work in Postgres: register handlers by kind, enqueue with a deduplication key. */
  jobs: Jobs;
  /** Commands past their platform's acknowledgement window, made durable as jobs. */
  handovers: CommandHandovers;
  /** Sends on Keino's own initiative: to a person where they are reachable, or to a channel; recorded. */
  delivery: Delivery;
  /** KEINO-akatemia: sessions, registrations with a waiting list, calendar invitations. */
  academy: AcademyService;
  /** Each person's private calendar address (/calendar/<token>.ics). */
  calendars: CalendarFeeds;
  /** Developer groups: memberships, facilitators, group channels. */
  groups: GroupService;
  /** Hankintaluotsi interventions: owners, due dates, history, the CSV import. */
  interventions: InterventionService;
  /** Polls in any channel: live results, anonymous when asked, exact under load. */
  polls: PollService;
  /** A person's own data: the export, and its erasure (GDPR). */
  privacy: PrivacyService;
  /** The daily job that deletes or anonymises records past their time. */
  retention: Retention;
  /** The FAQ: answers in Finnish, Swedish and English, feedback, unanswered questions. */
  faq: FaqService;
  /** Sign-in links to the web dashboard and its sessions (/dashboard/…). */
  dashboard: DashboardAccess;
  /** The web dashboard's pages as data, within what each role may see. */
  dashboardReports: DashboardReports;
  /** Organisations' own days off and summer breaks, and people's own time off. */
  workingDays: WorkingDaysService;
}
