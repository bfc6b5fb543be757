import { defineCatalogue } from '../i18n/catalogue-types.js';

/** Who is asking: refusals of places Keino does not serve, of buttons it did not sign, and linking. */
export const identityCatalogue = defineCatalogue({
  'access.notServed': {
    fi: 'Keino ei palvele tätä organisaatiota tai työtilaa. Jos tämä on virhe, ota yhteyttä Keinon ylläpitäjiin.',
    sv: 'Keino betjänar inte den här organisationen eller arbetsytan. Kontakta Keinos administratörer om det här är fel.',
    en: "Keino doesn't serve this organisation or workspace. If this is a mistake, please contact Keino's admins.",
  },
  'actions.refused': {
    fi: 'Tätä painiketta ei voi käyttää täällä. Kirjoita komento uudelleen, niin saat uuden.',
    sv: 'Den här knappen kan inte användas här. Skriv kommandot igen för att få en ny.',
    en: "This button can't be used here. Type the command again to get a fresh one.",
  },
  'actions.expired': {
    fi: 'Tämä painike on vanhentunut. Kirjoita komento uudelleen, niin saat uuden.',
    sv: 'Den här knappen har gått ut. Skriv kommandot igen för att få en ny.',
    en: 'This button has expired. Type the command again to get a fresh one.',
  },
  'command.link.summary': {
    fi: 'yhdistää Slack- ja Teams-tilisi kertakäyttöisellä koodilla',
    sv: 'kopplar ihop dina Slack- och Teams-konton med en engångskod',
    en: 'links your Slack and Teams accounts with a one-time code',
  },
  'command.link.usage': { fi: 'yhdistä [koodi]', sv: 'koppla [kod]', en: 'link [code]' },
  'command.linkOff.summary': {
    fi: 'erottaa tämän alustan tilin omaksi henkilökseen',
    sv: 'skiljer kontot på den här plattformen till en egen person',
    en: "splits this platform's account off into a person of its own",
  },
  'command.linkOff.usage': { fi: 'yhdistä pois', sv: 'koppla bort', en: 'link off' },
  'link.codeLabel': { fi: 'koodi', sv: 'kod', en: 'code' },
  'link.commandWord': { fi: 'yhdistä', sv: 'koppla', en: 'link' },
  'link.heading': { fi: 'Tilien yhdistäminen', sv: 'Koppla ihop konton', en: 'Linking your accounts' },
  'link.code': {
    fi: ({ code, other, minutes }) => `Koodisi on **${code}**. Se toimii kerran ja ${minutes} minuutin ajan, ja vain palvelussa ${other}.`,
    sv: ({ code, other, minutes }) => `Din kod är **${code}**. Den fungerar en gång, i ${minutes} minuter, och bara i ${other}.`,
    en: ({ code, other, minutes }) => `Your code is **${code}**. It works once, for ${minutes} minutes, and only in ${other}.`,
  },
  'link.typeThis': {
    fi: ({ command, until }) => `Kirjoita toisessa palvelussa Keinolle **${command}** (viimeistään ${until}).`,
    sv: ({ command, until }) => `Skriv **${command}** till Keino på den andra plattformen (senast ${until}).`,
    en: ({ command, until }) => `In the other platform, type **${command}** to Keino (by ${until}).`,
  },
  'link.secret': {
    fi: 'Älä anna koodia kenellekään: joka sen kirjoittaa, yhdistyy sinuun ja saa Keinossa samat oikeudet kuin sinulla.',
    sv: 'Ge inte koden till någon: den som skriver den kopplas ihop med dig och får samma rättigheter i Keino som du.',
    en: 'Never give this code to anyone: whoever types it is linked to you and gets your rights in Keino.',
  },
  'link.linked': {
    fi: ({ platforms }) =>
      `Valmis! Tilisi on yhdistetty: Keino tuntee sinut nyt yhtenä henkilönä (${platforms}). Erottaminen onnistuu komennolla **yhdistä pois**.`,
    sv: ({ platforms }) => `Klart! Dina konton är ihopkopplade: Keino känner dig nu som en person (${platforms}). Skilj dem åt med **koppla bort**.`,
    en: ({ platforms }) => `Done! Your accounts are linked: Keino now knows you as one person (${platforms}). To split them again, type **link off**.`,
  },
  'link.unlinked': {
    fi: ({ platform }) =>
      `Tämä ${platform}-tili on nyt oma henkilönsä Keinossa, ilman sähköpostia, organisaatiota tai rooleja. Voit yhdistää sen uudelleen komennolla **yhdistä**.`,
    sv: ({ platform }) =>
      `Det här ${platform}-kontot är nu en egen person i Keino, utan e-post, organisation eller roller. Du kan koppla ihop det igen med **koppla**.`,
    en: ({ platform }) =>
      `This ${platform} account is now a person of its own in Keino, with no e-mail, organisation or role. You can link it again with **link**.`,
  },
  'link.nothingLinked': {
    fi: 'Tätä tiliä ei ole yhdistetty mihinkään toiseen, joten erotettavaa ei ole.',
    sv: 'Det här kontot är inte ihopkopplat med något annat, så det finns inget att skilja åt.',
    en: "This account isn't linked to any other, so there is nothing to split.",
  },
  'link.unknownCode': {
    fi: 'En tunnista tätä koodia. Tarkista se, tai pyydä uusi kirjoittamalla **yhdistä** toisessa palvelussa.',
    sv: 'Jag känner inte igen koden. Kontrollera den, eller be om en ny genom att skriva **koppla** på den andra plattformen.',
    en: "I don't recognise this code. Check it, or get a new one by typing **link** in the other platform.",
  },
  'link.usedCode': {
    fi: 'Tämä koodi on jo käytetty. Pyydä uusi kirjoittamalla **yhdistä** toisessa palvelussa.',
    sv: 'Den här koden har redan använts. Be om en ny genom att skriva **koppla** på den andra plattformen.',
    en: 'This code has already been used. Get a new one by typing **link** in the other platform.',
  },
  'link.expiredCode': {
    fi: 'Tämä koodi on vanhentunut (koodi toimii 10 minuuttia). Pyydä uusi kirjoittamalla **yhdistä** toisessa palvelussa.',
    sv: 'Den här koden har gått ut (en kod gäller i 10 minuter). Be om en ny genom att skriva **koppla** på den andra plattformen.',
    en: 'This code has expired (a code works for 10 minutes). Get a new one by typing **link** in the other platform.',
  },
  'link.samePlatform': {
    fi: 'Koodi kirjoitetaan toisessa palvelussa kuin missä sen sait: jos sait sen Slackissa, kirjoita se Teamsissa, ja päinvastoin.',
    sv: 'Koden skrivs på den andra plattformen än där du fick den: fick du den i Slack, skriv den i Teams, och tvärtom.',
    en: 'Type the code in the other platform than the one that gave it: if you got it in Slack, type it in Teams, and the other way round.',
  },
  'link.alreadyOne': {
    fi: 'Nämä tilit on jo yhdistetty: Keino tuntee ne yhtenä henkilönä.',
    sv: 'De här kontona är redan ihopkopplade: Keino känner dem som en person.',
    en: 'These accounts are already linked: Keino knows them as one person.',
  },
  'link.linkedElsewhere': {
    fi: ({ platform }) =>
      `Toinen näistä on jo yhdistetty toiseen ${platform}-tiliin. Erota se ensin kirjoittamalla siinä tilissä **yhdistä pois**, ja yhdistä sitten uudelleen.`,
    sv: ({ platform }) =>
      `Ett av kontona är redan ihopkopplat med ett annat ${platform}-konto. Skilj det först genom att skriva **koppla bort** i det kontot, och koppla sedan ihop igen.`,
    en: ({ platform }) =>
      `One of these is already linked to another ${platform} account. First type **link off** in that account to split it, then link again.`,
  },
  'link.strongerTyper': {
    fi: 'Tällä tilillä on Keinossa enemmän oikeuksia kuin sillä, joka koodin antoi, eikä koodin kirjoittaminen siirrä oikeuksia. Tee toisin päin: kirjoita **yhdistä** tässä tilissä ja koodi toisessa.',
    sv: 'Det här kontot har fler rättigheter i Keino än det som gav koden, och att skriva en kod flyttar inga rättigheter. Gör tvärtom: skriv **koppla** i det här kontot och koden i det andra.',
    en: 'This account has more rights in Keino than the one that gave the code, and typing a code never hands rights over. Do it the other way round: type **link** in this account and the code in the other.',
  },
  'link.roleConflict': {
    fi: 'Tileilläsi on eri roolit (fasilitaattori ja koordinaattori), joten en yhdistä niitä itse. Pyydä Keinon ylläpitäjää ratkaisemaan asia.',
    sv: 'Dina konton har olika roller (facilitator och koordinator), så jag kopplar inte ihop dem själv. Be Keinos administratörer att reda ut det.',
    en: "Your accounts have different roles (facilitator and coordinator), so I won't link them myself. Please ask Keino's admins to settle it.",
  },
  'link.organisationConflict': {
    fi: 'Tilisi kuuluvat eri organisaatioihin, joten en yhdistä niitä itse. Pyydä Keinon ylläpitäjää ratkaisemaan asia.',
    sv: 'Dina konton hör till olika organisationer, så jag kopplar inte ihop dem själv. Be Keinos administratörer att reda ut det.',
    en: "Your accounts belong to different organisations, so I won't link them myself. Please ask Keino's admins to settle it.",
  },
  'link.tooManyTries': {
    fi: 'Liian monta väärää koodia. Odota 10 minuuttia ja pyydä sitten uusi koodi kirjoittamalla **yhdistä** toisessa palvelussa.',
    sv: 'För många fel koder. Vänta 10 minuter och be sedan om en ny kod genom att skriva **koppla** på den andra plattformen.',
    en: 'Too many wrong codes. Please wait 10 minutes, then get a new code by typing **link** in the other platform.',
  },
});
