### Keino's phrases in English: teams.
### How to edit them: docs/translating.md

## The few phrases only the Teams adapter says (the rest comes from the core and features); part of
## Teams' definition, so the catalogue test checks them in every language.

teams-choose = Choose
teams-required = This is required.
teams-answeredPrivately = I answered you privately in your chat with Keino.
teams-privateReplyFailed = I couldn't send you the answer privately. Open a chat with Keino and type the command there.
teams-fileTooLarge = The file { $filename } is too large to send in Teams.
