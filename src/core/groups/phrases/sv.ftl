### Keino's phrases in Swedish: groups.
### How to edit them: docs/translating.md

## Phrases of developer groups: listing, joining, leaving, managing, and their channels.

command-groups-summary = utvecklargrupperna som du kan gå med i
command-groups-usage = groups
command-join-summary = går med i en grupp och dess kanal
command-join-usage = join <grupp>
command-leave-summary = lämnar en grupp
command-leave-usage = leave <grupp>
command-groupMembers-summary = visar gruppens medlemmar och deras organisationer
command-groupMembers-usage = group members <grupp>
command-groupCreate-summary = grundar en ny utvecklargrupp (och i Slack dess kanal)
command-groupCreate-usage = group create <kod> "<namn>" ["<beskrivning>"]
command-groupArchive-summary = arkiverar en grupp: den syns inte längre och tar inte emot nya medlemmar
command-groupArchive-usage = group archive <grupp>
command-groupLink-summary = gör den här kanalen till gruppens kanal
command-groupLink-usage = group link <grupp>
groups-slugLabel = gruppens kod
groups-nameLabel = gruppens namn
groups-descriptionLabel = beskrivning
groups-heading = Utvecklargrupper
groups-none = Det finns inga aktiva utvecklargrupper ännu.
groups-memberCount = { $count } { $count ->
        [one] medlem
       *[other] medlemmar
    }
groups-youAreMember = du är medlem
groups-joinButton = Gå med
groups-leaveButton = Lämna
groups-membersButton = Medlemmar
groups-unknown = Jag hittar ingen grupp ”{ $slug }”.
groups-didYouMean = Menade du: { $names }?
groups-seeList = Skriv **groups** för att se alla grupper.
groups-archived = Gruppen { $name } är arkiverad och tar inte emot nya medlemmar.
groups-alreadyMember = Du är redan medlem i gruppen { $name }.
groups-notMember = Du är inte medlem i gruppen { $name }, så ingenting ändrades.
groups-joined = Välkommen till gruppen { $name }!
groups-invited = Jag lade till dig i gruppens kanal ({ $platforms }).
groups-inviteFailed = Jag kunde inte lägga till dig i gruppens kanal ({ $platforms }); be gruppens facilitator att lägga till dig.
groups-left = Du har lämnat gruppen { $name }. Du kan gå med igen när du vill.
groups-removed = Jag tog bort dig från gruppens kanal ({ $platforms }).
groups-removeFailed = Jag kunde inte ta bort dig från gruppens kanal ({ $platforms }); du kan lämna kanalen själv.
groups-welcomePost = Välkommen till { $name }, { $who }! Berätta för de andra vilken upphandlingsutmaning du arbetar med.
groups-membersHeading = { $name }: { $count } { $count ->
        [one] medlem
       *[other] medlemmar
    }
groups-noMembers = Gruppen har inga medlemmar ännu.
groups-slugTaken = Koden ”{ $slug }” används redan av en annan grupp. Välj en annan kod.
groups-created = Jag grundade gruppen { $name } (kod { $slug }). Du är dess facilitator.
groups-channelCreated = Jag skapade en Slack-kanal för gruppen och lade till dig där.
groups-channelCreateFailed = Jag kunde inte skapa en Slack-kanal.
groups-channelConsentMissing = Teamets ägare har inte gett Keino lov att skapa kanaler (Channel.Create.Group), så jag skapade ingen kanal för gruppen.
groups-howToLink = Ge gruppen en kanal: skriv i kanalen { $command }
groups-alreadyArchived = Gruppen { $name } är redan arkiverad.
groups-archivedDone = Jag arkiverade gruppen { $name }. Medlemshistoriken finns kvar.
groups-archivedPost = Gruppen { $name } har arkiverats. Tack alla för det gemensamma lärandet!
groups-notInChannel = Skriv kommandot i den kanal som gruppen ska ha, inte i ett privat meddelande.
groups-channelTaken = Den här kanalen är redan kanal för gruppen { $name }, så ingenting ändrades.
groups-linked = Det här är nu kanalen för gruppen { $name }. Keino publicerar gruppens meddelanden här; gå med: { $command }
groups-linkInvited = Jag bjöd in { $count } { $count ->
        [one] medlem
       *[other] medlemmar
    } av gruppen till kanalen.
groups-notFacilitator = Bara facilitatorerna för gruppen { $name } och administratörer kan göra det här.
groups-homeHeading = Dina grupper
groups-homeNone = Du är inte med i någon utvecklargrupp ännu.
groups-browseButton = Bläddra bland grupper

## Phrases of peer pairing and group prompts.

command-groupPairing-summary = parsamtal i gruppen: på med ett intervall, av, eller läget och svaren
command-groupPairing-usage = group pairing <grupp> [every <n>w|off]
command-pausePairing-summary = tar paus från parsamtal i alla dina grupper
command-pausePairing-usage = pause pairing <längd>|off
command-groupPrompt-summary = schemalägger en återkommande fråga i gruppens kanaler, eller visar dem
command-groupPrompt-usage = group prompt <grupp> ["<fråga>" every <veckodag> <HH:MM>]
command-groupPromptCancel-summary = stoppar en schemalagd fråga
command-groupPromptCancel-usage = group prompt cancel <nummer>
pairing-modeLabel = every eller off
pairing-cadenceLabel = intervall
pairing-durationLabel = pausens längd
prompts-textLabel = fråga
prompts-everyLabel = ordet every
prompts-weekdayLabel = veckodag
prompts-timeLabel = tid
prompts-idLabel = frågans nummer
prompts-whenLabel = när (every <veckodag> <HH:MM>)
pairing-badCadence = Ange intervallet i veckor mellan 1 och 12, till exempel every 2w.
pairing-on = Parsamtal är på i gruppen { $name }: en ny omgång { $weeks ->
        [1] varje vecka
       *[other] var { $weeks }:e vecka
    }, nästa { $first }.
pairing-off = Parsamtal är nu av i gruppen { $name }. Tidigare omgångar och svar finns kvar.
pairing-wasOff = Parsamtal var inte på i gruppen { $name }, så ingenting ändrades.
pairing-statusOn = Parsamtal i gruppen { $name }: { $weeks ->
        [1] varje vecka
       *[other] var { $weeks }:e vecka
    }, nästa omgång { $next }.
pairing-statusOff = Parsamtal är inte på i gruppen { $name }. Slå på dem: { $command }
pairing-roundLine = Omgång { $number } ({ $date }): { $pairs } { $pairs ->
        [one] samtal
       *[other] samtal
    } – träffades { $yes }, avtalat { $planned }, träffades inte { $no }, inget svar { $open }
pairing-noRounds = Inga omgångar ännu.
pairing-paused = Du har paus från parsamtal till { $until }. Avsluta pausen: { $command }
pairing-resumed = Pausen är slut: du är med igen i nästa omgångar.
pairing-notPaused = Du hade ingen paus från parsamtal, så ingenting ändrades.
pairing-badPause = Ange pausens längd, till exempel 2w eller 30d (högst ett år), eller off.
pairing-starter-1 = Vilken upphandling arbetar du med just nu, och vad funderar du på i den?
pairing-starter-2 = Vilken nyligen lyckad upphandling hos er kunde fungera även i en annan organisation?
pairing-starter-3 = Vad skulle du vilja lära dig av hur en annan organisation upphandlar?
pairing-andJoin = { $first } och { $last }
pairing-introHeading = Parsamtal · { $name }
pairing-intro = I den här omgången träffar du { $others }. Kom överens om ett halvtimmessamtal den här veckan – ett samtal eller en kaffe går bra.
pairing-introTrio = I den här omgången är ni tre: du, { $others }. Kom överens om ett halvtimmessamtal den här veckan.
pairing-starter = Att börja med: _{ $starter }_
pairing-checkIn = Gruppen { $name } parade ihop dig med { $others } { $ago }. Träffades ni?
pairing-answer-yes = Vi träffades
pairing-answer-planned = Avtalat, inte ännu
pairing-answer-no = Vi träffades inte
pairing-answered = Tack! Ditt svar: { $answer }.
pairing-notYourPair = Den här frågan var till någon annan, så ditt svar sparades inte.
weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
prompts-when = varje { $weekday } kl. { $time }
prompts-postHeading = { $name } · en fråga till gruppen
prompts-scheduled = Schemalagt (#{ $id }): en fråga i gruppen { $name }s kanaler { $when }. Den första { $first }.
prompts-noChannels = Gruppen har ingen kanal ännu; frågorna publiceras när en kanal är kopplad: { $command }
prompts-listHeading = Schemalagda frågor i gruppen { $name }
prompts-none = Gruppen har inga schemalagda frågor.
prompts-cancelled = Fråga #{ $id } återkommer inte längre.
prompts-unknown = Jag hittar ingen schemalagd fråga #{ $id }.
