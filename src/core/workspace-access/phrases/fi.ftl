### Keino's phrases in Finnish: workspace-access.
### How to edit them: docs/translating.md

## Keino lost a workspace (told to the network's admins)

workspaceAccess-lost-heading = Keino menetti pääsyn työtilaan
# $platform: Slack; $workspace: työtilan tunnus (T0KEINO); $reason: uninstalled tai tokens_revoked; $when: päivä ja kellonaika
workspaceAccess-lost-body = { $reason ->
        [uninstalled] Keino poistettiin { $platform }-työtilasta { $workspace }
       *[tokens_revoked] Keinon käyttöoikeustunnus { $platform }-työtilaan { $workspace } peruttiin
    } ({ $when }). Sinne ei lähetetä enää mitään: muistutukset ja muut viestit niille, jotka käyttävät Keinoa vain siellä, jäävät lähtemättä.
workspaceAccess-lost-howBack = Jatkaaksenne asentakaa Keino uudelleen { $platform }-työtilaan: lähettäminen jatkuu heti, kun Keino kuulee työtilasta taas.
