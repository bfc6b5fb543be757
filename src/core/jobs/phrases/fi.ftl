### Keino's phrases in Finnish: jobs.
### How to edit them: docs/translating.md

## Jobs

command-adminJobs-summary = näyttää ajastetut työt tiloittain ja viimeisimmät epäonnistuneet
command-adminJobs-usage = ylläpito työt
jobs-heading = Ajastetut työt
jobs-chart-title = Päättyneet työt 7 päivän ajalta
jobs-chart-unit = töitä
jobs-chart-dayAlt = { $day } { $done } valmista, { $failed } epäonnistui, { $cancelled } peruttu
jobs-state-pending = Odottaa
jobs-state-running = Käynnissä
jobs-state-done = Valmis
jobs-state-failed = Epäonnistui
jobs-state-cancelled = Peruttu
jobs-overdue = { $count } { $count ->
        [one] työ on
       *[other] työtä on
    } myöhässä (vanhin { $since } lähtien). Onko yksikään Keino-instanssi käynnissä?
jobs-failuresHeading = Viimeisimmät epäonnistuneet
jobs-failure = **{ $kind }** `{ $key }` – { $when }, yrityksiä { $attempts }/{ $max }: { $error }
jobs-noFailures = Yksikään työ ei ole epäonnistunut.
jobs-unknownError = syy ei tiedossa
jobs-answerLost = Keino käynnistyi uudelleen kesken komentosi ”{ $command }”, eikä ole varmaa, tehtiinkö se. Tarkista ennen kuin annat sen uudelleen.
