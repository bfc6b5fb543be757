### Keino's phrases in Finnish: slack.
### How to edit them: docs/translating.md

## The platform's name, and how to add Keino where it is not (its capabilities: slack-capabilities.ts).

slack-name = Slack
slack-keinoAbsent = Keino ei ole tässä keskustelussa, joten se ei voi kirjoittaa tänne. Lisää Keino kanavalle komennolla `/invite @Keino` ja yritä sitten uudelleen. (Yksityisviestiin kahden ihmisen kesken Keinoa ei voi lisätä: kirjoita komento kanavalla tai ryhmäviestissä, jossa Keino on mukana.)

## Shortcuts (shortcuts.ts): a modal opened from a global shortcut asks for the channel.

slack-pickChannel = Valitse kanava, johon Keino kirjoittaa.
