import { actionButtons, actionValue, idValue, part } from '../commands/action-value.js';
import { chart, countsInWords, type Chart } from '../charts/chart.js';
import type { Translate } from '../i18n/translator.js';
import { chartBlock, heading, note, personal, shared, text, type Block, type Button, type FileAttachment, type Message } from '../messages/message.js';
import { formatDateTime } from '../time/format.js';
import { excelCsv, type CsvCell } from '../files/excel-csv.js';
import { acceptsVotes, type NamedVote, type Poll, type PollTally } from './poll.js';

/** A vote for one option of a poll: "<poll id>:<option index>". */
export const VOTE = actionButtons('polls.vote', actionValue({ pollId: part.id(), option: part.below(100) }));
/** Close the poll: its id. */
export const CLOSE = actionButtons('polls.close', idValue);
/** The results and CSV for the creator: the poll's id. */
export const EXPORT = actionButtons('polls.export', idValue);

/** Names shown under an option on the poll; the rest are counted ("and 12 more"). */
const NAMES_SHOWN = 8;
/** Slack shows at most 75 characters on a button. */
const BUTTON_LABEL_MAX = 70;

/**
 * A bar per option out of the people who voted (so multi-choice shares read naturally); every
 * renderer shows the count and the percentage with it. An anonymous vote stays counted when its
 * voter's data is erased, so the base is never below the largest count.
 */
function optionBars(poll: Poll, tally: PollTally): Extract<Block, { type: 'progress' }>[] {
  const base = Math.max(1, tally.voters, ...tally.counts);
  return poll.options.map((option, index) => ({ type: 'progress', label: option, value: tally.counts[index] ?? 0, max: base }));
}

/**
 * The results as a bar chart: one bar per option, counts only (so an anonymous poll shows no
 * more than its bars did), and an alt text that says every count in the poll's language.
 */
export function pollChart(poll: Poll, tally: PollTally, t: Translate): Chart {
  const votes = tally.counts.reduce((sum, count) => sum + count, 0);
  const draft: Chart = {
    kind: 'bar',
    title: poll.question,
    labels: poll.options,
    series: [{ name: t('poll.chartUnit'), values: poll.options.map((_, index) => tally.counts[index] ?? 0) }],
    unit: t('poll.chartUnit'),
    altText: '',
  };
  return chart({
    ...draft,
    altText: t('poll.chartAlt', { question: poll.question, counts: countsInWords(draft), summary: t('poll.summaryLine', { votes, voters: tally.voters }) }),
  });
}

function shorten(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/**
 * The shared poll message: the question, a bar per option, voters' names on named polls, and
 * buttons while it is open. Rendered in the poll's language, whoever caused the refresh.
 */
export function renderPoll(poll: Poll, tally: PollTally, t: Translate, now: Date, creatorName: string | null): Message {
  const open = acceptsVotes(poll, now);
  const blocks: Block[] = [heading(open ? `📊 ${poll.question}` : `📊 ${poll.question} (${t('poll.closedTag')})`)];
  if (poll.anonymous) blocks.push(note(t('poll.anonymousNote')));
  if (poll.maxChoices > 1 && open) blocks.push(note(t('poll.multiNote', { max: poll.maxChoices })));

  const voterNames = (index: number): Block[] => {
    const names = tally.names[index] ?? [];
    if (poll.anonymous || names.length === 0) return [];
    return [note(t('poll.voterNames', { names: names.slice(0, NAMES_SHOWN).join(', '), more: Math.max(0, names.length - NAMES_SHOWN) }))];
  };
  if (open) {
    // While votes come in, bars that update with each vote; a picture is drawn once, at the close.
    optionBars(poll, tally).forEach((bar, index) => {
      blocks.push(bar, ...voterNames(index));
    });
  } else {
    blocks.push(chartBlock(pollChart(poll, tally, t)));
    poll.options.forEach((option, index) => {
      for (const names of voterNames(index)) blocks.push(names.type === 'note' ? note(`${option}: ${names.text}`) : names);
    });
  }

  const votes = tally.counts.reduce((sum, count) => sum + count, 0);
  const footer = [t('poll.summaryLine', { votes, voters: tally.voters }), t('poll.footer', { id: poll.id, creator: creatorName ?? t('poll.unknownCreator') })];
  if (open && poll.closesAt) footer.push(t('poll.closesAt', { when: formatDateTime(poll.closesAt, poll.timeZone, poll.locale) }));
  if (!open) footer.push(t('poll.closedAt', { when: formatDateTime(poll.closedAt ?? poll.closesAt ?? now, poll.timeZone, poll.locale) }));
  blocks.push(note(footer.join(' · ')));

  const buttons: Button[] = open ? poll.options.map((option, index) => VOTE.button(shorten(option, BUTTON_LABEL_MAX), { pollId: poll.id, option: index })) : [];
  if (open) buttons.push(CLOSE.button(t('poll.closeButton'), poll.id, 'danger'));
  buttons.push(EXPORT.button(t('poll.exportButton'), poll.id));
  blocks.push({ type: 'buttons', buttons });
  return shared(blocks, `📊 ${poll.question}`);
}

/** The results for the creator: the same bars, the file attached. */
export function renderResults(poll: Poll, tally: PollTally, t: Translate, csv: FileAttachment): Message {
  const blocks: Block[] = [heading(t('poll.resultsHeading', { id: poll.id, question: poll.question }))];
  blocks.push(chartBlock(pollChart(poll, tally, t)));
  const votes = tally.counts.reduce((sum, count) => sum + count, 0);
  blocks.push(text(t('poll.summaryLine', { votes, voters: tally.voters })));
  blocks.push(note(poll.anonymous ? `${t('poll.exportNote')} ${t('poll.exportAnonymousNote')}` : t('poll.exportNote')));
  return { ...personal(blocks), attachments: [csv] };
}

/**
 * The creator's export, in the CSV that Excel opens as columns (excelCsv).
 * Named polls: a row per vote with the voter's name and time. Anonymous polls: a row per option
 * with its count, and no names, because Keino does not know them in a readable form.
 */
export function pollCsv(poll: Poll, tally: PollTally, votes: NamedVote[], t: Translate): FileAttachment {
  const rows: CsvCell[][] = poll.anonymous
    ? [[t('poll.csvOption'), t('poll.csvVotes')], ...poll.options.map((option, index) => [option, tally.counts[index] ?? 0])]
    : [
        [t('poll.csvOption'), t('poll.csvVoter'), t('poll.csvVotedAt')],
        ...votes.map((vote) => [poll.options[vote.option] ?? '', vote.name, vote.votedAt.toISOString()]),
      ];
  return { filename: t('poll.csvFilename', { id: poll.id }), mimeType: 'text/csv', content: excelCsv(rows), title: poll.question };
}
