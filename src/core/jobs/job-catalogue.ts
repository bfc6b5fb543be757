import { defineCatalogue, plural } from '../i18n/catalogue-types.js';

export const jobCatalogue = defineCatalogue({
  'command.adminJobs.summary': {
    fi: 'näyttää ajastetut työt tiloittain ja viimeisimmät epäonnistuneet',
    sv: 'visar schemalagda jobb per status och de senaste som misslyckades',
    en: 'shows scheduled work by state and the latest failures',
  },
  'command.adminJobs.usage': { fi: 'ylläpito työt', sv: 'admin jobs', en: 'admin jobs' },
  'jobs.heading': { fi: 'Ajastetut työt', sv: 'Schemalagda jobb', en: 'Scheduled work' },
  'jobs.chart.title': { fi: 'Päättyneet työt 7 päivän ajalta', sv: 'Avslutade jobb de senaste 7 dagarna', en: 'Jobs ended in the last 7 days' },
  'jobs.chart.unit': { fi: 'töitä', sv: 'jobb', en: 'jobs' },
  'jobs.chart.dayAlt': {
    fi: ({ day, done, failed, cancelled }) => `${day} ${done} valmista, ${failed} epäonnistui, ${cancelled} peruttu`,
    sv: ({ day, done, failed, cancelled }) => `${day} ${done} klara, ${failed} misslyckades, ${cancelled} avbrutna`,
    en: ({ day, done, failed, cancelled }) => `${day} ${done} done, ${failed} failed, ${cancelled} cancelled`,
  },
  'jobs.state.pending': { fi: 'Odottaa', sv: 'Väntar', en: 'Waiting' },
  'jobs.state.running': { fi: 'Käynnissä', sv: 'Pågår', en: 'Running' },
  'jobs.state.done': { fi: 'Valmis', sv: 'Klara', en: 'Done' },
  'jobs.state.failed': { fi: 'Epäonnistui', sv: 'Misslyckades', en: 'Failed' },
  'jobs.state.cancelled': { fi: 'Peruttu', sv: 'Avbrutna', en: 'Cancelled' },
  'jobs.overdue': {
    fi: ({ count, since }) =>
      `${count} ${plural(Number(count), 'työ on', 'työtä on')} myöhässä (vanhin ${since} lähtien). Onko yksikään Keino-instanssi käynnissä?`,
    sv: ({ count, since }) => `${count} ${plural(Number(count), 'jobb är', 'jobb är')} försenade (det äldsta sedan ${since}). Kör någon Keino-instans?`,
    en: ({ count, since }) => `${count} ${plural(Number(count), 'job is', 'jobs are')} late (the oldest since ${since}). Is any Keino instance running?`,
  },
  'jobs.failuresHeading': { fi: 'Viimeisimmät epäonnistuneet', sv: 'Senast misslyckade', en: 'Latest failures' },
  'jobs.failure': {
    fi: ({ kind, key, attempts, max, error, when }) => `**${kind}** \`${key}\` – ${when}, yrityksiä ${attempts}/${max}: ${error}`,
    sv: ({ kind, key, attempts, max, error, when }) => `**${kind}** \`${key}\` – ${when}, försök ${attempts}/${max}: ${error}`,
    en: ({ kind, key, attempts, max, error, when }) => `**${kind}** \`${key}\` – ${when}, attempts ${attempts}/${max}: ${error}`,
  },
  'jobs.noFailures': {
    fi: 'Yksikään työ ei ole epäonnistunut.',
    sv: 'Inget jobb har misslyckats.',
    en: 'No work has failed.',
  },
  'jobs.unknownError': { fi: 'syy ei tiedossa', sv: 'okänd orsak', en: 'reason not known' },
});
