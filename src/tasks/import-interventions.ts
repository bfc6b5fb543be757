import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isKeinoError } from '../core/errors.js';
import { translator } from '../core/i18n/translator.js';
import { FileTooLarge } from '../core/files/shared-file.js';
import { MAX_BYTES } from '../core/interventions/intervention-csv.js';
import { importReportLines } from '../core/interventions/intervention-render.js';
import type { Task } from './task.js';

/**
 * `npm run keino -- import interventions <file>`: a Hankintaluotsi CSV, every row or none. Run by an
 * operator, so any organisation may be in the file; the report is in the network's language.
 */
export const importInterventionsTask: Task = {
  words: ['import', 'interventions'],
  usage: 'import interventions <file.csv>',
  description: 'imports Hankintaluotsi interventions (CSV: organisation, title, owner_email, due_date, status, policy, category)',
  async run(app, args, output) {
    const [file] = args;
    if (!file || args.length > 1) throw new Error('Usage: npm run keino -- import interventions <file.csv>');
    const t = translator(app.config.locale);
    try {
      if ((await stat(file)).size > MAX_BYTES) throw new FileTooLarge(MAX_BYTES);
      const content = await readFile(file);
      const report = await app.core.services.interventions.importCsv(new Uint8Array(content), { actor: null, source: path.basename(file) }, app.core.now());
      output.write(`${importReportLines(t, report).join('\n')}\n`);
    } catch (error) {
      // The problems, each with its line and column; nothing of the file was written.
      if (isKeinoError(error)) throw new Error(error.describe(t));
      throw error;
    }
  },
};
