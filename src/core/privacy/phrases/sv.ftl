### Keino's phrases in Swedish: privacy.
### How to edit them: docs/translating.md

## Privacy

command-privacyExport-summary = skickar dig en fil med allt Keino vet om dig
command-privacyExport-usage = privacy export
command-privacyDelete-summary = raderar dina uppgifter i Keino (frågar först)
command-privacyDelete-usage = privacy delete [confirm]
privacy-confirmLabel = bekräftelse
privacy-export-heading = Dina uppgifter i Keino
privacy-export-body = Bifogat finns en JSON-fil med allt Keino sparar om dig: { $sections }.
privacy-export-note = Filen är bara för dig. Skriv **privacy delete** om du vill att dina uppgifter raderas.
privacy-delete-heading = Radera dina uppgifter?
privacy-delete-explain = Keino raderar dina medlemskap, anmälningar, namngivna röster, parsamtal och kontokopplingar. Röster i anonyma omröstningar räknas fortfarande men leder inte till dig. Dina frågor och din respons stannar i statistiken utan ditt namn. Åtgärder du ansvarar för går till din organisations koordinator.
privacy-delete-how = Bekräfta med knappen eller skriv **privacy delete confirm** inom { $minutes } minuter. Det går inte att ångra.
privacy-delete-button = Radera mina uppgifter
privacy-delete-stale = Den här bekräftelsen gäller inte längre. Skriv **privacy delete** igen.
privacy-delete-done = Dina uppgifter har raderats från Keino. Om du skriver till Keino igen börjar du som en ny användare.
privacy-delete-handedOver = { $count } { $count ->
        [one] åtgärd gick
       *[other] åtgärder gick
    } till din organisations koordinator.
privacy-delete-placeholder = Ingen ny ansvarsperson hittades för dina åtgärder, så de ligger kvar hos en namnlös platshållare; administratörerna kan flytta dem.
