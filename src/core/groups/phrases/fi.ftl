### Keino's phrases in Finnish: groups.
### How to edit them: docs/translating.md

## Phrases of developer groups: listing, joining, leaving, managing, and their channels.

command-groups-summary = kehittäjäryhmät, joihin voit liittyä
command-groups-usage = ryhmät
command-join-summary = liittyy ryhmään ja sen kanavalle
command-join-usage = liity <ryhmä>
command-leave-summary = eroaa ryhmästä
command-leave-usage = eroa <ryhmä>
command-groupMembers-summary = näyttää ryhmän jäsenet ja heidän organisaationsa
command-groupMembers-usage = ryhmä jäsenet <ryhmä>
command-groupCreate-summary = perustaa uuden kehittäjäryhmän (ja Slackissa sen kanavan)
command-groupCreate-usage = ryhmä luo <tunnus> "<nimi>" ["<kuvaus>"]
command-groupArchive-summary = arkistoi ryhmän: se ei enää näy eikä ota uusia jäseniä
command-groupArchive-usage = ryhmä arkistoi <ryhmä>
command-groupLink-summary = tekee tästä kanavasta ryhmän kanavan
command-groupLink-usage = ryhmä liitä <ryhmä>
groups-slugLabel = ryhmän tunnus
groups-nameLabel = ryhmän nimi
groups-descriptionLabel = kuvaus
groups-heading = Kehittäjäryhmät
groups-none = Aktiivisia kehittäjäryhmiä ei vielä ole.
groups-memberCount = { $count } { $count ->
        [one] jäsen
       *[other] jäsentä
    }
groups-youAreMember = olet jäsen
groups-joinButton = Liity
groups-leaveButton = Eroa
groups-membersButton = Jäsenet
groups-unknown = En löydä ryhmää ”{ $slug }”.
groups-didYouMean = Tarkoititko: { $names }?
groups-seeList = Kirjoita **ryhmät** nähdäksesi kaikki ryhmät.
groups-archived = Ryhmä { $name } on arkistoitu, eikä siihen voi enää liittyä.
groups-alreadyMember = Olet jo ryhmän { $name } jäsen.
groups-notMember = Et ole ryhmän { $name } jäsen, joten mitään ei muutettu.
groups-joined = Tervetuloa ryhmään { $name }!
groups-invited = Lisäsin sinut ryhmän kanavalle ({ $platforms }).
groups-inviteFailed = En saanut lisättyä sinua ryhmän kanavalle ({ $platforms }); pyydä ryhmän fasilitaattoria lisäämään sinut.
groups-left = Erosit ryhmästä { $name }. Voit liittyä takaisin milloin vain.
groups-removed = Poistin sinut ryhmän kanavalta ({ $platforms }).
groups-removeFailed = En voinut poistaa sinua ryhmän kanavalta ({ $platforms }); voit poistua kanavalta itse.
groups-welcomePost = Tervetuloa ryhmään { $name }, { $who }! Kerro muille, millaisen hankintahaasteen parissa työskentelet.
groups-membersHeading = { $name }: { $count } { $count ->
        [one] jäsen
       *[other] jäsentä
    }
groups-noMembers = Ryhmässä ei ole vielä jäseniä.
groups-slugTaken = Tunnus ”{ $slug }” on jo toisen ryhmän käytössä. Valitse toinen tunnus.
groups-created = Perustin ryhmän { $name } (tunnus { $slug }). Sinä olet sen fasilitaattori.
groups-channelCreated = Loin ryhmälle Slack-kanavan ja lisäsin sinut sinne.
groups-channelCreateFailed = En saanut luotua Slack-kanavaa.
groups-channelConsentMissing = Tämän tiimin omistaja ei ole antanut Keinolle lupaa luoda kanavia (Channel.Create.Group), joten en luonut ryhmälle kanavaa.
groups-howToLink = Anna ryhmälle kanava: kirjoita kanavalla { $command }
groups-alreadyArchived = Ryhmä { $name } on jo arkistoitu.
groups-archivedDone = Arkistoin ryhmän { $name }. Jäsenyyshistoria säilyy.
groups-archivedPost = Ryhmä { $name } on arkistoitu. Kiitos kaikille yhteisestä oppimisesta!
groups-notInChannel = Kirjoita tämä komento sillä kanavalla, jonka haluat ryhmälle – ei yksityisviestissä.
groups-channelTaken = Tämä kanava on jo ryhmän { $name } kanava, joten mitään ei muutettu.
groups-linked = Tämä on nyt ryhmän { $name } kanava. Keino julkaisee ryhmän viestit täällä; liity ryhmään: { $command }
groups-linkInvited = Kutsuin kanavalle { $count } { $count ->
        [one] ryhmän jäsenen
       *[other] ryhmän jäsentä
    }.
groups-notFacilitator = Vain ryhmän { $name } fasilitaattorit ja ylläpitäjät voivat tehdä tämän.
groups-homeHeading = Ryhmäsi
groups-homeNone = Et ole vielä missään kehittäjäryhmässä.
groups-browseButton = Selaa ryhmiä

## Phrases of peer pairing and group prompts.

command-groupPairing-summary = vertaistapaamiset ryhmässä: päälle tietyin välein, pois, tai tilanne ja vastaukset
command-groupPairing-usage = ryhmä parit <ryhmä> [joka <n>vk|pois]
command-pausePairing-summary = pitää taukoa vertaistapaamisista kaikissa ryhmissäsi
command-pausePairing-usage = ryhmä tauko <kesto>|pois
command-groupPrompt-summary = ajastaa ryhmän kanaville toistuvan kysymyksen, tai näyttää ajastetut
command-groupPrompt-usage = ryhmä kysymys <ryhmä> ["<kysymys>" joka <viikonpäivä> <HH:MM>]
command-groupPromptCancel-summary = lopettaa ajastetun kysymyksen
command-groupPromptCancel-usage = ryhmä kysymys poista <numero>
pairing-modeLabel = joka tai pois
pairing-cadenceLabel = tiheys
pairing-durationLabel = tauon kesto
prompts-textLabel = kysymys
prompts-everyLabel = sana joka
prompts-weekdayLabel = viikonpäivä
prompts-timeLabel = kellonaika
prompts-idLabel = kysymyksen numero
prompts-whenLabel = milloin (joka <viikonpäivä> <HH:MM>)
pairing-badCadence = Anna tiheys viikkoina väliltä 1–12, esimerkiksi joka 2vk.
pairing-on = Vertaistapaamiset ovat päällä ryhmässä { $name }: uusi kierros { $weeks ->
        [1] joka viikko
       *[other] { $weeks } viikon välein
    }, seuraava { $first }.
pairing-off = Vertaistapaamiset ovat nyt pois päältä ryhmässä { $name }. Aiemmat kierrokset ja vastaukset säilyvät.
pairing-wasOff = Ryhmän { $name } vertaistapaamiset eivät olleet päällä, joten mitään ei muutettu.
pairing-statusOn = Ryhmän { $name } vertaistapaamiset: { $weeks ->
        [1] joka viikko
       *[other] { $weeks } viikon välein
    }, seuraava kierros { $next }.
pairing-statusOff = Ryhmän { $name } vertaistapaamiset eivät ole päällä. Kytke ne päälle: { $command }
pairing-roundLine = Kierros { $number } ({ $date }): { $pairs } { $pairs ->
        [one] tapaaminen
       *[other] tapaamista
    } – tapasivat { $yes }, sovittu { $planned }, eivät tavanneet { $no }, ei vastausta { $open }
pairing-noRounds = Kierroksia ei ole vielä ollut.
pairing-paused = Pidät taukoa vertaistapaamisista { $until } asti. Tauon voi lopettaa: { $command }
pairing-resumed = Tauko päättyi: olet taas mukana seuraavilla kierroksilla.
pairing-notPaused = Sinulla ei ollut taukoa vertaistapaamisista, joten mitään ei muutettu.
pairing-badPause = Anna tauon kesto, esimerkiksi 2vk tai 30pv (enintään vuosi), tai pois.
pairing-starter-1 = Mikä hankinta sinulla on nyt työn alla, ja mikä siinä mietityttää?
pairing-starter-2 = Mikä teillä äskettäin onnistunut hankinta voisi toimia myös toisessa organisaatiossa?
pairing-starter-3 = Mitä haluaisit oppia toisen organisaation tavasta hankkia?
pairing-andJoin = { $first } ja { $last }
pairing-introHeading = Vertaistapaaminen · { $name }
pairing-intro = Tällä kierroksella tapaat: { $others }. Sopikaa puolen tunnin keskustelu tämän viikon aikana – puhelu tai kahvi käy hyvin.
pairing-introTrio = Tällä kierroksella olette kolmen hengen ryhmä: sinä, { $others }. Sopikaa puolen tunnin keskustelu tämän viikon aikana.
pairing-starter = Keskustelun avaus: _{ $starter }_
pairing-checkIn = Ryhmän { $name } vertaistapaaminen yhdisti sinut { $ago }: { $others }. Tapasitteko?
pairing-answer-yes = Tapasimme
pairing-answer-planned = Sovittu, ei vielä
pairing-answer-no = Emme tavanneet
pairing-answered = Kiitos! Vastauksesi: { $answer }.
pairing-notYourPair = Tämä kysymys oli toiselle, joten vastaustasi ei tallennettu.
weekday-1 = maanantai
weekday-2 = tiistai
weekday-3 = keskiviikko
weekday-4 = torstai
weekday-5 = perjantai
weekday-6 = lauantai
weekday-7 = sunnuntai
prompts-when = joka { $weekday } klo { $time }
prompts-postHeading = { $name } · kysymys ryhmälle
prompts-scheduled = Ajastettu (#{ $id }): kysymys ryhmän { $name } kanaville { $when }. Ensimmäinen { $first }.
prompts-noChannels = Ryhmällä ei vielä ole kanavaa; kysymykset julkaistaan, kun kanava on liitetty: { $command }
prompts-listHeading = Ryhmän { $name } ajastetut kysymykset
prompts-none = Ryhmällä ei ole ajastettuja kysymyksiä.
prompts-cancelled = Kysymys #{ $id } ei enää toistu.
prompts-unknown = Ajastettua kysymystä #{ $id } ei löydy.
