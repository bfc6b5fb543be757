### Keino's phrases in Swedish: polls.
### How to edit them: docs/translating.md

## Polls

command-poll-summary = en omröstning i den här kanalen: alternativen som knappar och resultaten i realtid (utan alternativ öppnas ett formulär)
command-poll-usage = poll "<fråga>" "<alternativ>" "<alternativ>" … [--anonym] [--flerval <n>] [--stängs <tid>]
command-pollClose-summary = stänger omröstningen och visar slutresultatet (den som skapade den eller en administratör)
command-pollClose-usage = poll close <nr>
command-pollResults-summary = omröstningens resultat och en CSV-fil för den som skapade den
command-pollResults-usage = poll results <nr>
poll-questionLabel = fråga
poll-optionLabel = alternativ
poll-anonymousLabel = anonym
poll-multiLabel = högsta antal val
poll-closesLabel = stängningstid
poll-idLabel = omröstningens nummer
poll-questionMissing = Skriv frågan först och alternativen efter den, till exempel: poll "Var ses vi?" "Helsingfors" "Tammerfors".
poll-questionTooLong = Frågan är för lång: högst { $max } tecken.
poll-tooFewOptions = En omröstning behöver minst { $min } alternativ.
poll-tooManyOptions = En omröstning kan ha högst { $max } alternativ.
poll-emptyOption = Ett av alternativen är tomt. Skriv något i varje alternativ.
poll-duplicateOption = Alternativet ”{ $option }” finns med två gånger. Varje alternativ ska vara olika.
poll-optionTooLong = Ett alternativ är för långt: högst { $max } tecken.
poll-multiTooLarge = Du kan tillåta högst lika många val som det finns alternativ ({ $options }), inte { $max }.
poll-multiInvalid = Antalet val ska vara ett positivt heltal, till exempel 2.
poll-closesInvalid = Jag förstår inte stängningstiden. Skriv en längd (90m, 2h, 3d, 1w), ett datum (31.12.2026), en tid (16:00) eller båda ("31.12.2026 16:00").
poll-closesPast = Stängningstiden { $when } har redan passerat. Välj en tid framåt.
poll-closesTooFar = En omröstning kan vara öppen högst { $days } dagar.
poll-notFound = Omröstning #{ $id } finns inte. Kontrollera numret längst ner i omröstningen.
poll-onlyCreatorCloses = Bara den som skapade omröstningen eller en administratör kan stänga den.
poll-onlyCreatorResults = Resultaten och CSV-filen är för den som skapade omröstningen och för administratörer. Läget ser du i själva omröstningen.
poll-alreadyClosed = Omröstning #{ $id } var redan stängd.
poll-closedNow = Du stängde omröstning #{ $id }. Slutresultatet syns i omröstningen.
poll-posted = Omröstning #{ $id } är publicerad i den här konversationen. Resultaten uppdateras i meddelandet; stäng den med `poll close { $id }`.
poll-closedAnnouncement = Omröstningen ”{ $question }” är avslutad. Slutresultatet:
poll-anonymousNote = Anonym omröstning: ingen – inte ens den som skapade den – ser vem som svarade vad.
poll-multiNote = Du kan välja högst { $max } alternativ.
poll-voterNames = { $more ->
        [0] { $names }
       *[other] { $names } och { $more } till
    }
poll-summaryLine = { $votes } { $votes ->
        [one] röst
       *[other] röster
    } från { $voters } { $voters ->
        [one] person
       *[other] personer
    }
poll-chartAlt = Resultatet av omröstningen ”{ $question }”: { $counts }. Totalt { $summary }.
poll-chartUnit = röster
poll-footer = Omröstning #{ $id } · skapad av { $creator }
poll-closesAt = Stängs { $when }.
poll-closedAt = Stängd { $when }. Det här är slutresultatet.
poll-closedTag = avslutad
poll-unknownCreator = okänd
poll-closeButton = Stäng omröstningen
poll-exportButton = Resultat (CSV)
poll-voteAdded = Din röst är registrerad: **{ $option }**. Du kan ångra den genom att klicka på samma alternativ igen.
poll-voteCount = Du har valt { $count }/{ $max }.
poll-voteRemoved = Du tog tillbaka din röst: **{ $option }**.
poll-voteMoved = Du bytte din röst: **{ $from }** → **{ $option }**.
poll-voteLimit = Du kan välja högst { $max } alternativ. Ta först bort ett av dina val genom att klicka på det.
poll-voteClosed = Den här omröstningen är avslutad och tar inte emot fler röster. Slutresultatet syns i omröstningen.
poll-voteCast = Din röst är avgiven: **{ $options }**. En anonym röst kan inte ändras: Keino sparar inte vad du valde, bara att du röstade.
poll-voteFinal = Du har redan röstat i den här anonyma omröstningen. Rösten kan inte ändras, eftersom Keino inte vet vad du valde.
poll-ballotIntro = Välj högst { $max } alternativ och tryck **Rösta**. En anonym röst ges på en gång och kan inte ändras efteråt.
poll-ballotCast = Rösta
poll-voteAnonymous = Ditt svar är anonymt.
poll-resultsHeading = Resultat för omröstning #{ $id }: { $question }
poll-exportNote = Resultaten finns bifogade som en CSV-fil.
poll-exportAnonymousNote = Omröstningen är anonym, så filen innehåller bara antalet röster, inga namn.
poll-csvOption = alternativ
poll-csvVoter = röstande
poll-csvVotedAt = tid (UTC)
poll-csvVotes = röster
poll-csvFilename = omrostning-{ $id }.csv
poll-formTitle = Ny omröstning
poll-formSubmit = Publicera
poll-formQuestion = Fråga
poll-formOptions = Alternativ
poll-formOptionsHint = Ett alternativ per rad, 2–10 alternativ.
poll-formAnonymous = Svar
poll-formNamed = Med namn – de röstandes namn syns
poll-formAnonymousChoice = Anonyma – ingen ser vem som svarade vad
poll-formMulti = Hur många alternativ man får välja
poll-formMultiHint = Tomt: ett.
poll-formCloses = Stängs
poll-formClosesHint = Till exempel 2h, 3d, 16:00 eller 31.12.2026 16:00. Tomt: tills du stänger den.
poll-formChannel = Kanal där omröstningen publiceras
