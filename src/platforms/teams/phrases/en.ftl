### Keino's phrases in English: teams.
### How to edit them: docs/translating.md

## The few phrases only the Teams adapter says (the rest comes from the core and features); part of
## Teams' definition, so the catalogue test checks them in every language.

teams-choose = Choose
teams-required = This is required.
teams-answeredPrivately = I answered you privately in your chat with Keino.
teams-privateReplyFailed = I couldn't send you the answer privately. Open a chat with Keino and type the command there.
teams-fileTooLarge = The file { $filename } is too large to send in Teams.

## The message extension: the FAQ search in the compose box and "Ask Keino" on a message.

teams-extension-typeQuestion = Type a question or a few words and Keino looks for the answer in the FAQ.
teams-extension-noHits = The FAQ has nothing for these words. Try other words, or ask Keino in a chat.
teams-askKeino-title = Ask Keino
teams-askKeino-intro = Keino looks for the answer in the FAQ and sends it to you in your chat with Keino. If the FAQ has no answer, the question goes to the experts.
teams-askKeino-label = Question
teams-askKeino-submit = Ask
teams-askKeino-answeredHere = I answered you in this chat.

## Files too large for a message: the file-consent card in a personal chat, a download link elsewhere.

teams-file-consent = Keino saves the file { $filename } to your OneDrive when you allow it.
teams-file-download = Download { $filename }
teams-file-linkLifetime = The link works for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Ask for the file again after that.
teams-file-uploaded = I saved the file { $filename } to your OneDrive.
teams-file-declined = All right, I did not save the file { $filename }.
teams-file-declinedPlain = All right, I did not save the file.
teams-file-expired = This file is no longer kept. Ask Keino for it again.
teams-file-refused = This file cannot be saved here. Ask Keino for it again in your own chat.
teams-file-uploadFailed = Saving the file to OneDrive failed. Try again in a moment.

## The platform's name, and how to add Keino where it is not (its capabilities: teams-definition.ts).

teams-name = Microsoft Teams
teams-keinoAbsent = Keino cannot post in this conversation. Add Keino to the team or group chat (Apps → Keino → Add), then try again.

## A developer group's channel created in a team through Microsoft Graph.

teams-groupChannelCreated = I created a channel for the group in this team; the team's members can see it.
teams-groupChannelFailed = I couldn't create a channel for the group in this team.
