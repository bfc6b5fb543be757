### Keino's phrases in Swedish: help.
### How to edit them: docs/translating.md

## Help

help-heading = Så här hjälper Keino
help-intro = Skriv ett kommando, till exempel **groups**. Mer om ett kommando: **help <kommando>**.
help-familyHeading = Kommandon: { $word }
help-aliases = Även: { $names }
help-onlyFor = Endast: { $roles }
help-commandLabel = kommando
command-help-summary = visar vad du kan göra här
command-home-summary = visar din startvy: dina grupper, träffar och uppgifter
command-home-usage = home
command-help-usage = help [kommando]
