### Keino's phrases in English: help.
### How to edit them: docs/translating.md

## Help

help-heading = What Keino can do for you
help-intro = Type a command, for example **groups**. More about one command: **help <command>**.
help-familyHeading = Commands: { $word }
help-aliases = Also: { $names }
help-onlyFor = Only for: { $roles }
help-commandLabel = command
command-help-summary = lists what you can do here
command-home-summary = shows your home: your groups, sessions and tasks
command-home-usage = home
command-help-usage = help [command]
