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
});
