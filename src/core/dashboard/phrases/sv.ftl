### Keinos fraser på svenska: webbpanelen.
### Hur de redigeras: docs/translating.md

## Kommandot i chatten.

command-dashboard-summary = en engångslänk för att logga in på Keinos webbpanel
command-dashboard-usage = dashboard
command-dashboardRevoke-summary = loggar ut dig från webbpanelen i alla webbläsare
command-dashboardRevoke-usage = dashboard revoke
dashboard-heading = Din panel
dashboard-explain = Öppna länken nedan för att logga in på Keinos webbpanel. Den fungerar en gång, bara för dig, till kl. { $until }.
dashboard-link = Logga in på panelen
dashboard-secret = Länken är som ett lösenord: ge den inte vidare. Inloggad förblir du inne i 8 timmar eller tills du loggar ut; `dashboard revoke` loggar ut dig överallt.
dashboard-unavailable = Keino har ingen offentlig adress och kan därför inte ge länkar till panelen. Be din administratör ställa in KEINO_PUBLIC_URL till den https-adress där man når Keino (till exempel https://keino.example.fi).
dashboard-tooManyLinks = Du har bett om flera inloggningslänkar på kort tid. Använd den senaste, eller fråga igen om 10 minuter.
dashboard-revoked = { $count ->
    [0] Du hade inga öppna sessioner i panelen.
    [one] En session i panelen avslutades: den webbläsaren måste logga in på nytt.
   *[other] { $count } sessioner i panelen avslutades: de webbläsarna måste logga in på nytt.
}

## Sidornas ram.

dashboard-siteName = Keinos panel
dashboard-skip = Hoppa till innehållet
dashboard-nav-label = Panelens sidor
dashboard-nav-overview = Översikt
dashboard-nav-organisations = Organisationer
dashboard-nav-groups = Utvecklargrupper
dashboard-nav-academy = Akademin
dashboard-nav-faq = Vanliga frågor
dashboard-nav-polls = Enkäter
dashboard-signedInAs = Inloggad som { $name } ({ $role })
dashboard-role-admin = administratör
dashboard-role-coordinator = koordinator
dashboard-role-facilitator = facilitator
dashboard-role-member = medlem
dashboard-logout = Logga ut
dashboard-languageName = svenska
dashboard-languages = Språk
dashboard-download = Ladda ner som CSV
dashboard-filter-organisation = Organisation
dashboard-filter-all = Alla organisationer
dashboard-filter-apply = Visa
dashboard-empty = Inget att visa ännu.
dashboard-signedOut = Du har loggat ut. För att komma tillbaka, skriv `dashboard` till Keino i chatten.
dashboard-linkRefused = Den här inloggningslänken fungerar inte: den är använd, har gått ut eller är inte hel. Skriv `dashboard` till Keino i chatten för en ny.
dashboard-notSignedIn = Du är inte inloggad, eller så har din session tagit slut. Skriv `dashboard` till Keino i chatten för en inloggningslänk.
dashboard-forbidden = Den här sidan är inte öppen för dig.
dashboard-notFound = Sidan finns inte.
dashboard-formRefused = Formuläret hade gått ut eller kom från annat håll, så inget ändrades. Öppna sidan på nytt och försök igen.
dashboard-failed = Något gick fel hos Keino. Försök igen om en stund.
dashboard-yes = ja
dashboard-no = nej

## Sidorna.

dashboard-overview-heading = Översikt över nätverket
dashboard-overview-ownHeading = Din översikt
dashboard-overview-ownTasks = Dina åtgärder
dashboard-overview-people = Aktiva personer per plattform, senaste { $days } dagarna
dashboard-overview-organisations = Åtgärder per organisation
dashboard-overview-trend = Åtgärder under de senaste { $weeks } veckorna
dashboard-organisations-heading = Organisationer
dashboard-organisation-byPolicy = Planen per upphandlingsriktlinje
dashboard-organisation-byCategory = Planen per upphandlingskategori
dashboard-organisation-noPolicy = (ingen riktlinje)
dashboard-organisation-noCategory = (ingen kategori)
dashboard-organisation-overdue = Försenade åtgärder
dashboard-organisation-nudges = Påminnelser till ansvariga, senaste { $days } dagarna
dashboard-noOrganisation = (ingen organisation)
dashboard-groups-heading = Utvecklargrupper
dashboard-groups-members = Medlemmar per organisation
dashboard-groups-rounds = Parrundor och hur många par som träffades
dashboard-groups-prompts = Återkommande samtalsöppningar
dashboard-groups-promptsNote = Svaren skrivs i gruppens kanal; Keino räknar de öppningar det har skickat.
dashboard-academy-heading = KEINO-akademin
dashboard-academy-sessions = Tillfällen under de senaste 12 månaderna och kommande
dashboard-academy-waiting = Väntelistor
dashboard-academy-cohorts = Anmälningar per kohort
dashboard-academy-noCohort = (ingen kohort)
dashboard-academy-cohortsNote = Keino registrerar anmälningar, inte vem som kom: ”kommer” är det anmälda deltagandet.
dashboard-faq-heading = Vanliga frågor
dashboard-faq-weeks = Frågor per vecka, senaste { $weeks } veckorna
dashboard-faq-answerRate = Keino besvarade { $rate } % av { $asked } frågor.
dashboard-faq-unanswered = Obesvarade frågor
dashboard-faq-unansweredAdmin = Välj en fråga för att göra den till ett svar bland de vanliga frågorna.
dashboard-faq-feedback = Respons på svaren
dashboard-faq-makeEntry = Ett nytt svar utifrån en fråga
dashboard-faq-question = Fråga
dashboard-faq-answer = Svar
dashboard-faq-save = Spara svaret
dashboard-faq-saved = Svar { $id } finns nu bland de vanliga frågorna.
dashboard-faq-answerMissing = Skriv svaret (högst 4 000 tecken) och frågan (högst 500).
dashboard-polls-heading = Enkäter
dashboard-polls-channels = Svar per kanal
dashboard-polls-privacy = Endast antal: ingens röst visas, och anonyma enkäter sparar inga röster.
dashboard-polls-polls = Enkäter

## Kolumner och lägen.

dashboard-col-platform = Plattform
dashboard-col-people = Personer
dashboard-col-organisation = Organisation
dashboard-col-done = Klara
dashboard-col-onTime = I tid
dashboard-col-dueSoon = Förfaller inom 14 dagar
dashboard-col-overdue = Försenade
dashboard-col-week = Veckan från
dashboard-col-name = Namn
dashboard-col-title = Åtgärd
dashboard-col-owner = Ansvarig
dashboard-col-dueDate = Förfallodag
dashboard-col-nudges = Påminnelser
dashboard-col-lastNudge = Senaste påminnelse
dashboard-col-group = Grupp
dashboard-col-members = Medlemmar
dashboard-col-round = Runda
dashboard-col-date = Dag
dashboard-col-pairs = Par
dashboard-col-met = Par som träffades
dashboard-col-answered = Besvarade
dashboard-col-unanswered = Obesvarade
dashboard-col-prompt = Öppning
dashboard-col-sent = Gånger skickad
dashboard-col-state = Läge
dashboard-col-session = Tillfälle
dashboard-col-startsAt = Börjar
dashboard-col-cohort = Kohort
dashboard-col-places = Platser
dashboard-col-going = Kommer
dashboard-col-maybe = Kanske
dashboard-col-waiting = Väntar
dashboard-col-position = Plats i kön
dashboard-col-person = Person
dashboard-col-sessions = Tillfällen
dashboard-col-questions = Frågor
dashboard-col-answerRate = Besvarade (%)
dashboard-col-asked = Ställd
dashboard-col-language = Språk
dashboard-col-question = Fråga
dashboard-col-entry = Svar
dashboard-col-helpful = Till hjälp
dashboard-col-notHelpful = Inte till hjälp
dashboard-col-channel = Kanal
dashboard-col-polls = Enkäter
dashboard-col-responses = Svar
dashboard-col-perPoll = Svar per enkät
dashboard-col-poll = Enkät
dashboard-col-createdAt = Ställd
dashboard-col-anonymous = Anonym
dashboard-state-active = i bruk
dashboard-state-cancelled = inställd
dashboard-state-open = öppen
dashboard-state-closed = stängd
