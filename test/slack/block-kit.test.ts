import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personal, shared, type Block, type Form, type Message } from '../../src/core/messages/message.js';
import { decodeActionId, encodeActionId } from '../../src/platforms/slack/action-ids.js';
import { progressText, renderBlocks, renderHomeView, renderMessage } from '../../src/platforms/slack/block-kit-renderer.js';
import { fieldErrors, parseFormMetadata, readSubmission, renderModal } from '../../src/platforms/slack/form-modal.js';
import { chunkText, fromSlackText, toMrkdwn, withoutMention } from '../../src/platforms/slack/slack-text.js';
import { blockKitViolations, viewViolations } from '../helpers/block-kit-limits.js';

type Json = any;

const pagesOf = (message: Message): Json[] => {
  const pages = renderMessage(message);
  for (const page of pages) expect(blockKitViolations(page.blocks, 'message')).toEqual([]);
  return pages;
};

describe('Slack text', () => {
  it('shows bold, italics and code as Slack does, and a link in text with its address', () => {
    expect(toMrkdwn('**Liity** _nyt_: [ohje](https://keino.fi/ohje?a=1&b=2) tai `ohje`')).toBe(
      '*Liity* _nyt_: ohje (<https://keino.fi/ohje?a=1&amp;b=2>) tai `ohje`',
    );
  });

  it('never lets text from people become a mention, a channel ping or a hidden link', () => {
    expect(toMrkdwn('<!channel> & <@U123> > kaikki')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &gt; kaikki');
    expect(toMrkdwn('[kaikki](!channel)')).toBe('kaikki (!channel)');
    expect(toMrkdwn('[a|b](https://x.fi)')).toBe('a¦b (<https://x.fi>)');
    expect(toMrkdwn('[Kela](https://evil.example/kela)')).toBe('Kela (<https://evil.example/kela>)');
    expect(toMrkdwn('[x](https://a.fi/|<!channel>)')).toBe('x (<https://a.fi/%7C&lt;!channel&gt;>)');
  });

  it('reads what the person typed back from Slack’s escaping and auto-links', () => {
    expect(fromSlackText('faq add &lt;b&gt; &amp; <https://keino.fi|keino.fi> <mailto:a@b.fi|a@b.fi> <https://x.fi/a>')).toBe(
      'faq add <b> & keino.fi a@b.fi https://x.fi/a',
    );
    expect(withoutMention('<@U0KEINO> help <@U0KEINO|keino>', 'U0KEINO')).toBe('help');
  });

  it('splits long text at line breaks into pieces of at most 3,000 characters', () => {
    const lines = Array.from({ length: 100 }, (_, index) => `${index} ${'x'.repeat(70)}`);
    const chunks = chunkText(lines.join('\n'));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= 3000)).toBe(true);
    expect(chunks.join('\n')).toBe(lines.join('\n'));
    const oneLine = 'sana '.repeat(2000);
    expect(chunkText(oneLine).every((chunk) => chunk.length <= 3000)).toBe(true);
  });
});

describe('a Keino message as Block Kit', () => {
  it('renders every kind of block in order', () => {
    const [page] = pagesOf(
      personal([
        { type: 'heading', text: 'Kehittäjä**ryhmät**' },
        { type: 'text', text: 'Liity **ryhmään**.' },
        { type: 'fields', fields: [{ label: 'Jäseniä', value: '12' }] },
        { type: 'list', items: ['SOTE', 'Vastuulliset'], ordered: true },
        { type: 'progress', label: 'Kyllä', value: 3, max: 4 },
        {
          type: 'buttons',
          buttons: [
            { label: 'Liity', actionId: 'groups.join', value: 'sote', style: 'primary' },
            { label: 'Eroa', actionId: 'groups.leave' },
          ],
        },
        { type: 'choices', actionId: 'poll.vote', placeholder: 'Valitse', options: [{ label: 'A', value: 'a' }] },
        { type: 'note', text: 'Vain jäsenille' },
        { type: 'divider' },
      ]),
    );
    expect(page.blocks.map((block: Json) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'section',
      'actions',
      'actions',
      'context',
      'divider',
    ]);
    expect(page.blocks[0].text).toEqual({ type: 'plain_text', text: 'Kehittäjäryhmät', emoji: true });
    expect(page.blocks[2].fields[0].text).toBe('*Jäseniä*\n12');
    expect(page.blocks[3].text.text).toBe('1. SOTE\n2. Vastuulliset');
    expect(page.blocks[4].text.text).toBe('Kyllä\n`▓▓▓▓▓▓▓▓░░` 3/4 (75 %)');
    expect(page.blocks[5].elements.map((element: Json) => [element.action_id, element.value, element.style])).toEqual([
      ['groups.join::0', 'sote', 'primary'],
      ['groups.leave::1', undefined, undefined],
    ]);
    expect(page.blocks[6].elements[0]).toMatchObject({ type: 'static_select', action_id: 'poll.vote::2' });
    expect(page.text).toBe('Kehittäjäryhmät');
  });

  it('draws an empty poll as an empty bar rather than dividing by zero', () => {
    expect(progressText('Ei ääniä', 0, 0)).toBe('Ei ääniä\n`░░░░░░░░░░` 0/0 (0 %)');
  });

  it('gives every button its own action id, which decodes to the core action', () => {
    const blocks = renderBlocks([
      { type: 'buttons', buttons: Array.from({ length: 60 }, (_, index) => ({ label: `N${index}`, actionId: 'command', value: `rsvp ${index} yes` })) },
    ]);
    expect(blocks).toHaveLength(3); // 25 + 25 + 10
    const ids = blocks.flatMap((block: Json) => block.elements.map((element: Json) => element.action_id));
    expect(new Set(ids).size).toBe(60);
    expect(ids.map((id: string) => decodeActionId(id))).toEqual(Array(60).fill('command'));
    expect(decodeActionId(encodeActionId('groups.join', 7)!)).toBe('groups.join');
    expect(decodeActionId('someone-elses-button')).toBeUndefined();
  });

  it('leaves out a button whose value Slack would refuse instead of losing the message', () => {
    const blocks = renderBlocks([
      {
        type: 'buttons',
        buttons: [
          { label: 'OK', actionId: 'x', value: 'a'.repeat(2001) },
          { label: 'Fine', actionId: 'x', value: 'b' },
        ],
      },
    ]);
    expect((blocks[0] as Json).elements.map((element: Json) => element.value)).toEqual(['b']);
  });

  it('splits 23 fields into sections of ten and 250 menu options into menus of a hundred', () => {
    const blocks = renderBlocks([
      { type: 'fields', fields: Array.from({ length: 23 }, (_, index) => ({ label: `L${index}`, value: `V${index}` })) },
      {
        type: 'choices',
        actionId: 'pick',
        placeholder: 'Valitse',
        options: Array.from({ length: 250 }, (_, index) => ({ label: `O${index}`, value: `${index}` })),
      },
    ]) as Json[];
    expect(blocks.slice(0, 3).map((block) => block.fields.length)).toEqual([10, 10, 3]);
    expect(blocks[3].elements.map((element: Json) => element.options.length)).toEqual([100, 100, 50]);
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
  });

  it('shows a menu option with no label by its value, since Slack refuses empty text', () => {
    const blocks = renderBlocks([
      {
        type: 'choices',
        actionId: 'poll.vote',
        placeholder: 'Valitse',
        options: [
          { label: '', value: 'kyllä' },
          { label: ' ', value: ' ' },
        ],
      },
    ]);
    expect((blocks[0] as Json).elements[0].options.map((option: Json) => option.text.text)).toEqual(['kyllä', '…']);
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
  });

  it('shortens a heading to 150 characters and a button label to 75', () => {
    const [page] = pagesOf(
      personal([
        { type: 'heading', text: 'H'.repeat(400) },
        { type: 'buttons', buttons: [{ label: 'B'.repeat(100), actionId: 'x' }] },
      ]),
    );
    expect(page.blocks[0].text.text).toHaveLength(150);
    expect(page.blocks[1].elements[0].text.text).toHaveLength(75);
  });

  it('splits a reply of 120 list items and 120 paragraphs into messages of at most 50 blocks, losing nothing', () => {
    const items = Array.from({ length: 120 }, (_, index) => `Interventio ${index + 1}: ${'hankinta '.repeat(10)}`);
    const pages = pagesOf(
      shared([{ type: 'heading', text: 'Tehtävät' }, { type: 'list', items }, ...items.map((item): Block => ({ type: 'text', text: item }))]),
    );
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.map((page) => page.text)).toEqual(pages.map((_, index) => `Tehtävät (${index + 1}/${pages.length})`));
    const all = pages
      .flatMap((page) => page.blocks)
      .map((block: Json) => block.text?.text ?? '')
      .join('\n');
    for (const item of items) expect(all).toContain(item.trim());
  });

  it('keeps any message within Slack’s limits (property)', () => {
    const text = fc.string({ maxLength: 4000, unit: 'grapheme' });
    const block: fc.Arbitrary<Block> = fc.oneof(
      text.map((value) => ({ type: 'heading' as const, text: value })),
      text.map((value) => ({ type: 'text' as const, text: value })),
      text.map((value) => ({ type: 'note' as const, text: value })),
      fc.array(fc.record({ label: fc.string({ maxLength: 300 }), value: text }), { maxLength: 30 }).map((fields) => ({ type: 'fields' as const, fields })),
      fc.array(text, { maxLength: 60 }).map((items) => ({ type: 'list' as const, items })),
      fc
        .array(
          fc.record({ label: fc.string({ maxLength: 100 }), actionId: fc.constantFrom('command', 'groups.join'), value: fc.string({ maxLength: 2100 }) }),
          { maxLength: 60 },
        )
        .map((buttons) => ({ type: 'buttons' as const, buttons })),
      fc
        .array(fc.record({ label: fc.string({ maxLength: 100 }), value: fc.string({ maxLength: 160 }) }), { maxLength: 230 })
        .map((options) => ({ type: 'choices' as const, actionId: 'poll.vote', placeholder: 'Valitse', options })),
      fc.constant({ type: 'divider' as const }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 80 }), (blocks) => {
        for (const page of renderMessage(personal(blocks))) {
          expect(blockKitViolations(page.blocks, 'message')).toEqual([]);
        }
        expect(viewViolations(renderHomeView(personal(blocks)))).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });

  it('keeps the App Home within 100 blocks', () => {
    const view = renderHomeView(personal(Array.from({ length: 150 }, (_, index): Block => ({ type: 'text', text: `Rivi ${index}` }))), '{"channel_id":"D1"}');
    expect(view.blocks).toHaveLength(100);
    expect(view.private_metadata).toBe('{"channel_id":"D1"}');
    expect(viewViolations(view)).toEqual([]);
  });
});

describe('a Keino form as a Slack modal', () => {
  const form: Form = {
    kind: 'form',
    formId: 'session.add',
    title: 'Uusi tilaisuus akatemiaan kevät 2025',
    submitLabel: 'Tallenna',
    context: 'edit:42',
    fields: [
      { name: 'title', label: 'Otsikko', kind: 'text', required: true, maxLength: 120, initial: 'Strateginen johtaminen' },
      { name: 'details', label: 'Kuvaus', kind: 'textarea', hint: 'Näkyy kutsussa' },
      { name: 'date', label: 'Päivä', kind: 'date', required: true, initial: '2025-03-12' },
      { name: 'time', label: 'Kello', kind: 'time', initial: '9.00' },
      { name: 'capacity', label: 'Paikkoja', kind: 'number', initial: '30' },
      {
        name: 'place',
        label: 'Paikka',
        kind: 'choice',
        options: [
          { label: 'Helsinki', value: 'hki' },
          { label: 'Teams', value: 'teams' },
        ],
        initial: 'teams',
      },
      {
        name: 'themes',
        label: 'Teemat',
        kind: 'multichoice',
        options: [
          { label: 'Johtaminen', value: 'lead' },
          { label: 'Innovaatiot', value: 'innov' },
        ],
        initial: 'lead,innov',
      },
    ],
  };

  it('has one input a field, with the right Slack element and initial values', () => {
    const view = renderModal(form, { channel_id: 'C0GROUP' }) as Json;
    expect(viewViolations(view)).toEqual([]);
    expect(view.callback_id).toBe('keino:form:session.add');
    expect(view.title.text).toHaveLength(24);
    expect(JSON.parse(view.private_metadata)).toEqual({ form: 'session.add', channel_id: 'C0GROUP', context: 'edit:42' });
    expect(view.blocks.map((block: Json) => [block.block_id, block.element.type, block.optional])).toEqual([
      ['title', 'plain_text_input', false],
      ['details', 'plain_text_input', true],
      ['date', 'datepicker', false],
      ['time', 'timepicker', true],
      ['capacity', 'number_input', true],
      ['place', 'static_select', true],
      ['themes', 'multi_static_select', true],
    ]);
    expect(view.blocks[0].element).toMatchObject({ action_id: 'title', max_length: 120, initial_value: 'Strateginen johtaminen', multiline: false });
    expect(view.blocks[1]).toMatchObject({ hint: { text: 'Näkyy kutsussa' }, element: { multiline: true } });
    expect(view.blocks[2].element.initial_date).toBe('2025-03-12');
    expect(view.blocks[3].element.initial_time).toBeUndefined(); // "9.00" is not HH:MM: Slack would refuse it
    expect(view.blocks[5].element.initial_option.value).toBe('teams');
    expect(view.blocks[6].element.initial_options.map((option: Json) => option.value)).toEqual(['lead', 'innov']);
  });

  it('reads a submission back as field values, leaving empty ones out', () => {
    const values = readSubmission({
      title: { title: { type: 'plain_text_input', value: 'Otsikko' } },
      details: { details: { type: 'plain_text_input', value: null } },
      date: { date: { type: 'datepicker', selected_date: '2025-03-12' } },
      time: { time: { type: 'timepicker', selected_time: '09:30' } },
      capacity: { capacity: { type: 'number_input', value: '25' } },
      place: { place: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Teams' }, value: 'teams' } } },
      themes: {
        themes: {
          type: 'multi_static_select',
          selected_options: [
            { text: { type: 'plain_text', text: 'J' }, value: 'lead' },
            { text: { type: 'plain_text', text: 'I' }, value: 'innov' },
          ],
        },
      },
    });
    expect(values).toEqual({ title: 'Otsikko', date: '2025-03-12', time: '09:30', capacity: '25', place: 'teams', themes: 'lead,innov' });
  });

  it('puts each error on its field, and an error about no field on the first one', () => {
    expect(fieldErrors({ ...form, errors: { date: 'Päivä on jo mennyt', '': 'Tarkista lomake' } })).toEqual({
      date: 'Päivä on jo mennyt',
      title: 'Tarkista lomake',
    });
  });

  it('shows errors under the fields when a form with errors is opened afresh', () => {
    const view = renderModal({ ...form, errors: { date: 'Päivä on jo mennyt' } }, {}) as Json;
    expect(view.blocks[3]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: ':warning: Päivä on jo mennyt' }] });
    expect(viewViolations(view)).toEqual([]);
  });

  it('knows the form again from the callback id and metadata', () => {
    expect(parseFormMetadata('keino:form:session.add', '{"form":"x","channel_id":"C1","context":"7"}')).toEqual({
      form: 'session.add',
      channel_id: 'C1',
      context: '7',
    });
    expect(parseFormMetadata('keino:form:faq.add', 'not json')).toEqual({ form: 'faq.add' });
  });
});
