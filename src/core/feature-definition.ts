import type { CommandRegistry } from './commands/registry.js';
import type { QuestionHandler } from './keino.js';
import type { Logger } from './ports/logger.js';
import type { KeinoServices } from './services.js';

/** What a feature's scheduled work is given when it is registered at start. */
export interface FeatureSetting {
  /** The services; each feature takes the few it needs and hands only those on. */
  services: KeinoServices;
  /** The network's time zone, for work planned in local time. */
  timeZone: string;
  logger: Logger;
}

/**
 * One feature's entry point (`src/core/<feature>/index.ts`): what it adds to the core. Its phrases
 * are found by folder (`phrases/<locale>.ftl`), its service is made in src/app/build-services.ts
 * from its stores. The wiring runs every feature of src/core/features.ts in order: `register`
 * first, then `schedule`.
 */
export interface FeatureDefinition {
  /** The folder's name: "polls". */
  readonly name: string;
  /** Its commands, actions, forms and home sections; a duplicate name is refused at start. */
  register?(registry: CommandRegistry): void;
  /** Handlers for its kinds of scheduled work (each kind a `defineJob`). */
  schedule?(setting: FeatureSetting): void;
  /** Answers text that is not a command; one feature at most (the FAQ). */
  readonly answerQuestion?: QuestionHandler;
}

export function defineFeature(definition: FeatureDefinition): FeatureDefinition {
  return definition;
}
