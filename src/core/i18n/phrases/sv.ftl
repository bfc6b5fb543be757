### Keino's phrases in Swedish: i18n.
### How to edit them: docs/translating.md

## Phrases of the command core itself: errors, argument problems, roles, languages.

errors-unknownCommand = Jag känner inte till kommandot ”{ $command }”.
errors-didYouMean = Menade du: { $names }? Skriv **help** för att se alla kommandon.
errors-seeHelp = Skriv **help** för att se vad du kan göra.
errors-unterminatedQuote = Ett citattecken stängdes inte. Skriv citerad text så här: ”Så här skriver man”.
errors-tooLong = Meddelandet är för långt. Skriv högst { $max } tecken.
errors-controlCharacters = Meddelandet innehåller osynliga styrtecken. Skriv kommandot igen som vanlig text.
errors-badArgument = { $problem } Skriv så här: `{ $usage }`
errors-missingArgument = Det saknas: { $name }.
errors-tooManyArguments = Jag förstår inte den här delen: ”{ $extra }”.
errors-unknownOption = Alternativet ”{ $option }” finns inte för det här kommandot.
errors-invalidValue = { $name }: jag väntade mig { $expected }.
errors-forbidden = Det här kommandot är bara för: { $roles }.
files-notUnderstood = Jag kan inte hantera filen ”{ $name }”. Jag läser dessa filer: { $kinds }. Ingenting sparades.
files-forbidden = Bara dessa kan importera filer till Keino: { $roles }. Ingenting sparades.
files-tooLarge = Filen är för stor: jag läser filer på högst { $megabytes } megabyte. Ingenting sparades.
files-unavailable = Jag kunde inte hämta filen och ingenting sparades. Dela filen igen om en stund.
limits-tooMany = Ett ögonblick: du har skickat många förfrågningar till Keino på kort tid. Ingenting gjordes; försök igen om { $seconds } sekunder.
errors-internal = Något gick fel och ingenting sparades. Försök igen om en stund.
errors-unavailable = Keino når inte sin databas just nu. Ingenting sparades; försök igen om en stund.
errors-unknownAction = Den här knappen används inte längre. Försök med kommandot igen.
errors-noQuestions = Jag kan inte svara på frågor ännu. Skriv **help** för att se vad jag kan göra.
arg-text = text
arg-word = ett ord
arg-integer = ett heltal
arg-positiveInteger = ett positivt heltal
arg-id = ett nummer, till exempel 12
arg-date = ett datum som 2026-12-31 eller 31.12.2026
arg-time = en tid som 09:30
arg-duration = en längd som 90m, 2h, 3d eller 1w
arg-slug = en kort kod (små bokstäver, siffror och bindestreck)
arg-oneOf = något av: { $options }
arg-tooLong = högst { $max } tecken
role-admin = administratör
role-facilitator = facilitator
role-coordinator = koordinator
role-member = medlem
language-fi = finska
language-sv = svenska
language-en = engelska
common-none = inget
conversation-keinoAbsent = Keino kan inte skriva i den här konversationen.
