import { describe, expect, it } from 'vitest';
import { personal, shared, type Form, type Message } from '../../src/core/messages/message.js';
import { readCardClick } from '../../src/platforms/teams/card-actions.js';
import { toCardMarkdown } from '../../src/platforms/teams/card-markdown.js';
import { cardTexts } from '../../src/platforms/teams/card-texts.js';
import { teamsCapabilities } from '../../src/platforms/teams/capabilities.js';
import { renderFormCard } from '../../src/platforms/teams/form-card-renderer.js';
import { renderMessage } from '../../src/platforms/teams/message-card-renderer.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';

type Json = any;
const texts = cardTexts('fi');
const only = (message: Message): Json => {
  const activities = renderMessage(message, { texts });
  expect(activities).toHaveLength(1);
  return cardsOf(activities[0])[0];
};

describe('the Teams card text', () => {
  it('keeps bold and italic, shows a link in text with its address, and turns commands to type into bold', () => {
    expect(toCardMarkdown('**Liity** _nyt_: [ohje](https://keino.fi/ohje) tai `ohje [komento]`')).toBe(
      '**Liity** _nyt_: ohje ([https://keino.fi/ohje](https://keino.fi/ohje)) tai **ohje [komento]**',
    );
    expect(toCardMarkdown('[Kela](https://evil.example/kela)')).toBe('Kela ([https://evil.example/kela](https://evil.example/kela))');
  });

  it('makes stray markup inert and does not let text hide a link address', () => {
    expect(toCardMarkdown('5 * 3 = 15, _alku ja snake_case_nimi')).toBe('5 \\* 3 = 15, \\_alku ja snake_case_nimi');
    expect(toCardMarkdown('[Pankki](javascript:alert(1))')).toBe('Pankki (javascript:alert(1))');
    expect(toCardMarkdown('a](b')).toBe('a]\\(b');
  });

  it('shows line breaks as Teams needs them', () => {
    expect(toCardMarkdown('rivi 1\nrivi 2\r\n\r\nrivi 3')).toBe('rivi 1\n\nrivi 2\n\nrivi 3');
  });
});

describe('a message as an Adaptive Card', () => {
  it('renders every kind of block on a schema 1.5 card, in order', () => {
    const card = only(
      personal([
        { type: 'heading', text: 'Kehittäjäryhmät' },
        { type: 'text', text: 'Liity **ryhmään**.' },
        { type: 'fields', fields: [{ label: 'Jäseniä', value: '12' }] },
        { type: 'list', items: ['SOTE-hankinnat', 'Sosiaalisesti vastuulliset hankinnat'] },
        { type: 'list', items: ['eka', 'toka'], ordered: true },
        { type: 'divider' },
        { type: 'progress', label: 'Kyllä', value: 3, max: 4 },
        {
          type: 'buttons',
          buttons: [
            { label: 'Liity', actionId: 'groups.join', value: 'sote', style: 'primary' },
            { label: 'Eroa', actionId: 'groups.leave', style: 'danger' },
          ],
        },
        {
          type: 'choices',
          actionId: 'poll.vote',
          placeholder: 'Valitse',
          options: [
            { label: 'A', value: 'a' },
            { label: 'B', value: 'b' },
          ],
        },
        { type: 'note', text: 'Vain jäsenille' },
      ]),
    );
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: teamsCapabilities.cardSchemaVersion });
    expect(card.body.map((element: Json) => element.type)).toEqual([
      'TextBlock',
      'TextBlock',
      'FactSet',
      'TextBlock',
      'TextBlock',
      'Container',
      'ActionSet',
      'Input.ChoiceSet',
      'ActionSet',
      'TextBlock',
    ]);
    const [heading, , facts, bullets, numbers, progress, buttons, choice, choose, note] = card.body;
    expect(heading).toMatchObject({ size: 'large', weight: 'bolder', text: 'Kehittäjäryhmät' });
    expect(facts.facts).toEqual([{ title: 'Jäseniä', value: '12' }]);
    expect(bullets.text).toBe('- SOTE-hankinnat\r- Sosiaalisesti vastuulliset hankinnat');
    expect(numbers.text).toBe('1. eka\r2. toka');
    // The divider separates what follows it.
    expect(progress).toMatchObject({ separator: true });
    expect(cardText(progress)).toContain('3/4 (75 %)');
    expect(buttons.actions).toEqual([
      { type: 'Action.Execute', title: 'Liity', verb: 'groups.join', data: { value: 'sote' }, style: 'positive' },
      { type: 'Action.Execute', title: 'Eroa', verb: 'groups.leave', data: {}, style: 'destructive' },
    ]);
    expect(choice).toMatchObject({
      style: 'compact',
      isRequired: true,
      choices: [
        { title: 'A', value: 'a' },
        { title: 'B', value: 'b' },
      ],
    });
    expect(choose.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'poll.vote', title: 'Valitse' });
    expect(note).toMatchObject({ size: 'small', isSubtle: true });
  });

  it('sends what a click on a button or a choice means back to the core', () => {
    const card = only(
      shared([
        { type: 'buttons', buttons: [{ label: 'Kyllä', actionId: 'rsvp', value: '12 yes' }] },
        { type: 'choices', actionId: 'poll.vote', placeholder: 'Valitse', options: [{ label: 'A', value: 'a' }] },
      ]),
    );
    const button = card.body[0].actions[0];
    expect(readCardClick(button.verb, button.data)).toEqual({ kind: 'action', actionId: 'rsvp', value: '12 yes' });
    const choice = card.body[1];
    const choose = card.body[2].actions[0];
    // Teams merges the inputs into the action's data.
    expect(readCardClick(choose.verb, { ...choose.data, [choice.id]: 'a' })).toEqual({ kind: 'action', actionId: 'poll.vote', value: 'a' });
  });

  it('splits a message too long for one Teams activity into several, in order', () => {
    const items = Array.from({ length: 400 }, (_, index) => `Kohta ${index + 1}: ${'hankinta '.repeat(12)}`);
    const message = personal([
      { type: 'heading', text: 'Pitkä lista' },
      { type: 'list', items, ordered: true },
      { type: 'text', text: 'x'.repeat(30_000) },
    ]);
    const activities = renderMessage(message, { texts });
    expect(activities.length).toBeGreaterThan(2);
    for (const activity of activities) expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(teamsCapabilities.maxActivityBytes);
    const all = activities.map((activity) => cardText(cardsOf(activity)[0])).join('\n');
    expect(all.indexOf('Pitkä lista')).toBe(0);
    // The numbering continues across cards, and nothing is lost.
    expect(all).toContain('400. Kohta 400');
    expect(all.replace(/[^x]/g, '').length).toBe(30_000);
    expect(activities.every((activity) => activity.summary === 'Pitkä lista')).toBe(true);
  });

  it('sends a small file inline with its type, and says when a file is too large', () => {
    const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    const withFiles: Message = {
      ...personal([{ type: 'text', text: 'Kutsu' }]),
      attachments: [
        { filename: 'kutsu.ics', mimeType: 'text/calendar', content: ics },
        { filename: 'iso.csv', mimeType: 'text/csv', content: 'a'.repeat(teamsCapabilities.maxInlineFileBytes) },
      ],
    };
    const [rendered] = renderMessage(withFiles, { texts });
    expect(rendered!.attachments[1]).toEqual({
      contentType: 'text/calendar',
      name: 'kutsu.ics',
      contentUrl: `data:text/calendar;base64,${Buffer.from(ics).toString('base64')}`,
    });
    expect(rendered!.attachments).toHaveLength(2);
    expect(cardText(cardsOf(rendered)[0])).toContain('Tiedosto iso.csv on liian suuri lähetettäväksi Teamsissa.');
  });
});

describe('a form as an Adaptive Card', () => {
  const form: Form = {
    kind: 'form',
    formId: 'session.add',
    title: 'Uusi tilaisuus',
    submitLabel: 'Tallenna',
    context: 'edit:7',
    fields: [
      { name: 'title', label: 'Otsikko', kind: 'text', required: true, maxLength: 120 },
      { name: 'description', label: 'Kuvaus', kind: 'textarea' },
      { name: 'date', label: 'Päivä', kind: 'date', required: true },
      { name: 'time', label: 'Kello', kind: 'time', initial: '09:30' },
      { name: 'capacity', label: 'Paikkoja', kind: 'number', hint: 'Tyhjä: ei rajaa' },
      { name: 'theme', label: 'Teema', kind: 'choice', options: [{ label: 'Johtaminen', value: 'lead' }] },
      {
        name: 'groups',
        label: 'Ryhmät',
        kind: 'multichoice',
        options: [
          { label: 'SOTE', value: 'sote' },
          { label: 'Kestävä', value: 'green' },
        ],
      },
    ],
  };

  it('has one input a field, required fields marked, and a submit that names the form', () => {
    const card: Json = renderFormCard(form, { texts });
    const inputs = card.body.filter((element: Json) => element.type.startsWith('Input.'));
    expect(inputs.map((input: Json) => [input.type, input.id])).toEqual([
      ['Input.Text', 'title'],
      ['Input.Text', 'description'],
      ['Input.Date', 'date'],
      ['Input.Time', 'time'],
      ['Input.Number', 'capacity'],
      ['Input.ChoiceSet', 'theme'],
      ['Input.ChoiceSet', 'groups'],
    ]);
    expect(inputs[0]).toMatchObject({ label: 'Otsikko', isRequired: true, errorMessage: 'Tämä tieto tarvitaan.', maxLength: 120 });
    expect(inputs[1]).toMatchObject({ isMultiline: true });
    expect(inputs[3]).toMatchObject({ value: '09:30' });
    expect(inputs[5]).toMatchObject({ style: 'compact' });
    expect(inputs[6]).toMatchObject({ isMultiSelect: true });
    expect(card.actions).toEqual([{ type: 'Action.Execute', title: 'Tallenna', verb: 'form:session.add', data: { formContext: 'edit:7' }, style: 'positive' }]);
  });

  it('comes back with the values kept and each error right under its field', () => {
    const card: Json = renderFormCard(
      { ...form, errors: { date: 'Päivä on mennyt jo.', _: 'Tarkista tiedot.' } },
      { texts, values: { title: 'Akatemia 3', date: '2020-01-01', capacity: '25', groups: 'sote,green' } },
    );
    const ids = card.body.map((element: Json) => element.id ?? element.text);
    expect(ids.indexOf('Tarkista tiedot.')).toBeLessThan(ids.indexOf('title'));
    expect(ids[ids.indexOf('date') + 1]).toBe('Päivä on mennyt jo.');
    expect(card.body[ids.indexOf('date') + 1]).toMatchObject({ color: 'attention' });
    expect(card.body.find((element: Json) => element.id === 'title').value).toBe('Akatemia 3');
    expect(card.body.find((element: Json) => element.id === 'capacity').value).toBe(25);
    expect(card.body.find((element: Json) => element.id === 'groups').value).toBe('sote,green');
  });

  it('reads a submission: inputs as strings, empty ones left out, the form context kept', () => {
    expect(readCardClick('form:session.add', { formContext: 'edit:7', title: 'Akatemia', description: '', capacity: 25, groups: 'sote,green' })).toEqual({
      kind: 'form',
      formId: 'session.add',
      context: 'edit:7',
      values: { title: 'Akatemia', capacity: '25', groups: 'sote,green' },
    });
  });
});
