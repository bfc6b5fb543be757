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
