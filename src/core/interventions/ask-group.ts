import { platformName } from '../ports/platform-capabilities.js';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { jsonValue } from '../commands/action-value.js';
import { messageRefSchema } from '../commands/message-ref.js';
import { defineAction, defineForm, type CommandContext } from '../commands/command.js';
import { conversationKey, type Conversation } from '../commands/conversation.js';
import type { RecipientContext } from '../delivery/delivery.js';
import { groupName, type Group } from '../groups/group.js';
import { translator } from '../i18n/translator.js';
import { heading, note, personal, shared, text, type Button, type Form, type Reply } from '../messages/message.js';
import type { Person } from '../people/person.js';
import { DeliveryError } from '../ports/platform-gateway.js';
import type { KeinoServices } from '../services.js';
import { INTERVENTION_BUTTONS } from './intervention-render.js';
import type { Intervention } from './intervention.js';

const ASK_FORM = 'interventions.askGroup';
const MAX_QUESTION = 1500;

type GroupServices = Pick<KeinoServices, 'groups'>;

/** The person's active developer groups that have a channel to ask in. */
async function askableGroups(services: GroupServices, person: Person): Promise<{ group: Group; channels: Conversation[] }[]> {
  const groups = (await services.groups.groupsOf(person)).filter((group) => group.state === 'active');
  const withChannels = await Promise.all(groups.map(async (group) => ({ group, channels: await services.groups.channels(group) })));
  return withChannels.filter((entry) => entry.channels.length > 0);
}

/** "Ask my developer group" on a nudge, for an owner who is in a group with a channel. */
export async function askGroupButtons(services: GroupServices, intervention: Intervention, recipient: RecipientContext): Promise<Button[]> {
  if (!recipient.person || (await askableGroups(services, recipient.person)).length === 0) return [];
  return [INTERVENTION_BUTTONS.askGroup.button(recipient.t('interventions.button.askGroup'), { id: intervention.id, place: 'nudge' })];
}

function askForm(
  context: CommandContext,
  intervention: Intervention,
  groups: Group[],
  carried: AskContext,
  errors?: Record<string, string>,
  values: Record<string, string> = {},
): Form {
  const { t, locale } = context;
  return {
    kind: 'form',
    formId: ASK_FORM,
    title: t('interventions.askGroup.title'),
    submitLabel: t('interventions.askGroup.submit'),
    fields: [
      {
        name: 'group',
        label: t('interventions.askGroup.group'),
        kind: 'choice',
        required: true,
        options: groups.map((group) => ({ label: groupName(group, locale), value: group.slug })),
        initial: values.group ?? groups[0]?.slug,
      },
      {
        name: 'question',
        label: t('interventions.askGroup.question'),
        kind: 'textarea',
        required: true,
        maxLength: MAX_QUESTION,
        initial: values.question ?? t('interventions.askGroup.initial', { title: intervention.title }),
      },
    ],
    context: askGroupForm.contextText(carried),
    errors,
  };
}

/** The button opens a form: which group, and the question (a first draft written for them). */
export const askGroupAction = defineAction({
  id: INTERVENTION_BUTTONS.askGroup.id,
  codec: INTERVENTION_BUTTONS.askGroup.codec,
  async run(context, clicked, source) {
    const intervention = await context.services.interventions.visible(context.person, clicked.id);
    const groups = await askableGroups(context.services, context.person);
    if (groups.length === 0) return { reply: personal([text(context.t('interventions.askGroup.noGroups'))]) };
    return {
      reply: askForm(
        context,
        intervention,
        groups.map((entry) => entry.group),
        { id: clicked.id, ...(source ? { source } : {}) },
      ),
    };
  },
});

/** The form's context: the intervention asked about, and the message the button was on. */
const askContext = z.object({ id: z.number().int().positive(), source: messageRefSchema.optional() });
type AskContext = z.infer<typeof askContext>;

/**
 * Posts the question to the chosen group's channels, in the group's language, naming the asker
 * and the intervention. The same question submitted twice is posted once.
 */
export const askGroupForm = defineForm({
  id: ASK_FORM,
  context: jsonValue(askContext),
  async submit(context, values, carried): Promise<Reply> {
    const { id } = carried;
    const { services, person, t } = context;
    const intervention = await services.interventions.visible(person, id);
    const groups = await askableGroups(services, person);
    const chosen = groups.find((entry) => entry.group.slug === values.group);
    const question = (values.question ?? '').trim();
    const errors: Record<string, string> = {};
    if (!chosen) errors.group = t('interventions.askGroup.chooseGroup');
    if (question === '') errors.question = t('interventions.askGroup.writeQuestion');
    if (question.length > MAX_QUESTION) errors.question = t('arg.tooLong', { max: MAX_QUESTION });
    if (!chosen || Object.keys(errors).length > 0) {
      return askForm(
        context,
        intervention,
        groups.map((entry) => entry.group),
        carried,
        errors,
        values,
      );
    }
    const { group, channels } = chosen;
    const groupT = translator(group.language);
    const post = shared([
      heading(groupT('interventions.askGroup.postHeading', { name: person.name, organisation: intervention.organisationName })),
      text(question),
      {
        type: 'fields',
        fields: [
          { label: groupT('interventions.askGroup.intervention'), value: intervention.title },
          { label: groupT('interventions.nudge.policy'), value: intervention.policyName ?? '–' },
          { label: groupT('interventions.nudge.category'), value: intervention.categoryName ?? '–' },
        ],
      },
      note(groupT('interventions.askGroup.answerHere')),
    ]);
    const digest = createHash('sha256').update(question).digest('hex').slice(0, 16);
    const posted: string[] = [];
    for (const channel of channels) {
      try {
        await services.delivery.sendToConversation(channel, post, {
          key: `ask-group:${intervention.id}:${person.id}:${group.slug}:${digest}#${conversationKey(channel)}`,
        });
        posted.push(platformName(services.platforms, channel.platform, context.locale));
      } catch (error) {
        if (!(error instanceof DeliveryError)) throw error;
      }
    }
    const name = groupName(group, context.locale);
    if (posted.length === 0) return personal([text(t('interventions.askGroup.failed', { group: name }))]);
    return personal([text(t('interventions.askGroup.posted', { group: name, platforms: [...new Set(posted)].join(', ') }))]);
  },
});
