### Keino's phrases in English: privacy.
### How to edit them: docs/translating.md

## Privacy

command-privacyExport-summary = sends you a file of everything Keino holds about you
command-privacyExport-usage = privacy export
command-privacyDelete-summary = erases your data from Keino (asks you to confirm first)
command-privacyDelete-usage = privacy delete [confirm]
privacy-confirmLabel = confirmation
privacy-export-heading = Your data in Keino
privacy-export-body = Attached is a JSON file of everything Keino stores about you: { $sections }.
privacy-export-note = The file is for you only. Type **privacy delete** to have your data erased.
privacy-delete-heading = Erase your data?
privacy-delete-explain = Keino removes your memberships, registrations, named votes, peer pairs and account links. Votes in anonymous polls stay counted but lead to no one. Your questions and feedback stay in the statistics without your name. Interventions you own are handed to your organisation’s coordinator.
privacy-delete-how = Confirm with the button or type **privacy delete confirm** within { $minutes } minutes. This cannot be undone.
privacy-delete-button = Erase my data
privacy-delete-stale = This confirmation is no longer valid. Type **privacy delete** again.
privacy-delete-done = Your data has been erased from Keino. If you write to Keino again, you start afresh as a new user.
privacy-delete-handedOver = { $count } { $count ->
        [one] intervention was
       *[other] interventions were
    } handed to your organisation’s coordinator.
privacy-delete-placeholder = No new owner was found for your interventions, so they stay with a nameless placeholder; the admins can reassign them.
