import { COMMAND_ACTION, defineFileImport } from '../commands/command.js';
import { extensionOf } from '../files/shared-file.js';
import { personal, text } from '../messages/message.js';
import { MAX_BYTES } from './intervention-csv.js';
import { importReportLines } from './intervention-render.js';

/**
 * A Hankintaluotsi CSV shared with Keino in chat: imported like `npm run keino -- import
 * interventions`, every row or none, by a coordinator for their own organisation or by an admin.
 */
export const interventionFileImport = defineFileImport({
  id: 'interventions.csv',
  kindKey: 'interventions.file.kind',
  roles: ['coordinator', 'admin'],
  maxBytes: MAX_BYTES,
  accepts: (file) => extensionOf(file.name) === 'csv' || file.mimeType === 'text/csv',
  async receive(context, file) {
    const { t, person, services, now } = context;
    const content = await file.read(MAX_BYTES);
    const report = await services.interventions.importCsv(content, { actor: person, source: file.name }, now);
    const lines = importReportLines(t, report);
    return personal(
      [text(lines.join('\n')), { type: 'buttons', buttons: [{ label: t('command.tasksOrg.usage'), actionId: COMMAND_ACTION, value: 'tasks org' }] }],
      // The first line, the counts, is what a notification shows.
      lines[0],
    );
  },
});
