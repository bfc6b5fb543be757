### Keino's phrases in Finnish: slack.
### How to edit them: docs/translating.md

## The platform's name, and how to add Keino where it is not (its capabilities: slack-capabilities.ts).

slack-name = Slack
slack-keinoAbsent = Keino ei ole tässä keskustelussa, joten se ei voi kirjoittaa tänne. Lisää Keino kanavalle komennolla `/invite @Keino` ja yritä sitten uudelleen. (Yksityisviestiin kahden ihmisen kesken Keinoa ei voi lisätä: kirjoita komento kanavalla tai ryhmäviestissä, jossa Keino on mukana.)

## Shortcuts (shortcuts.ts): a modal opened from a global shortcut asks for the channel.

slack-pickChannel = Valitse kanava, johon Keino kirjoittaa.

## Workflow Builder steps (workflow-steps.ts): why a step failed, shown to the workflow's runner by Slack.

slack-stepBadInputs = Vaiheen syötteet eivät ole sellaisia, joita Keino osaa lukea ({ $fields }). Tarkista vaihe Workflow Builderissa.
slack-stepNotInWorkspace = Vaiheelle annettu henkilö ei ole tässä työtilassa.
