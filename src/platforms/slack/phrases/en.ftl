### Keino's phrases in English: slack.
### How to edit them: docs/translating.md

## The platform's name, and how to add Keino where it is not (its capabilities: slack-capabilities.ts).

slack-name = Slack
slack-keinoAbsent = Keino is not in this conversation, so it cannot post here. Add Keino to the channel with `/invite @Keino`, then try again. (Keino cannot join a direct message between two people: run the command in a channel or group conversation Keino is in.)

## Shortcuts (shortcuts.ts): a modal opened from a global shortcut asks for the channel.

slack-pickChannel = Choose the channel Keino posts in.

## Workflow Builder steps (workflow-steps.ts): why a step failed, shown to the workflow's runner by Slack.

slack-stepBadInputs = The step's inputs are not what Keino reads ({ $fields }). Check the step in Workflow Builder.
slack-stepNotInWorkspace = The person given to the step is not in this workspace.
