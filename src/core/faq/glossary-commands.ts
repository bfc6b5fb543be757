import { positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineCommand } from '../commands/command.js';
import { KeinoError } from '../errors.js';
import { heading, note, personal, text } from '../messages/message.js';
import { MAX_GROUP_TERMS, MAX_TERM_LENGTH } from './glossary.js';

/** Groups shown at once (a glossary has dozens; a word narrows it down). */
const SHOWN = 25;
const MAX_ADD_LENGTH = 1500;

/** "PCP, esikaupallinen hankinta; pre-commercial procurement" → the terms, lower case, distinct. */
export function termsOf(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,;|\n]/)
        .map((term) =>
          term
            .normalize('NFC')
            .replace(/["“”„]/g, '')
            .trim()
            .toLowerCase()
            .replace(/\s+/g, ' '),
        )
        .filter(Boolean),
    ),
  ];
}

export const faqGlossaryCommand = defineCommand({
  name: 'faq glossary',
  alias: 'ukk sanasto',
  aliases: ['faq ordlista'],
  summaryKey: 'command.faqGlossary.summary',
  usageKey: 'command.faqGlossary.usage',
  args: { positional: { word: positional(argumentTypes.text(MAX_TERM_LENGTH), 'faq.glossary.wordLabel').optional().rest() } },
  async run({ t, services }, { word }) {
    const { groups, shipped } = await services.faq.glossaryGroups();
    const wanted = word?.trim().toLowerCase();
    const matching = wanted ? groups.filter((group) => group.terms.some((term) => term.includes(wanted))) : groups;
    const blocks = [heading(t('faq.glossary.heading', { count: groups.length }))];
    if (matching.length === 0) blocks.push(text(t('faq.glossary.noMatch', { word: (wanted ?? '').slice(0, MAX_TERM_LENGTH) })));
    else
      blocks.push({
        type: 'list',
        items: matching.slice(0, SHOWN).map((group) => `${group.id !== undefined ? `#${group.id} ` : ''}${group.terms.join(' · ')}`),
      });
    if (matching.length > SHOWN) blocks.push(note(t('faq.glossary.more', { shown: SHOWN, count: matching.length })));
    blocks.push(note(t(shipped ? 'faq.glossary.shipped' : 'faq.glossary.own')));
    return personal(blocks);
  },
});

export const faqGlossaryAddCommand = defineCommand({
  name: 'faq glossary add',
  alias: 'ukk sanasto lisää',
  aliases: ['ukk sanasto lisaa', 'faq ordlista lägg till'],
  summaryKey: 'command.faqGlossaryAdd.summary',
  usageKey: 'command.faqGlossaryAdd.usage',
  roles: ['admin'],
  args: { positional: { terms: positional(argumentTypes.text(MAX_ADD_LENGTH), 'faq.glossary.termsLabel').rest() } },
  async run(context, { terms: value }) {
    const { t, services, person } = context;
    const terms = termsOf(value);
    const tooLong = terms.find((term) => term.length > MAX_TERM_LENGTH);
    if (tooLong) throw new KeinoError('faq.glossary.term_too_long', 'faq.glossary.termTooLong', { term: `${tooLong.slice(0, 40)}…`, max: MAX_TERM_LENGTH });
    if (terms.length > MAX_GROUP_TERMS) throw new KeinoError('faq.glossary.too_many', 'faq.glossary.tooMany', { max: MAX_GROUP_TERMS });
    const { groups } = await services.faq.glossaryGroups();
    const joins = groups.some((group) => group.terms.some((term) => terms.includes(term)));
    if (terms.length < 2 && !joins) throw new KeinoError('faq.glossary.one_term', 'faq.glossary.oneTerm');
    const group = await services.faq.addGlossaryGroup(terms, person);
    return personal([text(t('faq.glossary.added', { id: group.id ?? 0, terms: group.terms.join(' · ') })), note(t('faq.glossary.reindexed'))]);
  },
});

export const faqGlossaryRemoveCommand = defineCommand({
  name: 'faq glossary remove',
  alias: 'ukk sanasto poista',
  aliases: ['faq ordlista ta bort'],
  summaryKey: 'command.faqGlossaryRemove.summary',
  usageKey: 'command.faqGlossaryRemove.usage',
  roles: ['admin'],
  args: { positional: { id: positional(argumentTypes.id(), 'faq.glossary.idLabel') } },
  async run({ t, services, person }, { id }) {
    const { groups, shipped } = await services.faq.glossaryGroups();
    // The shipped glossary's groups have no numbers yet: the first change gives them theirs.
    if (shipped) throw new KeinoError('faq.glossary.not_found', 'faq.glossary.shippedNoNumbers');
    if (!groups.some((group) => group.id === id) || !(await services.faq.removeGlossaryGroup(id, person))) {
      throw new KeinoError('faq.glossary.not_found', 'faq.glossary.notFound', { id });
    }
    return personal([text(t('faq.glossary.removed', { id })), note(t('faq.glossary.reindexed'))]);
  },
});
