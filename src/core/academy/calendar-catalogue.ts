import { defineCatalogue } from '../i18n/catalogue-types.js';

export const calendarCatalogue = defineCatalogue({
  'command.calendar.summary': {
    fi: 'oma kalenteriosoitteesi: tilaisuutesi Outlookiin, Googleen tai Appleen',
    sv: 'din egen kalenderadress: dina träffar i Outlook, Google eller Apple',
    en: 'your private calendar address: your sessions in Outlook, Google or Apple',
  },
  'command.calendar.usage': { fi: 'kalenteri', sv: 'calendar', en: 'calendar' },
  'command.calendarReset.summary': {
    fi: 'antaa uuden kalenteriosoitteen; vanha lakkaa toimimasta',
    sv: 'ger en ny kalenderadress; den gamla slutar fungera',
    en: 'gives you a new calendar address; the old one stops working',
  },
  'command.calendarReset.usage': { fi: 'kalenteri nollaa', sv: 'calendar reset', en: 'calendar reset' },
  'calendar.heading': { fi: 'Oma kalenterisi', sv: 'Din kalender', en: 'Your calendar' },
  'calendar.explain': {
    fi: 'Tilaa tämä osoite kalenteriisi (Outlook: Lisää kalenteri → Internetistä; Google: Muut kalenterit → URL-osoitteesta). Siinä ovat tilaisuudet, joihin olet tulossa, ehkä tulossa tai jonossa, linkkeineen.',
    sv: 'Prenumerera på adressen i din kalender (Outlook: Lägg till kalender → Från internet; Google: Andra kalendrar → Från webbadress). Där finns träffarna du kommer till, kanske kommer till eller köar till, med länkar.',
    en: 'Subscribe to this address in your calendar (Outlook: Add calendar → From internet; Google: Other calendars → From URL). It holds the sessions you are going to, may go to or are waiting for, with their links.',
  },
  'calendar.link': { fi: 'Kalenteriosoite', sv: 'Kalenderadress', en: 'Calendar address' },
  'calendar.secret': {
    fi: 'Osoite on salainen kuin salasana: kuka tahansa, jolla se on, näkee tilaisuutesi. Jos se on päässyt vääriin käsiin, kirjoita `kalenteri nollaa`.',
    sv: 'Adressen är hemlig som ett lösenord: den som har den ser dina träffar. Om den hamnat i fel händer, skriv `calendar reset`.',
    en: 'The address is secret, like a password: anyone who has it sees your sessions. If it got into the wrong hands, type `calendar reset`.',
  },
  'calendar.reset': {
    fi: 'Uusi kalenteriosoitteesi on alla. Vanha osoite ei enää toimi: vaihda uusi kalenteriisi.',
    sv: 'Din nya kalenderadress finns nedan. Den gamla fungerar inte längre: byt till den nya i din kalender.',
    en: 'Your new calendar address is below. The old one no longer works: replace it in your calendar.',
  },
  'calendar.unavailable': {
    fi: 'Keinolle ei ole asetettu julkista osoitetta (KEINO_PUBLIC_URL), joten kalenteriosoitteita ei voi antaa. Kerro asiasta ylläpitäjälle.',
    sv: 'Keino har ingen offentlig adress inställd (KEINO_PUBLIC_URL), så inga kalenderadresser kan ges. Säg till administratören.',
    en: 'Keino has no public address set (KEINO_PUBLIC_URL), so it cannot give calendar addresses. Please tell your administrator.',
  },
});
