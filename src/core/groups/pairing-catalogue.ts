import { defineCatalogue, plural } from '../i18n/catalogue-types.js';

/** Phrases of peer pairing and group prompts. */
export const pairingCatalogue = defineCatalogue({
  'command.groupPairing.summary': {
    fi: 'vertaistapaamiset ryhmässä: päälle tietyin välein, pois, tai tilanne ja vastaukset',
    sv: 'parsamtal i gruppen: på med ett intervall, av, eller läget och svaren',
    en: 'peer pairing in a group: on at a cadence, off, or its status and answers',
  },
  'command.groupPairing.usage': {
    fi: 'ryhmä parit <ryhmä> [joka <n>vk|pois]',
    sv: 'group pairing <grupp> [every <n>w|off]',
    en: 'group pairing <group> [every <n>w|off]',
  },
  'command.pausePairing.summary': {
    fi: 'pitää taukoa vertaistapaamisista kaikissa ryhmissäsi',
    sv: 'tar paus från parsamtal i alla dina grupper',
    en: 'pauses your peer pairing in all your groups',
  },
  'command.pausePairing.usage': { fi: 'ryhmä tauko <kesto>|pois', sv: 'pause pairing <längd>|off', en: 'pause pairing <duration>|off' },
  'command.groupPrompt.summary': {
    fi: 'ajastaa ryhmän kanaville toistuvan kysymyksen, tai näyttää ajastetut',
    sv: 'schemalägger en återkommande fråga i gruppens kanaler, eller visar dem',
    en: 'schedules a recurring question to the group’s channels, or lists them',
  },
  'command.groupPrompt.usage': {
    fi: 'ryhmä kysymys <ryhmä> ["<kysymys>" joka <viikonpäivä> <HH:MM>]',
    sv: 'group prompt <grupp> ["<fråga>" every <veckodag> <HH:MM>]',
    en: 'group prompt <group> ["<question>" every <weekday> <HH:MM>]',
  },
  'command.groupPromptCancel.summary': {
    fi: 'lopettaa ajastetun kysymyksen',
    sv: 'stoppar en schemalagd fråga',
    en: 'stops a scheduled question',
  },
  'command.groupPromptCancel.usage': { fi: 'ryhmä kysymys poista <numero>', sv: 'group prompt cancel <nummer>', en: 'group prompt cancel <id>' },

  'pairing.modeLabel': { fi: 'joka tai pois', sv: 'every eller off', en: 'every or off' },
  'pairing.cadenceLabel': { fi: 'tiheys', sv: 'intervall', en: 'cadence' },
  'pairing.durationLabel': { fi: 'tauon kesto', sv: 'pausens längd', en: 'length of the pause' },
  'prompts.textLabel': { fi: 'kysymys', sv: 'fråga', en: 'question' },
  'prompts.everyLabel': { fi: 'sana joka', sv: 'ordet every', en: 'the word every' },
  'prompts.weekdayLabel': { fi: 'viikonpäivä', sv: 'veckodag', en: 'weekday' },
  'prompts.timeLabel': { fi: 'kellonaika', sv: 'tid', en: 'time' },
  'prompts.idLabel': { fi: 'kysymyksen numero', sv: 'frågans nummer', en: 'question number' },
  'prompts.whenLabel': {
    fi: 'milloin (joka <viikonpäivä> <HH:MM>)',
    sv: 'när (every <veckodag> <HH:MM>)',
    en: 'when (every <weekday> <HH:MM>)',
  },

  'pairing.badCadence': {
    fi: 'Anna tiheys viikkoina väliltä 1–12, esimerkiksi joka 2vk.',
    sv: 'Ange intervallet i veckor mellan 1 och 12, till exempel every 2w.',
    en: 'Please give the cadence in weeks from 1 to 12, for example every 2w.',
  },
  'pairing.on': {
    fi: ({ name, weeks, first }) =>
      `Vertaistapaamiset ovat päällä ryhmässä ${name}: uusi kierros ${Number(weeks) === 1 ? 'joka viikko' : `${weeks} viikon välein`}, seuraava ${first}.`,
    sv: ({ name, weeks, first }) =>
      `Parsamtal är på i gruppen ${name}: en ny omgång ${Number(weeks) === 1 ? 'varje vecka' : `var ${weeks}:e vecka`}, nästa ${first}.`,
    en: ({ name, weeks, first }) =>
      `Peer pairing is on in ${name}: a new round ${Number(weeks) === 1 ? 'every week' : `every ${weeks} weeks`}, the next on ${first}.`,
  },
  'pairing.off': {
    fi: ({ name }) => `Vertaistapaamiset ovat nyt pois päältä ryhmässä ${name}. Aiemmat kierrokset ja vastaukset säilyvät.`,
    sv: ({ name }) => `Parsamtal är nu av i gruppen ${name}. Tidigare omgångar och svar finns kvar.`,
    en: ({ name }) => `Peer pairing is now off in ${name}. Earlier rounds and answers are kept.`,
  },
  'pairing.wasOff': {
    fi: ({ name }) => `Ryhmän ${name} vertaistapaamiset eivät olleet päällä, joten mitään ei muutettu.`,
    sv: ({ name }) => `Parsamtal var inte på i gruppen ${name}, så ingenting ändrades.`,
    en: ({ name }) => `Peer pairing was not on in ${name}, so nothing changed.`,
  },
  'pairing.statusOn': {
    fi: ({ name, weeks, next }) =>
      `Ryhmän ${name} vertaistapaamiset: ${Number(weeks) === 1 ? 'joka viikko' : `${weeks} viikon välein`}, seuraava kierros ${next}.`,
    sv: ({ name, weeks, next }) => `Parsamtal i gruppen ${name}: ${Number(weeks) === 1 ? 'varje vecka' : `var ${weeks}:e vecka`}, nästa omgång ${next}.`,
    en: ({ name, weeks, next }) => `Peer pairing in ${name}: ${Number(weeks) === 1 ? 'every week' : `every ${weeks} weeks`}, the next round on ${next}.`,
  },
  'pairing.statusOff': {
    fi: ({ name, command }) => `Ryhmän ${name} vertaistapaamiset eivät ole päällä. Kytke ne päälle: ${command}`,
    sv: ({ name, command }) => `Parsamtal är inte på i gruppen ${name}. Slå på dem: ${command}`,
    en: ({ name, command }) => `Peer pairing is not on in ${name}. To turn it on: ${command}`,
  },
  'pairing.roundLine': {
    fi: ({ number, date, pairs, yes, planned, no, open }) =>
      `Kierros ${number} (${date}): ${pairs} ${plural(Number(pairs), 'tapaaminen', 'tapaamista')} – tapasivat ${yes}, sovittu ${planned}, eivät tavanneet ${no}, ei vastausta ${open}`,
    sv: ({ number, date, pairs, yes, planned, no, open }) =>
      `Omgång ${number} (${date}): ${pairs} ${plural(Number(pairs), 'samtal', 'samtal')} – träffades ${yes}, avtalat ${planned}, träffades inte ${no}, inget svar ${open}`,
    en: ({ number, date, pairs, yes, planned, no, open }) =>
      `Round ${number} (${date}): ${pairs} ${plural(Number(pairs), 'meeting', 'meetings')} – met ${yes}, planned ${planned}, did not meet ${no}, no answer ${open}`,
  },
  'pairing.noRounds': { fi: 'Kierroksia ei ole vielä ollut.', sv: 'Inga omgångar ännu.', en: 'No rounds yet.' },
  'pairing.paused': {
    fi: ({ until, command }) => `Pidät taukoa vertaistapaamisista ${until} asti. Tauon voi lopettaa: ${command}`,
    sv: ({ until, command }) => `Du har paus från parsamtal till ${until}. Avsluta pausen: ${command}`,
    en: ({ until, command }) => `You are paused from peer pairing until ${until}. To end the pause: ${command}`,
  },
  'pairing.resumed': {
    fi: 'Tauko päättyi: olet taas mukana seuraavilla kierroksilla.',
    sv: 'Pausen är slut: du är med igen i nästa omgångar.',
    en: 'Your pause is over: you are in the next rounds again.',
  },
  'pairing.notPaused': {
    fi: 'Sinulla ei ollut taukoa vertaistapaamisista, joten mitään ei muutettu.',
    sv: 'Du hade ingen paus från parsamtal, så ingenting ändrades.',
    en: 'You were not paused from peer pairing, so nothing changed.',
  },
  'pairing.badPause': {
    fi: 'Anna tauon kesto, esimerkiksi 2vk tai 30pv (enintään vuosi), tai pois.',
    sv: 'Ange pausens längd, till exempel 2w eller 30d (högst ett år), eller off.',
    en: 'Please give the length of the pause, for example 2w or 30d (a year at most), or off.',
  },

  'pairing.starter.1': {
    fi: 'Mikä hankinta sinulla on nyt työn alla, ja mikä siinä mietityttää?',
    sv: 'Vilken upphandling arbetar du med just nu, och vad funderar du på i den?',
    en: 'Which procurement are you working on now, and what about it puzzles you?',
  },
  'pairing.starter.2': {
    fi: 'Mikä teillä äskettäin onnistunut hankinta voisi toimia myös toisessa organisaatiossa?',
    sv: 'Vilken nyligen lyckad upphandling hos er kunde fungera även i en annan organisation?',
    en: 'Which recent procurement of yours went well and could work in another organisation too?',
  },
  'pairing.starter.3': {
    fi: 'Mitä haluaisit oppia toisen organisaation tavasta hankkia?',
    sv: 'Vad skulle du vilja lära dig av hur en annan organisation upphandlar?',
    en: 'What would you like to learn from how another organisation procures?',
  },
  'pairing.andJoin': {
    fi: ({ first, last }) => `${first} ja ${last}`,
    sv: ({ first, last }) => `${first} och ${last}`,
    en: ({ first, last }) => `${first} and ${last}`,
  },
  'pairing.introHeading': {
    fi: ({ name }) => `Vertaistapaaminen · ${name}`,
    sv: ({ name }) => `Parsamtal · ${name}`,
    en: ({ name }) => `Peer pairing · ${name}`,
  },
  'pairing.intro': {
    fi: ({ others }) => `Tällä kierroksella tapaat: ${others}. Sopikaa puolen tunnin keskustelu tämän viikon aikana – puhelu tai kahvi käy hyvin.`,
    sv: ({ others }) => `I den här omgången träffar du ${others}. Kom överens om ett halvtimmessamtal den här veckan – ett samtal eller en kaffe går bra.`,
    en: ({ others }) => `This round you meet ${others}. Agree on a half-hour talk this week – a call or a coffee is fine.`,
  },
  'pairing.introTrio': {
    fi: ({ others }) => `Tällä kierroksella olette kolmen hengen ryhmä: sinä, ${others}. Sopikaa puolen tunnin keskustelu tämän viikon aikana.`,
    sv: ({ others }) => `I den här omgången är ni tre: du, ${others}. Kom överens om ett halvtimmessamtal den här veckan.`,
    en: ({ others }) => `This round you are a group of three: you, ${others}. Agree on a half-hour talk this week.`,
  },
  'pairing.starter': {
    fi: ({ starter }) => `Keskustelun avaus: _${starter}_`,
    sv: ({ starter }) => `Att börja med: _${starter}_`,
    en: ({ starter }) => `To start with: _${starter}_`,
  },
  'pairing.checkIn': {
    fi: ({ others, name, ago }) => `Ryhmän ${name} vertaistapaaminen yhdisti sinut ${ago}: ${others}. Tapasitteko?`,
    sv: ({ others, name, ago }) => `Gruppen ${name} parade ihop dig med ${others} ${ago}. Träffades ni?`,
    en: ({ others, name, ago }) => `${name} paired you with ${others} ${ago}. Did you meet?`,
  },
  'pairing.answer.yes': { fi: 'Tapasimme', sv: 'Vi träffades', en: 'We met' },
  'pairing.answer.planned': { fi: 'Sovittu, ei vielä', sv: 'Avtalat, inte ännu', en: 'Planned, not yet' },
  'pairing.answer.no': { fi: 'Emme tavanneet', sv: 'Vi träffades inte', en: 'We did not meet' },
  'pairing.answered': {
    fi: ({ answer }) => `Kiitos! Vastauksesi: ${answer}.`,
    sv: ({ answer }) => `Tack! Ditt svar: ${answer}.`,
    en: ({ answer }) => `Thank you! Your answer: ${answer}.`,
  },
  'pairing.notYourPair': {
    fi: 'Tämä kysymys oli toiselle, joten vastaustasi ei tallennettu.',
    sv: 'Den här frågan var till någon annan, så ditt svar sparades inte.',
    en: 'This question was for someone else, so your answer was not saved.',
  },

  'weekday.1': { fi: 'maanantai', sv: 'måndag', en: 'Monday' },
  'weekday.2': { fi: 'tiistai', sv: 'tisdag', en: 'Tuesday' },
  'weekday.3': { fi: 'keskiviikko', sv: 'onsdag', en: 'Wednesday' },
  'weekday.4': { fi: 'torstai', sv: 'torsdag', en: 'Thursday' },
  'weekday.5': { fi: 'perjantai', sv: 'fredag', en: 'Friday' },
  'weekday.6': { fi: 'lauantai', sv: 'lördag', en: 'Saturday' },
  'weekday.7': { fi: 'sunnuntai', sv: 'söndag', en: 'Sunday' },
  'prompts.when': {
    fi: ({ weekday, time }) => `joka ${weekday} klo ${time}`,
    sv: ({ weekday, time }) => `varje ${weekday} kl. ${time}`,
    en: ({ weekday, time }) => `every ${weekday} at ${time}`,
  },
  'prompts.postHeading': {
    fi: ({ name }) => `${name} · kysymys ryhmälle`,
    sv: ({ name }) => `${name} · en fråga till gruppen`,
    en: ({ name }) => `${name} · a question for the group`,
  },
  'prompts.scheduled': {
    fi: ({ id, name, when, first }) => `Ajastettu (#${id}): kysymys ryhmän ${name} kanaville ${when}. Ensimmäinen ${first}.`,
    sv: ({ id, name, when, first }) => `Schemalagt (#${id}): en fråga i gruppen ${name}s kanaler ${when}. Den första ${first}.`,
    en: ({ id, name, when, first }) => `Scheduled (#${id}): a question to the channels of ${name} ${when}. The first on ${first}.`,
  },
  'prompts.noChannels': {
    fi: ({ command }) => `Ryhmällä ei vielä ole kanavaa; kysymykset julkaistaan, kun kanava on liitetty: ${command}`,
    sv: ({ command }) => `Gruppen har ingen kanal ännu; frågorna publiceras när en kanal är kopplad: ${command}`,
    en: ({ command }) => `The group has no channel yet; the questions are posted once one is linked: ${command}`,
  },
  'prompts.listHeading': {
    fi: ({ name }) => `Ryhmän ${name} ajastetut kysymykset`,
    sv: ({ name }) => `Schemalagda frågor i gruppen ${name}`,
    en: ({ name }) => `Scheduled questions of ${name}`,
  },
  'prompts.none': {
    fi: 'Ryhmällä ei ole ajastettuja kysymyksiä.',
    sv: 'Gruppen har inga schemalagda frågor.',
    en: 'The group has no scheduled questions.',
  },
  'prompts.cancelled': {
    fi: ({ id }) => `Kysymys #${id} ei enää toistu.`,
    sv: ({ id }) => `Fråga #${id} återkommer inte längre.`,
    en: ({ id }) => `Question #${id} will not be asked again.`,
  },
  'prompts.unknown': {
    fi: ({ id }) => `Ajastettua kysymystä #${id} ei löydy.`,
    sv: ({ id }) => `Jag hittar ingen schemalagd fråga #${id}.`,
    en: ({ id }) => `I can't find a scheduled question #${id}.`,
  },
});
