import { defineFeature } from '../feature-definition.js';
import { registerDeliveryJobs } from './delivery-jobs.js';

/** Sending on Keino's own initiative: to a person or a conversation, as jobs. */
export const deliveryFeature = defineFeature({
  name: 'delivery',
  schedule: ({ services }) => registerDeliveryJobs(services.jobs, services.delivery),
});
