import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FaqService } from '../../src/core/faq/faq-service.js';
import { parseFaqFile } from '../../src/core/faq/faq-file.js';
import type { Button, Reply } from '../../src/core/messages/message.js';
import { STARTER_FAQ_FILE } from '../../src/faq/starter-faq.js';

const LANGUAGES_FILE = fileURLToPath(new URL('../fixtures/faq/languages.yaml', import.meta.url));

/** The shipped Finnish starter FAQ plus a Swedish and an English entry (test/fixtures/faq/languages.yaml). */
export async function importTestFaq(faq: FaqService): Promise<void> {
  const entries = [STARTER_FAQ_FILE, LANGUAGES_FILE].flatMap((file) => parseFaqFile(readFileSync(file, 'utf8'), 'yaml'));
  await faq.import(entries, null, 'test');
}

/** Every button of a reply, in order. */
export function buttonsOf(reply: Reply): Button[] {
  if (reply.kind !== 'message') return [];
  return reply.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : []));
}
