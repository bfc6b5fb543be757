import { heading, note, personal, text, type Block, type Button, type Message } from '../messages/message.js';
import { daysUntil } from '../time/relative-days.js';
import { formatDate, formatDateRange } from '../time/format.js';
import type { Overview } from './intervention-reports.js';
import { changeLine, type WeeklyChange } from './intervention-charts.js';
import { dueInWords, dueLine, interventionButtons, interventionList, overviewBlocks, type Reader } from './intervention-render.js';
import type { Intervention } from './intervention.js';
import type { NudgeKind } from './nudge-plan.js';

const DIGEST_MAX = 10;

/** The facts of an intervention as fields: due date in words, policy, category, organisation, status. */
function facts(reader: Reader, intervention: Intervention): Block {
  const { t } = reader;
  const days = daysUntil(intervention.dueDate, reader.now, reader.timeZone);
  const fields = [
    { label: t('interventions.nudge.due'), value: `${dueInWords(reader, days)} (${formatDate(intervention.dueDate, reader.locale)})` },
    { label: t('interventions.nudge.policy'), value: intervention.policyName ?? '–' },
    { label: t('interventions.nudge.category'), value: intervention.categoryName ?? '–' },
    { label: t('interventions.nudge.organisation'), value: intervention.organisationName },
    { label: t('interventions.nudge.status'), value: t(`interventions.status.${intervention.status}`) },
  ];
  return { type: 'fields', fields };
}

/**
 * The owner's nudge: what, why now, the due date in words, and buttons. With an outcome (after a
 * click), the buttons are replaced by it.
 */
export function nudgeMessage(
  reader: Reader,
  intervention: Intervention,
  options: { kind?: NudgeKind; outcome?: string; extraButtons?: Button[] } = {},
): Message {
  const { t } = reader;
  const overdue = daysUntil(intervention.dueDate, reader.now, reader.timeZone) < 0;
  const title = `#${intervention.id} ${intervention.title}`;
  const blocks: Block[] = [heading(t(overdue ? 'interventions.nudge.overdueHeading' : 'interventions.nudge.heading', { title }))];
  if (intervention.description) blocks.push(text(intervention.description));
  if (!options.outcome) blocks.push(text(t(options.kind === 'snoozeEnd' ? 'interventions.nudge.snoozeEnded' : 'interventions.nudge.intro')));
  blocks.push(facts(reader, intervention));
  if (options.outcome) {
    blocks.push(note(options.outcome));
  } else {
    blocks.push(...interventionButtons(t, intervention, 'nudge', options.extraButtons));
    blocks.push(note(t('interventions.nudge.commands', { id: intervention.id })));
  }
  return personal(blocks, `${intervention.title} — ${dueLine(reader, intervention.dueDate).replace(/^⚠️ /, '')}`);
}

/** To the coordinators: an intervention still open days after its due date. */
export function escalationMessage(reader: Reader, intervention: Intervention): Message {
  const { t } = reader;
  const days = -daysUntil(intervention.dueDate, reader.now, reader.timeZone);
  const owner = intervention.owner.email ?? intervention.owner.name;
  const blocks: Block[] = [
    heading(t('interventions.escalation.heading', { title: `#${intervention.id} ${intervention.title}`, days })),
    text(t('interventions.escalation.text', { owner, organisation: intervention.organisationName })),
    facts(reader, intervention),
    ...interventionButtons(t, intervention, 'nudge'),
  ];
  if (!intervention.ownerReachable) blocks.push(note(t('interventions.ownerCannotBeReached', { owner })));
  return personal(blocks);
}

/** Someone away (`away`), as the digest names them: "Maija (until 24.7.2026)". */
export interface AwayOwner {
  name: string;
  until: string;
}

/** Monday's digest for a coordinator: the organisation's overview, shorter, and who of the owners is away. */
export function digestMessage(reader: Reader, overview: Overview, change: WeeklyChange, away: AwayOwner[] = []): Message {
  const { t } = reader;
  const title = heading(t('interventions.digest.heading', { organisation: overview.organisation.name }));
  const awayLine =
    away.length > 0
      ? [
          text(
            t('workingDays.away', {
              people: away.map((owner) => t('workingDays.awayUntil', { name: owner.name, to: formatDate(owner.until, reader.locale) })).join(', '),
            }),
          ),
        ]
      : [];
  return personal([
    ...overviewBlocks(reader, overview, DIGEST_MAX, title, [text(changeLine(reader, change))]),
    ...awayLine,
    note(t('interventions.digest.footer')),
  ]);
}

/** After a summer break, to an owner: what fell due in it, or soon will, in one message. */
export function summerSummaryMessage(reader: Reader, interventions: Intervention[], summer: { from: string; to: string }): Message {
  const { t } = reader;
  return personal([
    heading(t('workingDays.summary.heading')),
    text(t('workingDays.summary.intro', { dates: formatDateRange(summer.from, summer.to, reader.locale) })),
    ...interventionList(reader, interventions, { max: DIGEST_MAX }),
    note(t('interventions.digest.footer')),
  ]);
}
