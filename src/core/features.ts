import { academyFeature } from './academy/index.js';
import { adminFeature } from './admin/index.js';
import { channelsFeature } from './channels/index.js';
import { coreFeature } from './commands/index.js';
import { deliveryFeature } from './delivery/index.js';
import type { FeatureDefinition } from './feature-definition.js';
import { faqFeature } from './faq/index.js';
import { groupsFeature } from './groups/index.js';
import { interventionsFeature } from './interventions/index.js';
import { jobsFeature } from './jobs/index.js';
import { peopleFeature } from './people/index.js';
import { pollsFeature } from './polls/index.js';
import { dashboardFeature } from './dashboard/index.js';
import { privacyFeature } from './privacy/index.js';
import { workingDaysFeature } from './working-days/index.js';
import { workspaceAccessFeature } from './workspace-access/index.js';

/**
 * Every feature, in the order `help` lists their commands. A new feature adds its index.ts here:
 * the wiring (src/app/build-services.ts) registers each one's commands and scheduled work.
 */
export const FEATURES: readonly FeatureDefinition[] = [
  coreFeature,
  peopleFeature,
  channelsFeature,
  jobsFeature,
  deliveryFeature,
  workspaceAccessFeature,
  academyFeature,
  faqFeature,
  groupsFeature,
  interventionsFeature,
  workingDaysFeature,
  pollsFeature,
  privacyFeature,
  adminFeature,
  dashboardFeature,
];
