import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GlossaryFileError, parseGlossaryFile } from '../core/faq/glossary.js';
import type { Task } from './task.js';

/**
 * `npm run keino -- import glossary <file.yaml>`: the network's glossary replaced by a file in the
 * shape of src/faq/glossary.yaml (a list of groups, each a list of terms that mean the same).
 * All or nothing; the FAQ is re-indexed with it in the same transaction.
 */
export const importGlossaryTask: Task = {
  words: ['import', 'glossary'],
  usage: 'import glossary <file.yaml>',
  description: "replaces the FAQ search's glossary (YAML: a list of groups of terms that mean the same) and re-indexes the FAQ",
  async run(app, args, output) {
    const [file] = args;
    if (!file || args.length > 1) throw new Error('Usage: npm run keino -- import glossary <file.yaml>');
    let groups: ReturnType<typeof parseGlossaryFile>;
    try {
      groups = parseGlossaryFile(await readFile(file, 'utf8'));
    } catch (error) {
      if (error instanceof GlossaryFileError) throw new Error(`${file}: ${error.problem}. Nothing was imported.`);
      throw error;
    }
    const count = await app.core.services.faq.importGlossary(groups, null, path.basename(file));
    output.write(`Imported ${count} glossary groups from ${path.basename(file)}; the FAQ is re-indexed with them.\n`);
  },
};
