import type { KeinoApp } from '../app/keino-app.js';

/** A one-off task (`npm run keino -- <words> …`); the registry lists them. */
export interface Task {
  /** Words that name it: ["migrate"], ["import", "faq"]. */
  words: string[];
  usage: string;
  description: string;
  run(app: KeinoApp, args: string[], output: NodeJS.WritableStream): Promise<void>;
}
