import { defineFeature } from '../feature-definition.js';
import { registerPrivacy } from './privacy-commands.js';

/** A person's own data: the export and its erasure. */
export const privacyFeature = defineFeature({ name: 'privacy', register: registerPrivacy });
