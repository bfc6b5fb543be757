import { CommandRegistry } from '../core/commands/registry.js';
import { PeopleService } from '../core/people/people-service.js';
import { LastSeen } from '../core/people/last-seen.js';
import { PersonCache } from '../core/people/person-cache.js';
import type { PersonChanges } from '../core/people/person-changes.js';
import { IdentityLinks } from '../core/people/identity-links.js';
import { DrizzleIdentityLinkStore } from '../db/stores/identity-link-store.js';
import { PlatformGateways } from '../core/ports/platform-gateway.js';
import { PLATFORM_CAPABILITIES, PLATFORM_SEND_LIMITS } from './platforms.js';
import type { KeinoServices } from '../core/services.js';
import type { KeinoConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { AmbientTransactions } from '../db/ambient-transaction.js';
import { CommandHandovers } from '../core/jobs/command-handover.js';
import { DEFAULT_LEASE_MS, defaultInstanceId } from '../jobs/job-runner.js';
import { DrizzleAuditLog } from '../db/stores/audit-log-store.js';
import { AcademyService } from '../core/academy/academy-service.js';
import { AcademyNotices } from '../core/academy/academy-notices.js';
import { DrizzleAcademyStore } from '../db/stores/academy-store.js';
import { CalendarFeeds } from '../core/academy/calendar-feeds.js';
import { DrizzleCalendarFeedStore } from '../db/stores/calendar-feed-store.js';
import { DrizzleChannelLinkStore } from '../db/stores/channel-link-store.js';
import { DrizzlePeopleStore } from '../db/stores/people-store.js';
import { GroupService } from '../core/groups/group-service.js';
import { DrizzleGroupStore } from '../db/stores/group-store.js';
import { DrizzlePairingStore } from '../db/stores/pairing-store.js';
import { Jobs } from '../core/jobs/jobs.js';
import { Delivery } from '../core/delivery/delivery.js';
import { DrizzleJobStore } from '../db/stores/job-store.js';
import { DrizzleDeliveryStore } from '../db/stores/delivery-store.js';
import { Pacer, REAL_TIME, SEND_HEADROOM } from '../core/delivery/pacer.js';
import { DrizzleSendBudget } from '../db/stores/send-budget-store.js';
import type { Logger } from '../core/ports/logger.js';
import { FaqService } from '../core/faq/faq-service.js';
import type { QuestionHandler } from '../core/keino.js';
import { FEATURES } from '../core/features.js';
import type { FeatureDefinition } from '../core/feature-definition.js';
import { DrizzleFaqStore } from '../db/stores/faq-store.js';
import { DrizzleFaqSearch } from '../db/stores/faq-search-store.js';
import { DrizzleExpertRequestStore } from '../db/stores/expert-request-store.js';
import { DrizzleGlossaryStore } from '../db/stores/faq-glossary-store.js';
import { searchLexicon } from '../faq/search-lexicon.js';
import type { SearchLexicon } from '../core/faq/term-expansion.js';
import { InterventionService } from '../core/interventions/intervention-service.js';
import { DrizzleInterventionStore } from '../db/stores/intervention-store.js';
import { PollService } from '../core/polls/poll-service.js';
import { DrizzlePollStore } from '../db/stores/poll-store.js';
import { silentLogger } from '../core/ports/logger.js';
import { PrivacyService } from '../core/privacy/privacy-service.js';
import { DrizzlePrivacyStore } from '../db/stores/privacy-store.js';
import { Retention } from '../core/retention/retention.js';
import { DrizzleRetentionStore } from '../db/stores/retention-store.js';
import { ActionSeal } from '../core/security/action-seal.js';
import { SignedLinks } from '../core/security/signed-links.js';
import { DrizzleDownloadStore } from '../db/stores/download-store.js';
import { loadSecret } from '../db/stores/secret-store.js';

import { DashboardAccess } from '../core/dashboard/dashboard-access.js';
import { DashboardReports } from '../core/dashboard/dashboard-reports.js';
import { DrizzleDashboardSessionStore } from '../db/stores/dashboard-session-store.js';
import { DrizzleDashboardStore } from '../db/stores/dashboard-store.js';
import { WorkingDaysService } from '../core/working-days/working-days-service.js';
import { DrizzleWorkingDaysStore } from '../db/stores/working-days-store.js';
import { WorkspaceAccess } from '../core/workspace-access/workspace-access.js';
import { DrizzleWorkspaceAccessStore } from '../db/stores/workspace-access-store.js';
/** What the wiring gives the core: the domain services, and the registry of every command, action and form. */
export interface BuiltServices {
  services: KeinoServices;
  registry: CommandRegistry;
  /** What answers text that is not a command: the FAQ. */
  answerQuestion: QuestionHandler;
}

/** Stores over Drizzle → domain services → the registry of every command. */
export function buildServices(
  rootDb: Database,
  config: Pick<KeinoConfig, 'admins'> & Partial<Pick<KeinoConfig, 'locale' | 'timeZone' | 'publicUrl' | 'secret'>>,
  options: {
    clock?: () => Date;
    logger?: Logger;
    lexicon?: SearchLexicon;
    profileDelayMs?: number;
    /** How long a slow command's job is held by its run before the job runner takes it over (the runner's lease). */
    commandLeaseMs?: number;
    /** Changes to people as the database announces them: with them, people are kept in memory (PersonCache). */
    personChanges?: PersonChanges;
  } = {},
): BuiltServices {
  // Every store is built on the ambient database, so it joins a service's atomically() block.
  const transactions = new AmbientTransactions(rootDb);
  const db = transactions.db;
  const lexicon = options.lexicon ?? searchLexicon();
  const registry = new CommandRegistry();
  const clock = options.clock ?? (() => new Date());
  const seal = new ActionSeal(() => loadSecret(rootDb, config.secret), clock);
  const gateways = new PlatformGateways();
  const jobs = new Jobs(new DrizzleJobStore(db), clock);
  const workspaceAccess = new WorkspaceAccess({
    store: new DrizzleWorkspaceAccessStore(db),
    transactions,
    jobs,
    audit: new DrizzleAuditLog(db),
    clock,
    logger: options.logger,
  });
  const handovers = new CommandHandovers({
    store: jobs.store,
    clock,
    leaseMs: options.commandLeaseMs ?? DEFAULT_LEASE_MS,
    instanceId: `${defaultInstanceId()}:commands`,
    logger: options.logger ?? silentLogger,
  });
  transactions.fence = handovers;
  const lastSeen = new LastSeen(new DrizzlePeopleStore(db), { logger: options.logger ?? silentLogger });
  const delivery = new Delivery({
    lastSeen,
    gateways,
    people: new DrizzlePeopleStore(db),
    store: new DrizzleDeliveryStore(db),
    clock,
    defaults: { locale: config.locale ?? 'fi', timeZone: config.timeZone ?? 'Europe/Helsinki' },
    // Every instance on this database draws on one budget per workspace and conversation.
    pacer: new Pacer({ ...REAL_TIME, shared: new DrizzleSendBudget(db), headroom: SEND_HEADROOM }),
    limits: PLATFORM_SEND_LIMITS,
    logger: options.logger,
    timeOff: new DrizzleWorkingDaysStore(db),
    access: workspaceAccess,
  });
  const academy = new AcademyService(new DrizzleAcademyStore(db), new DrizzlePeopleStore(db), transactions, new AcademyNotices(jobs, clock));
  const interventions = new InterventionService(new DrizzleInterventionStore(db), new DrizzlePeopleStore(db), new DrizzleAuditLog(db), transactions);
  const faq = new FaqService(
    new DrizzleFaqStore(db, lexicon),
    new DrizzleFaqSearch(db),
    new DrizzleAuditLog(db),
    new DrizzleExpertRequestStore(db),
    new DrizzleGlossaryStore(db, lexicon),
    lexicon,
  );
  const services: KeinoServices = {
    people: new PeopleService(new DrizzlePeopleStore(db), {
      admins: config.admins,
      jobs,
      transactions,
      clock,
      profileDelayMs: options.profileDelayMs,
      lookupProfile: (identity, seenIn, maxWaitMs) => delivery.lookupProfile(identity, seenIn, maxWaitMs),
      lastSeen,
      ...(options.personChanges ? { cache: new PersonCache(options.personChanges) } : {}),
    }),
    links: new IdentityLinks(new DrizzleIdentityLinkStore(db), new DrizzlePeopleStore(db), seal, new DrizzleAuditLog(db), transactions),
    seal,
    downloads: new SignedLinks(new DrizzleDownloadStore(db), () => loadSecret(rootDb, config.secret), clock, config.publicUrl),
    audit: new DrizzleAuditLog(db),
    channels: new DrizzleChannelLinkStore(db),
    gateways,
    workspaceAccess,
    platforms: PLATFORM_CAPABILITIES,
    transactions,
    jobs,
    handovers,
    delivery,
    faq,
    academy,
    calendars: new CalendarFeeds(new DrizzleCalendarFeedStore(db), config.publicUrl),
    groups: new GroupService(new DrizzleGroupStore(db), new DrizzlePairingStore(db), new DrizzleWorkingDaysStore(db)),
    interventions,
    privacy: new PrivacyService(new DrizzlePrivacyStore(db), academy),
    retention: new Retention(jobs, new DrizzleRetentionStore(db), clock, options.logger),
    polls: new PollService(new DrizzlePollStore(db), { gateways, delivery, jobs, transactions, clock, logger: options.logger ?? silentLogger }),
    workingDays: new WorkingDaysService(new DrizzleWorkingDaysStore(db), interventions, new DrizzleAuditLog(db), transactions),
    dashboard: new DashboardAccess(new DrizzleDashboardSessionStore(db), new DrizzleAuditLog(db), transactions, config.publicUrl),
    dashboardReports: new DashboardReports(new DrizzleDashboardStore(db), PLATFORM_CAPABILITIES, faq),
  };
  const setting = { services, timeZone: config.timeZone ?? 'Europe/Helsinki', logger: options.logger ?? silentLogger };
  for (const feature of FEATURES) feature.register?.(registry);
  for (const feature of FEATURES) feature.schedule?.(setting);
  const answerQuestion = answeringFeature(FEATURES);
  return { services, registry, answerQuestion };
}

/** The one feature that answers what is not a command. */
function answeringFeature(features: readonly FeatureDefinition[]): QuestionHandler {
  const answering = features.filter((feature) => feature.answerQuestion);
  if (answering.length !== 1) throw new Error(`One feature answers questions, not ${answering.length}`);
  return answering[0]!.answerQuestion!;
}
