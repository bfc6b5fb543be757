import { defineFeature } from '../feature-definition.js';
import { registerAccessLostNotices } from './access-lost-notices.js';

/** Workspaces Keino lost (the app removed, its token revoked): the notices to the network's admins. */
export const workspaceAccessFeature = defineFeature({
  name: 'workspace-access',
  schedule: ({ services }) => registerAccessLostNotices(services.jobs, services.delivery, services.platforms),
});
