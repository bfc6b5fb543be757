### Keino's phrases in Swedish: workspace-access.
### How to edit them: docs/translating.md

## Keino lost a workspace (told to the network's admins)

workspaceAccess-lost-heading = Keino förlorade åtkomsten till en arbetsyta
# $platform: Slack; $workspace: arbetsytans id (T0KEINO); $reason: uninstalled eller tokens_revoked; $when: datum och tid
workspaceAccess-lost-body = { $reason ->
        [uninstalled] Keino togs bort från { $platform }-arbetsytan { $workspace }
       *[tokens_revoked] Keinos åtkomsttoken för { $platform }-arbetsytan { $workspace } återkallades
    } ({ $when }). Ingenting skickas dit längre: påminnelser och andra meddelanden till dem som använder Keino bara där skickas inte.
workspaceAccess-lost-howBack = För att fortsätta, installera Keino i { $platform } igen: utskicken fortsätter så snart Keino hör av arbetsytan igen.
