### Keino's phrases in Swedish: people.
### How to edit them: docs/translating.md

## Account

command-lang-summary = byter språket Keino svarar dig på
command-lang-usage = lang fi|sv|en
lang-label = språk
lang-changed = Okej! Nu talar jag svenska med dig.
lang-current = Ditt språk är { $language }. Byt genom att skriva **lang fi**, **lang sv** eller **lang en**.
command-whoami-summary = visar vem Keino tror att du är
command-whoami-usage = whoami
whoami-heading = Hej, { $name }!
whoami-name = Namn
whoami-email = E-post
whoami-organisation = Organisation
whoami-role = Roll
whoami-language = Språk
whoami-timeZone = Tidszon
whoami-platforms = Kopplade plattformar
whoami-unknown = okänd

## Who is asking: refusals of places Keino does not serve, of buttons it did not sign, and linking.

access-notServed = Keino betjänar inte den här organisationen eller arbetsytan. Kontakta Keinos administratörer om det här är fel.
actions-refused = Den här knappen kan inte användas här. Skriv kommandot igen för att få en ny.
actions-expired = Den här knappen har gått ut. Skriv kommandot igen för att få en ny.
command-link-summary = kopplar ihop dina Slack- och Teams-konton med en engångskod
command-link-usage = koppla [kod]
command-linkOff-summary = skiljer kontot på den här plattformen till en egen person
command-linkOff-usage = koppla bort
link-codeLabel = kod
link-commandWord = koppla
link-heading = Koppla ihop konton
link-code = Din kod är **{ $code }**. Den fungerar en gång, i { $minutes } minuter, och bara i { $other }.
link-typeThis = Skriv **{ $command }** till Keino på den andra plattformen (senast { $until }).
link-secret = Ge inte koden till någon: den som skriver den kopplas ihop med dig och får samma rättigheter i Keino som du.
link-linked = Klart! Dina konton är ihopkopplade: Keino känner dig nu som en person ({ $platforms }). Skilj dem åt med **koppla bort**.
link-unlinked = Det här { $platform }-kontot är nu en egen person i Keino, utan e-post, organisation eller roller. Du kan koppla ihop det igen med **koppla**.
link-nothingLinked = Det här kontot är inte ihopkopplat med något annat, så det finns inget att skilja åt.
link-unknownCode = Jag känner inte igen koden. Kontrollera den, eller be om en ny genom att skriva **koppla** på den andra plattformen.
link-usedCode = Den här koden har redan använts. Be om en ny genom att skriva **koppla** på den andra plattformen.
link-expiredCode = Den här koden har gått ut (en kod gäller i 10 minuter). Be om en ny genom att skriva **koppla** på den andra plattformen.
link-samePlatform = Koden skrivs på den andra plattformen än där du fick den: fick du den i Slack, skriv den i Teams, och tvärtom.
link-alreadyOne = De här kontona är redan ihopkopplade: Keino känner dem som en person.
link-linkedElsewhere = Ett av kontona är redan ihopkopplat med ett annat { $platform }-konto. Skilj det först genom att skriva **koppla bort** i det kontot, och koppla sedan ihop igen.
link-strongerTyper = Det här kontot har fler rättigheter i Keino än det som gav koden, och att skriva en kod flyttar inga rättigheter. Gör tvärtom: skriv **koppla** i det här kontot och koden i det andra.
link-roleConflict = Dina konton har olika roller (facilitator och koordinator), så jag kopplar inte ihop dem själv. Be Keinos administratörer att reda ut det.
link-organisationConflict = Dina konton hör till olika organisationer, så jag kopplar inte ihop dem själv. Be Keinos administratörer att reda ut det.
link-tooManyTries = För många fel koder. Vänta 10 minuter och be sedan om en ny kod genom att skriva **koppla** på den andra plattformen.
