import { DateTime } from 'luxon';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { startTeamsTestServer, type TeamsTestServer } from '../helpers/teams-test-server.js';
import { consoleCaller, consoleConversation, replyText } from '../helpers/test-core.js';

const ADMIN = 'academy-admin@keino.fi';
const ALICE = {
  id: '29:1AliceAaltonenPlaceholderTeamsUserIdK3inoNetworkTest0000000000000000000000000000000001',
  aadObjectId: 'a11ce000-0000-4000-8000-000000000001',
};
const ALICE_CHAT = 'a:1KeinoPersonalChatWithAlicePlaceholderConversationId000000000000000000000000000000001';
// The server runs on the real clock: a session next March is always ahead.
const YEAR = new Date().getUTCFullYear() + 1;

let keino: TeamsTestServer;

beforeAll(async () => {
  keino = await startTeamsTestServer({ config: { admins: [ADMIN] } });
  keino.connector.addMember({ ...ALICE, name: 'Alice Aaltonen', email: 'alice.aaltonen@kunta.fi' });
  const added = await keino.app.core.handleText({
    caller: consoleCaller('akatemia-admin', { email: ADMIN }),
    conversation: consoleConversation,
    text: `session add "Innovatiiviset hankinnat" ${YEAR}-03-15 10:00 2h "Sitra, Helsinki" capacity=25`,
    source: 'command',
  });
  expect(replyText(added)).toContain('on lisätty');
});
afterAll(async () => keino?.close());

describe('the academy in Teams', () => {
  it('rsvp in the personal chat answers with a card and the calendar invitation as an attachment that opens at 10:00 in Helsinki', async () => {
    const text = 'ilmoittaudu 1 kyllä';
    const activity = teamsActivity('message-personal', keino.connector.url, { text, attachments: [{ contentType: 'text/html', content: `<p>${text}</p>` }] });
    expect((await postActivity(keino.server.port, activity)).status).toBe(200);

    const sent = await vi.waitFor(() => {
      const activities = keino.connector.sentTo(ALICE_CHAT).map((entry) => entry.activity);
      expect(activities.flatMap((reply) => reply.attachments ?? []).some((attachment) => attachment.name === 'keino-session-1.ics')).toBe(true);
      return activities;
    });
    const cards = sent.flatMap((reply) => cardsOf(reply));
    expect(cards.map(cardText).join('\n')).toContain(`Olet ilmoittautunut: Innovatiiviset hankinnat`);
    expect(cards.map(cardText).join('\n')).toContain(`15.3.${YEAR} klo 10.00–12.00`);

    const file = sent.flatMap((reply) => reply.attachments ?? []).find((attachment) => attachment.name === 'keino-session-1.ics')!;
    expect(file.contentType).toMatch(/^text\/calendar/);
    const ics = Buffer.from(String(file.contentUrl).split(',')[1]!, 'base64').toString('utf8');
    expect(ics).toContain('METHOD:REQUEST');
    const event = Object.values(nodeIcal.sync.parseICS(ics)).find((component): component is VEvent => component?.type === 'VEVENT')!;
    expect(event.uid).toBe('academy-session-1@keino');
    expect(DateTime.fromJSDate(event.start, { zone: 'Europe/Helsinki' }).toFormat('yyyy-MM-dd HH:mm')).toBe(`${YEAR}-03-15 10:00`);
  });
});
