### Keino's phrases in Swedish: jobs.
### How to edit them: docs/translating.md

## Jobs

command-adminJobs-summary = visar schemalagda jobb per status och de senaste som misslyckades
command-adminJobs-usage = admin jobs
jobs-heading = Schemalagda jobb
jobs-chart-title = Avslutade jobb de senaste 7 dagarna
jobs-chart-unit = jobb
jobs-chart-dayAlt = { $day } { $done } klara, { $failed } misslyckades, { $cancelled } avbrutna
jobs-state-pending = Väntar
jobs-state-running = Pågår
jobs-state-done = Klara
jobs-state-failed = Misslyckades
jobs-state-cancelled = Avbrutna
jobs-overdue = { $count } { $count ->
        [one] jobb är
       *[other] jobb är
    } försenade (det äldsta sedan { $since }). Kör någon Keino-instans?
jobs-failuresHeading = Senast misslyckade
jobs-failure = **{ $kind }** `{ $key }` – { $when }, försök { $attempts }/{ $max }: { $error }
jobs-noFailures = Inget jobb har misslyckats.
jobs-unknownError = okänd orsak
jobs-answerLost = Keino startades om medan ditt kommando ”{ $command }” kördes, och det är osäkert om det utfördes. Kontrollera innan du kör det igen.
