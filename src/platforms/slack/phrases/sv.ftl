### Keino's phrases in Swedish: slack.
### How to edit them: docs/translating.md

## The platform's name, and how to add Keino where it is not (its capabilities: slack-capabilities.ts).

slack-name = Slack
slack-keinoAbsent = Keino är inte med i den här konversationen och kan inte skriva här. Lägg till Keino i kanalen med `/invite @Keino` och försök sedan igen. (Keino kan inte läggas till i ett privat meddelande mellan två personer: skriv kommandot i en kanal eller gruppkonversation där Keino är med.)

## Shortcuts (shortcuts.ts): a modal opened from a global shortcut asks for the channel.

slack-pickChannel = Välj kanalen där Keino ska skriva.

## Workflow Builder steps (workflow-steps.ts): why a step failed, shown to the workflow's runner by Slack.

slack-stepBadInputs = Stegets indata är inte sådana som Keino kan läsa ({ $fields }). Kontrollera steget i Workflow Builder.
slack-stepNotInWorkspace = Personen som steget anger finns inte i den här arbetsytan.
