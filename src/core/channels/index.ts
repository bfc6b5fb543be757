import { defineFeature } from '../feature-definition.js';
import { registerChannelCommands } from './channel-commands.js';

/** The network's channels by purpose (academy, experts). */
export const channelsFeature = defineFeature({ name: 'channels', register: registerChannelCommands });
