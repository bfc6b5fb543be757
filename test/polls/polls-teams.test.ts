import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import type { FakeTeamsMember, UpdatedActivity } from '../helpers/fake-bot-connector.js';
import { postActivity, teamsActivity, type ActivityJson } from '../helpers/teams-activities.js';
import { startTeamsTestServer, type TeamsTestServer } from '../helpers/teams-test-server.js';
import { sealedFor } from '../helpers/sealed-values.js';

const ALICE: FakeTeamsMember = {
  id: '29:1AliceAaltonenPlaceholderTeamsUserIdK3inoNetworkTest0000000000000000000000000000000001',
  name: 'Alice Aaltonen',
  aadObjectId: 'a11ce000-0000-4000-8000-000000000001',
  email: 'alice.aaltonen@kunta.fi',
};
const SOTE_CHANNEL = '19:krsote00000000000000000000000000@thread.tacv2';
const VOTERS = 60;
const voter = (index: number): FakeTeamsMember => ({
  id: `29:voter-${index}`,
  name: `Äänestäjä ${index}`,
  aadObjectId: `a0a00000-0000-4000-8000-${String(index).padStart(12, '0')}`,
});

let keino: TeamsTestServer;

beforeAll(async () => {
  keino = await startTeamsTestServer();
  keino.connector.addMember(ALICE);
  for (let index = 0; index < VOTERS; index++) keino.connector.addMember(voter(index));
});
afterAll(async () => {
  keino?.app.core.services.polls.refresher.stop();
  await keino?.close();
});

const post = (activity: ActivityJson) => postActivity(keino.server.port, activity);

/** `@Keino <command>` in the SOTE channel; resolves with the poll card Keino posted and its thread. */
async function postPoll(command: string): Promise<{ activityId: string; thread: string; card: ActivityJson; pollId: number }> {
  const messageId = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const thread = `${SOTE_CHANNEL};messageid=${messageId}`;
  const before = keino.connector.sent.length;
  const { status } = await post(
    teamsActivity('message-channel-mention', keino.connector.url, {
      id: messageId,
      text: `<at>Keino</at> ${command}`,
      from: ALICE,
      conversation: { id: thread },
    }),
  );
  expect(status).toBe(200);
  const sent = keino.connector.sent.slice(before).find((entry) => entry.conversationId.startsWith(SOTE_CHANNEL) && cardsOf(entry.activity).length > 0)!;
  const card = cardsOf(sent.activity)[0];
  const vote = JSON.stringify(card).match(/"verb":"polls\.vote","data":\{"value":"k1\.[^"]*\.(\d+):0"\}/);
  expect(vote, cardText(card)).not.toBeNull();
  return { activityId: sent.id, thread, card, pollId: Number(vote![1]) };
}

/** A click on the poll card (Action.Execute), as Teams sends the invoke; the value sealed for the channel, as on the card. */
async function click(who: FakeTeamsMember, poll: { activityId: string; thread: string }, verb: string, value: string) {
  const channel = { platform: 'teams' as const, tenantId: '7e4a0000-0000-4000-8000-00000000c0de', channelId: SOTE_CHANNEL, kind: 'channel' as const };
  const sealed = await sealedFor(keino.app, verb, value, { conversation: channel });
  return post(
    teamsActivity('invoke-adaptive-card-action', keino.connector.url, {
      from: who,
      conversation: { conversationType: 'channel', isGroup: true, id: poll.thread },
      channelData: { tenant: { id: '7e4a0000-0000-4000-8000-00000000c0de' }, teamsChannelId: SOTE_CHANNEL },
      replyToId: poll.activityId,
      value: { action: { type: 'Action.Execute', title: 'x', verb, data: { value: sealed } }, trigger: 'manual' },
    }),
  );
}

const updatesOf = (activityId: string): UpdatedActivity[] => keino.connector.updates.filter((update) => update.activityId === activityId);

describe('polls in Teams', () => {
  it('runs the same poll flow: vote, see it on the card at once, take it back, others see it refreshed, close', async () => {
    const poll = await postPoll('kysely "Missä seuraava verkostotapaaminen?" "Helsinki" "Tampere" "Etänä"');
    expect(cardText(poll.card)).toContain('Missä seuraava verkostotapaaminen?');

    // The clicker gets the refreshed card in the invoke response, and a private confirmation.
    const first = await click(voter(0), poll, 'polls.vote', `${poll.pollId}:1`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const refreshed = cardText(first.body!.value);
    expect(refreshed).toContain('Tampere');
    expect(refreshed).toContain('1/1 (100 %)');
    expect(refreshed).toContain('Äänestäjä 0');
    await vi.waitFor(() => {
      const personal = keino.connector.sent.filter((entry) => !entry.conversationId.startsWith(SOTE_CHANNEL));
      expect(personal.map((entry) => cardsOf(entry.activity).map(cardText).join('\n')).join('\n')).toContain('Äänesi on kirjattu: Tampere');
    });

    // Clicking again takes the vote back.
    const again = await click(voter(0), poll, 'polls.vote', `${poll.pollId}:1`);
    expect(cardText(again.body!.value)).toContain('0 ääntä, 0 vastaajaa');

    // Everyone else sees the card refreshed through updateActivity, coalesced.
    await keino.app.core.services.polls.refresher.idle();
    await vi.waitFor(() => expect(cardText(cardsOf(updatesOf(poll.activityId).at(-1)?.activity)[0])).toContain('0 ääntä, 0 vastaajaa'));

    // Only the creator may close; then the card shows the final results and no vote buttons.
    const refused = await click(voter(1), poll, 'polls.close', String(poll.pollId));
    expect(refused.status).toBe(200);
    expect((await keino.app.core.services.polls.find(poll.pollId))?.state).toBe('open');
    const closed = await click(ALICE, poll, 'polls.close', String(poll.pollId));
    const finalCard = cardText(closed.body!.value);
    expect(finalCard).toContain('lopulliset tulokset');
    expect(finalCard).not.toContain('[Helsinki]');
    expect(finalCard).toContain('[Tulokset (CSV)]');
    const late = await click(voter(2), poll, 'polls.vote', `${poll.pollId}:0`);
    expect(late.status).toBe(200);
    expect((await keino.app.core.services.polls.tally((await keino.app.core.services.polls.find(poll.pollId))!)).counts).toEqual([0, 0, 0]);
  });

  it(`${VOTERS} people voting at once: exact tallies, each clicker sees a card at once, the shared card updated about once a second, not per click`, async () => {
    const poll = await postPoll('poll "Kumpi teema?" "Kiertotalous" "Hiilineutraalius"');
    // Known people, as in a channel that has used Keino before.
    await Promise.all(
      Array.from({ length: VOTERS }, (_, index) =>
        keino.app.core.services.people.resolve(
          { platform: 'teams', tenantId: '7e4a0000-0000-4000-8000-00000000c0de', userId: voter(index).aadObjectId },
          async () => ({ name: voter(index).name }),
        ),
      ),
    );
    const responses = await Promise.all(Array.from({ length: VOTERS }, (_, index) => click(voter(index), poll, 'polls.vote', `${poll.pollId}:${index % 2}`)));
    expect(responses.every((response) => response.status === 200 && response.body?.type === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    await keino.app.core.services.polls.refresher.idle();

    const found = (await keino.app.core.services.polls.find(poll.pollId))!;
    expect((await keino.app.core.services.polls.tally(found)).counts).toEqual([VOTERS / 2, VOTERS / 2]);
    const updates = updatesOf(poll.activityId);
    await vi.waitFor(() => expect(cardText(cardsOf(updates.at(-1)?.activity)[0])).toContain(`${VOTERS} ääntä, ${VOTERS} vastaajaa`));
    // No updateActivity per click (the invoke response shows the clicker the card): the refresher
    // starts one a second at most (start to start); when they reach Teams they may be closer by the
    // requests' own differing durations (the first one also fetches the bot's token), so the
    // check allows half a second of that. Teams itself allows 7 a second in one conversation
    // (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit#per-bot-per-thread-limit).
    expect(updates.length).toBeLessThan(VOTERS / 4);
    for (const [index, update] of updates.entries()) {
      expect(
        updates.slice(index).filter((later) => later.at - update.at < 500),
        JSON.stringify(updates.map((later) => later.at - updates[0]!.at)),
      ).toHaveLength(1);
    }
  }, 300_000);
});
