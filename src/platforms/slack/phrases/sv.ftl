### Keino's phrases in Swedish: slack.
### How to edit them: docs/translating.md

## The platform's name, and how to add Keino where it is not (its capabilities: slack-capabilities.ts).

slack-name = Slack
slack-keinoAbsent = Keino är inte med i den här konversationen och kan inte skriva här. Lägg till Keino i kanalen med `/invite @Keino` och försök sedan igen. (Keino kan inte läggas till i ett privat meddelande mellan två personer: skriv kommandot i en kanal eller gruppkonversation där Keino är med.)

## Shortcuts (shortcuts.ts): a modal opened from a global shortcut asks for the channel.

slack-pickChannel = Välj kanalen där Keino ska skriva.
