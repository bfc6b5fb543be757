import type { Task } from './task.js';
import { importInterventionsTask } from './import-interventions.js';
import { importFaqTask } from './faq-tasks.js';
import { importGlossaryTask } from './glossary-tasks.js';

export type { Task } from './task.js';

/** One-off tasks run with `npm run keino -- <task>`, through the same code as the bot. */
export const tasks: Task[] = [
  {
    words: ['migrate'],
    usage: 'migrate',
    description: 'applies the database migrations (Keino also does this at every start)',
    async run(_app, _args, output) {
      // Building the app has applied them already.
      output.write('Migrations applied.\n');
    },
  },
  importInterventionsTask,
  importFaqTask,
  importGlossaryTask,
];

export function findTask(argv: string[]): { task: Task; args: string[] } | undefined {
  const sorted = [...tasks].sort((a, b) => b.words.length - a.words.length);
  for (const task of sorted) {
    if (task.words.every((word, index) => argv[index] === word)) return { task, args: argv.slice(task.words.length) };
  }
  return undefined;
}
