### Keino's phrases in Swedish: working-days.
### How to edit them: docs/translating.md

## Working days

command-away-summary = anger din frånvaro: inga påminnelser under tiden
command-away-usage = away 6.7.2026..24.7.2026 | away off
command-orgDaysOff-summary = organisationens egna lediga dagar, då inga påminnelser skickas (koordinatorer)
command-orgDaysOff-usage = org days-off [add|remove <datum>]
command-orgSummer-summary = organisationens sommaruppehåll: inga påminnelser eller översikter, en sammanfattning efteråt (koordinatorer)
command-orgSummer-usage = org summer 1.7.2026..31.7.2026 | org summer off [år]
workingDays-arg-range = period
workingDays-arg-rangeProblem = en period som 1.7.2026..31.7.2026 (eller off)
workingDays-arg-change = add eller remove
workingDays-arg-date = datum
workingDays-arg-year = år
workingDays-arg-yearProblem = ett år, till exempel 2026
workingDays-awaySet = Okej: du är borta { $dates }. Inga påminnelser under tiden, och din koordinator ser frånvaron i veckoöversikten. Avsluta tidigare: **away off**.
workingDays-awayNow = Du är borta { $dates }. Avsluta: **away off**.
workingDays-awayNone = Du har ingen frånvaro angiven. Till exempel: **away 6.7.2026..24.7.2026**.
workingDays-awayOff = Välkommen tillbaka! Påminnelserna fortsätter.
workingDays-awayWasOff = Du hade ingen frånvaro, så inget ändrades.
workingDays-awayPast = Den perioden har redan varit. Ange en kommande period.
workingDays-awayTooFar = Frånvaro kan anges högst ett år framåt.
workingDays-summerTooLong = Sommaruppehållet ligger inom ett år och är högst { $days } dagar.
workingDays-dayOffAdded = { $date } är nu en ledig dag för { $organisation }: påminnelserna flyttas förbi den.
workingDays-dayOffExisted = { $date } var redan en ledig dag, så inget ändrades.
workingDays-dayOffRemoved = { $date } är inte längre en egen ledig dag för { $organisation }.
workingDays-dayOffWasNot = { $date } var ingen egen ledig dag, så inget ändrades.
workingDays-dayOffUsage = Skriv till exempel **org days-off add 28.12.2026** eller **org days-off remove 28.12.2026**.
workingDays-summerSet = Sommaruppehållet för { $organisation } är { $dates }: inga påminnelser eller översikter, och första arbetsdagen efteråt en sammanfattning av det som förföll.
workingDays-summerOff = Sommaruppehållet { $year } för { $organisation } togs bort.
workingDays-summerWasOff = Det fanns inget sommaruppehåll { $year }, så inget ändrades.
workingDays-listHeading = Lediga dagar: { $organisation }
workingDays-listDays = Egna lediga dagar
workingDays-listSummer = Sommaruppehåll
workingDays-listRules = Därtill helger, helgdagar, julafton och midsommarafton. En påminnelse före förfallodagen flyttas till arbetsdagen före, andra till arbetsdagen efter.
workingDays-away = Borta: { $people }
workingDays-awayUntil = { $name } (till { $to })
workingDays-summary-heading = Sommaruppehållet är slut: dina åtgärder
workingDays-summary-intro = Dina åtgärder som förföll under sommaruppehållet { $dates } eller snart förfaller:
