### Keino's phrases in English: workspace-access.
### How to edit them: docs/translating.md

## Keino lost a workspace (told to the network's admins)

workspaceAccess-lost-heading = Keino lost its access to a workspace
# $platform: Slack; $workspace: the workspace's id (T0KEINO); $reason: uninstalled or tokens_revoked; $when: a date and time
workspaceAccess-lost-body = { $reason ->
        [uninstalled] Keino was removed from the { $platform } workspace { $workspace }
       *[tokens_revoked] Keino's access token for the { $platform } workspace { $workspace } was revoked
    } ({ $when }). Nothing is sent there any more: nudges, reminders and other messages to people who use Keino only there fail.
workspaceAccess-lost-howBack = To continue, install Keino in { $platform } again: sending resumes as soon as Keino hears from the workspace again.
