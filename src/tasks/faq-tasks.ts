import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FaqFileError, formatOfFile, parseFaqFile } from '../core/faq/faq-file.js';
import type { Task } from './task.js';

/**
 * `npm run keino -- import faq <file>`: FAQ entries from YAML or CSV (DESIGN.md's shape: id, locale,
 * question, answer, tags, and optionally alternatives). Every entry or none; the same id updates.
 */
export const importFaqTask: Task = {
  words: ['import', 'faq'],
  usage: 'import faq <file.yaml|file.csv>',
  description: 'imports FAQ entries (YAML or CSV: id, locale, question, answer, tags); the same id updates its entry',
  async run(app, args, output) {
    const [file] = args;
    if (!file || args.length > 1) throw new Error('Usage: npm run keino -- import faq <file.yaml|file.csv>');
    const format = formatOfFile(file);
    if (!format) throw new Error(`${file}: expected a .yaml, .yml or .csv file`);
    let entries: ReturnType<typeof parseFaqFile>;
    try {
      entries = parseFaqFile(new Uint8Array(await readFile(file)), format);
    } catch (error) {
      if (error instanceof FaqFileError) throw new Error(`${file}, line ${error.line}: ${error.problem}. Nothing was imported.`);
      throw error;
    }
    const { created, updated } = await app.core.services.faq.import(entries, null, path.basename(file));
    output.write(`Imported ${entries.length} FAQ entries from ${path.basename(file)}: ${created} new, ${updated} updated.\n`);
  },
};
