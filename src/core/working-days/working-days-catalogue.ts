import { defineCatalogue } from '../i18n/catalogue-types.js';

export const workingDaysCatalogue = defineCatalogue({
  'command.away.summary': {
    fi: 'kertoo poissaolostasi: muistutuksia ei tule sillä välin',
    sv: 'anger din frånvaro: inga påminnelser under tiden',
    en: 'sets your time off: no reminders meanwhile',
  },
  'command.away.usage': {
    fi: 'poissa 6.7.2026..24.7.2026 | poissa pois',
    sv: 'away 6.7.2026..24.7.2026 | away off',
    en: 'away 2026-07-06..2026-07-24 | away off',
  },
  'command.orgDaysOff.summary': {
    fi: 'organisaation omat vapaapäivät, joina muistutuksia ei lähetetä (koordinaattorit)',
    sv: 'organisationens egna lediga dagar, då inga påminnelser skickas (koordinatorer)',
    en: "your organisation's own days off, when no reminders are sent (coordinators)",
  },
  'command.orgDaysOff.usage': { fi: 'org vapaapäivät [lisää|poista <päivä>]', sv: 'org days-off [add|remove <datum>]', en: 'org days-off [add|remove <date>]' },
  'command.orgSummer.summary': {
    fi: 'organisaation kesätauko: ei muistutuksia eikä koosteita, yhteenveto tauon jälkeen (koordinaattorit)',
    sv: 'organisationens sommaruppehåll: inga påminnelser eller översikter, en sammanfattning efteråt (koordinatorer)',
    en: "your organisation's summer break: no reminders or digests, one summary after it (coordinators)",
  },
  'command.orgSummer.usage': {
    fi: 'org kesä 1.7.2026..31.7.2026 | org kesä pois [vuosi]',
    sv: 'org summer 1.7.2026..31.7.2026 | org summer off [år]',
    en: 'org summer 2026-07-01..2026-07-31 | org summer off [year]',
  },
  'workingDays.arg.range': { fi: 'aikaväli', sv: 'period', en: 'dates' },
  'workingDays.arg.rangeProblem': {
    fi: 'aikaväliä muodossa 1.7.2026..31.7.2026 (tai pois)',
    sv: 'en period som 1.7.2026..31.7.2026 (eller off)',
    en: 'dates such as 2026-07-01..2026-07-31 (or off)',
  },
  'workingDays.arg.change': { fi: 'lisää tai poista', sv: 'add eller remove', en: 'add or remove' },
  'workingDays.arg.date': { fi: 'päivä', sv: 'datum', en: 'date' },
  'workingDays.arg.year': { fi: 'vuosi', sv: 'år', en: 'year' },
  'workingDays.arg.yearProblem': { fi: 'vuotta, esimerkiksi 2026', sv: 'ett år, till exempel 2026', en: 'a year such as 2026' },
  'workingDays.awaySet': {
    fi: ({ dates }) =>
      `Selvä: olet poissa ${dates}. Muistutuksia ei tule sillä välin, ja koordinaattorisi näkee poissaolon viikkokatsauksessa. Lopeta aiemmin: **poissa pois**.`,
    sv: ({ dates }) =>
      `Okej: du är borta ${dates}. Inga påminnelser under tiden, och din koordinator ser frånvaron i veckoöversikten. Avsluta tidigare: **away off**.`,
    en: ({ dates }) => `Done: you are away ${dates}. No reminders meanwhile, and your coordinator sees it in the weekly digest. End it sooner: **away off**.`,
  },
  'workingDays.awayNow': {
    fi: ({ dates }) => `Olet poissa ${dates}. Lopeta: **poissa pois**.`,
    sv: ({ dates }) => `Du är borta ${dates}. Avsluta: **away off**.`,
    en: ({ dates }) => `You are away ${dates}. End it: **away off**.`,
  },
  'workingDays.awayNone': {
    fi: 'Et ole merkinnyt poissaoloa. Esimerkiksi: **poissa 6.7.2026..24.7.2026**.',
    sv: 'Du har ingen frånvaro angiven. Till exempel: **away 6.7.2026..24.7.2026**.',
    en: 'You have set no time off. For example: **away 2026-07-06..2026-07-24**.',
  },
  'workingDays.awayOff': {
    fi: 'Tervetuloa takaisin! Muistutukset jatkuvat.',
    sv: 'Välkommen tillbaka! Påminnelserna fortsätter.',
    en: 'Welcome back! Reminders resume.',
  },
  'workingDays.awayWasOff': {
    fi: 'Sinulla ei ollut poissaoloa, joten mitään ei muutettu.',
    sv: 'Du hade ingen frånvaro, så inget ändrades.',
    en: 'You had no time off set, so nothing changed.',
  },
  'workingDays.awayPast': {
    fi: 'Poissaolo on jo mennyt. Anna tuleva aikaväli.',
    sv: 'Den perioden har redan varit. Ange en kommande period.',
    en: 'That time off is already over. Give dates to come.',
  },
  'workingDays.awayTooFar': {
    fi: 'Poissaolon voi merkitä enintään vuoden päähän.',
    sv: 'Frånvaro kan anges högst ett år framåt.',
    en: 'Time off can be set at most a year ahead.',
  },
  'workingDays.summerTooLong': {
    fi: ({ days }) => `Kesätauko on yhden vuoden sisällä ja enintään ${days} päivää.`,
    sv: ({ days }) => `Sommaruppehållet ligger inom ett år och är högst ${days} dagar.`,
    en: ({ days }) => `A summer break lies within one year and lasts at most ${days} days.`,
  },
  'workingDays.dayOffAdded': {
    fi: ({ date, organisation }) => `${date} on nyt organisaation ${organisation} vapaapäivä: muistutukset siirtyvät sen ohi.`,
    sv: ({ date, organisation }) => `${date} är nu en ledig dag för ${organisation}: påminnelserna flyttas förbi den.`,
    en: ({ date, organisation }) => `${date} is now a day off for ${organisation}: reminders move off it.`,
  },
  'workingDays.dayOffExisted': {
    fi: ({ date }) => `${date} oli jo vapaapäivä, joten mitään ei muutettu.`,
    sv: ({ date }) => `${date} var redan en ledig dag, så inget ändrades.`,
    en: ({ date }) => `${date} was a day off already, so nothing changed.`,
  },
  'workingDays.dayOffRemoved': {
    fi: ({ date, organisation }) => `${date} ei ole enää organisaation ${organisation} oma vapaapäivä.`,
    sv: ({ date, organisation }) => `${date} är inte längre en egen ledig dag för ${organisation}.`,
    en: ({ date, organisation }) => `${date} is no longer a day off of ${organisation}'s own.`,
  },
  'workingDays.dayOffWasNot': {
    fi: ({ date }) => `${date} ei ollut organisaation oma vapaapäivä, joten mitään ei muutettu.`,
    sv: ({ date }) => `${date} var ingen egen ledig dag, så inget ändrades.`,
    en: ({ date }) => `${date} was no day off of your organisation's own, so nothing changed.`,
  },
  'workingDays.dayOffUsage': {
    fi: 'Kirjoita esimerkiksi **org vapaapäivät lisää 28.12.2026** tai **org vapaapäivät poista 28.12.2026**.',
    sv: 'Skriv till exempel **org days-off add 28.12.2026** eller **org days-off remove 28.12.2026**.',
    en: 'Write, for example, **org days-off add 2026-12-28** or **org days-off remove 2026-12-28**.',
  },
  'workingDays.summerSet': {
    fi: ({ dates, organisation }) =>
      `Organisaation ${organisation} kesätauko on ${dates}: ei muistutuksia eikä koosteita, ja tauon jälkeisenä ensimmäisenä työpäivänä yhteenveto siitä, mikä erääntyi.`,
    sv: ({ dates, organisation }) =>
      `Sommaruppehållet för ${organisation} är ${dates}: inga påminnelser eller översikter, och första arbetsdagen efteråt en sammanfattning av det som förföll.`,
    en: ({ dates, organisation }) =>
      `${organisation}'s summer break is ${dates}: no reminders or digests, and on the first working day after it one summary of what fell due.`,
  },
  'workingDays.summerOff': {
    fi: ({ year, organisation }) => `Organisaation ${organisation} kesätauko ${year} poistettiin.`,
    sv: ({ year, organisation }) => `Sommaruppehållet ${year} för ${organisation} togs bort.`,
    en: ({ year, organisation }) => `${organisation}'s summer break of ${year} is removed.`,
  },
  'workingDays.summerWasOff': {
    fi: ({ year }) => `Vuodelle ${year} ei ollut kesätaukoa, joten mitään ei muutettu.`,
    sv: ({ year }) => `Det fanns inget sommaruppehåll ${year}, så inget ändrades.`,
    en: ({ year }) => `There was no summer break in ${year}, so nothing changed.`,
  },
  'workingDays.listHeading': {
    fi: ({ organisation }) => `Vapaapäivät: ${organisation}`,
    sv: ({ organisation }) => `Lediga dagar: ${organisation}`,
    en: ({ organisation }) => `Days off: ${organisation}`,
  },
  'workingDays.listDays': { fi: 'Omat vapaapäivät', sv: 'Egna lediga dagar', en: 'Own days off' },
  'workingDays.listSummer': { fi: 'Kesätauko', sv: 'Sommaruppehåll', en: 'Summer break' },
  'workingDays.listRules': {
    fi: 'Lisäksi viikonloput, arkipyhät, jouluaatto ja juhannusaatto. Muistutus ennen määräpäivää siirtyy edeltävään työpäivään, muut seuraavaan.',
    sv: 'Därtill helger, helgdagar, julafton och midsommarafton. En påminnelse före förfallodagen flyttas till arbetsdagen före, andra till arbetsdagen efter.',
    en: 'Besides: weekends, public holidays, Christmas Eve and Midsummer Eve. A reminder before a due date moves to the working day before, the others to the working day after.',
  },
  'workingDays.away': {
    fi: ({ people }) => `Poissa: ${people}`,
    sv: ({ people }) => `Borta: ${people}`,
    en: ({ people }) => `Away: ${people}`,
  },
  'workingDays.awayUntil': {
    fi: ({ name, to }) => `${name} (${to} asti)`,
    sv: ({ name, to }) => `${name} (till ${to})`,
    en: ({ name, to }) => `${name} (until ${to})`,
  },
  'workingDays.summary.heading': {
    fi: 'Kesätauko on ohi: toimenpiteesi',
    sv: 'Sommaruppehållet är slut: dina åtgärder',
    en: 'The summer break is over: your interventions',
  },
  'workingDays.summary.intro': {
    fi: ({ dates }) => `Kesätauon ${dates} aikana ja pian sen jälkeen erääntyvät toimenpiteesi:`,
    sv: ({ dates }) => `Dina åtgärder som förföll under sommaruppehållet ${dates} eller snart förfaller:`,
    en: ({ dates }) => `Your interventions that fell due in the summer break ${dates}, or soon will:`,
  },
});
