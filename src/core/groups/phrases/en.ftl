### Keino's phrases in English: groups.
### How to edit them: docs/translating.md

## Phrases of developer groups: listing, joining, leaving, managing, and their channels.

command-groups-summary = the developer groups you can join
command-groups-usage = groups
command-join-summary = joins a group and its channel
command-join-usage = join <group>
command-leave-summary = leaves a group
command-leave-usage = leave <group>
command-groupMembers-summary = shows a group’s members and their organisations
command-groupMembers-usage = group members <group>
command-groupCreate-summary = creates a developer group (and in Slack its channel)
command-groupCreate-usage = group create <slug> "<name>" ["<description>"]
command-groupArchive-summary = archives a group: it is no longer listed and takes no new members
command-groupArchive-usage = group archive <group>
command-groupLink-summary = makes this channel the group’s channel
command-groupLink-usage = group link <group>
groups-slugLabel = group id
groups-nameLabel = group name
groups-descriptionLabel = description
groups-heading = Developer groups
groups-none = There are no active developer groups yet.
groups-memberCount = { $count } { $count ->
        [one] member
       *[other] members
    }
groups-youAreMember = you are a member
groups-joinButton = Join
groups-leaveButton = Leave
groups-membersButton = Members
groups-unknown = I can't find a group called "{ $slug }".
groups-didYouMean = Did you mean: { $names }?
groups-seeList = Type **groups** to see every group.
groups-archived = The group { $name } has been archived and takes no new members.
groups-alreadyMember = You are already a member of { $name }.
groups-notMember = You are not a member of { $name }, so nothing changed.
groups-joined = Welcome to { $name }!
groups-invited = I added you to the group’s channel ({ $platforms }).
groups-inviteFailed = I couldn't add you to the group’s channel ({ $platforms }); please ask the group’s facilitator to add you.
groups-left = You have left { $name }. You can join again any time.
groups-removed = I removed you from the group’s channel ({ $platforms }).
groups-removeFailed = I couldn't remove you from the group’s channel ({ $platforms }); you can leave the channel yourself.
groups-welcomePost = Welcome to { $name }, { $who }! Tell the others which procurement challenge you are working on.
groups-membersHeading = { $name }: { $count } { $count ->
        [one] member
       *[other] members
    }
groups-noMembers = The group has no members yet.
groups-slugTaken = The id "{ $slug }" is already used by another group. Please choose another one.
groups-created = I created the group { $name } (id { $slug }). You are its facilitator.
groups-channelCreated = I created a Slack channel for the group and added you to it.
groups-channelCreateFailed = I couldn't create a Slack channel.
groups-channelConsentMissing = This team's owner has not allowed Keino to create channels (Channel.Create.Group), so I did not create a channel for the group.
groups-howToLink = To give the group a channel, type this in the channel: { $command }
groups-alreadyArchived = The group { $name } is already archived.
groups-archivedDone = I archived { $name }. Its membership history is kept.
groups-archivedPost = The group { $name } has been archived. Thank you all for learning together!
groups-notInChannel = Please run this in the channel you want for the group, not in a direct message.
groups-channelTaken = This channel already belongs to { $name }, so nothing changed.
groups-linked = This is now the channel of { $name }. Keino posts the group’s messages here; to join: { $command }
groups-linkInvited = I invited { $count } { $count ->
        [one] group member
       *[other] group members
    } to the channel.
groups-notFacilitator = Only the facilitators of { $name } and admins can do this.
groups-homeHeading = Your groups
groups-homeNone = You are not in any developer group yet.
groups-browseButton = Browse groups

## Phrases of peer pairing and group prompts.

command-groupPairing-summary = peer pairing in a group: on at a cadence, off, or its status and answers
command-groupPairing-usage = group pairing <group> [every <n>w|off]
command-pausePairing-summary = pauses your peer pairing in all your groups
command-pausePairing-usage = pause pairing <duration>|off
command-groupPrompt-summary = schedules a recurring question to the group’s channels, or lists them
command-groupPrompt-usage = group prompt <group> ["<question>" every <weekday> <HH:MM>]
command-groupPromptCancel-summary = stops a scheduled question
command-groupPromptCancel-usage = group prompt cancel <id>
pairing-modeLabel = every or off
pairing-cadenceLabel = cadence
pairing-durationLabel = length of the pause
prompts-textLabel = question
prompts-everyLabel = the word every
prompts-weekdayLabel = weekday
prompts-timeLabel = time
prompts-idLabel = question number
prompts-whenLabel = when (every <weekday> <HH:MM>)
pairing-badCadence = Please give the cadence in weeks from 1 to 12, for example every 2w.
pairing-on = Peer pairing is on in { $name }: a new round { $weeks ->
        [1] every week
       *[other] every { $weeks } weeks
    }, the next on { $first }.
pairing-off = Peer pairing is now off in { $name }. Earlier rounds and answers are kept.
pairing-wasOff = Peer pairing was not on in { $name }, so nothing changed.
pairing-statusOn = Peer pairing in { $name }: { $weeks ->
        [1] every week
       *[other] every { $weeks } weeks
    }, the next round on { $next }.
pairing-statusOff = Peer pairing is not on in { $name }. To turn it on: { $command }
pairing-roundLine = Round { $number } ({ $date }): { $pairs } { $pairs ->
        [one] meeting
       *[other] meetings
    } – met { $yes }, planned { $planned }, did not meet { $no }, no answer { $open }
pairing-noRounds = No rounds yet.
pairing-paused = You are paused from peer pairing until { $until }. To end the pause: { $command }
pairing-resumed = Your pause is over: you are in the next rounds again.
pairing-notPaused = You were not paused from peer pairing, so nothing changed.
pairing-badPause = Please give the length of the pause, for example 2w or 30d (a year at most), or off.
pairing-starter-1 = Which procurement are you working on now, and what about it puzzles you?
pairing-starter-2 = Which recent procurement of yours went well and could work in another organisation too?
pairing-starter-3 = What would you like to learn from how another organisation procures?
pairing-andJoin = { $first } and { $last }
pairing-introHeading = Peer pairing · { $name }
pairing-intro = This round you meet { $others }. Agree on a half-hour talk this week – a call or a coffee is fine.
pairing-introTrio = This round you are a group of three: you, { $others }. Agree on a half-hour talk this week.
pairing-starter = To start with: _{ $starter }_
pairing-checkIn = { $name } paired you with { $others } { $ago }. Did you meet?
pairing-answer-yes = We met
pairing-answer-planned = Planned, not yet
pairing-answer-no = We did not meet
pairing-answered = Thank you! Your answer: { $answer }.
pairing-notYourPair = This question was for someone else, so your answer was not saved.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
prompts-when = every { $weekday } at { $time }
prompts-postHeading = { $name } · a question for the group
prompts-scheduled = Scheduled (#{ $id }): a question to the channels of { $name } { $when }. The first on { $first }.
prompts-noChannels = The group has no channel yet; the questions are posted once one is linked: { $command }
prompts-listHeading = Scheduled questions of { $name }
prompts-none = The group has no scheduled questions.
prompts-cancelled = Question #{ $id } will not be asked again.
prompts-unknown = I can't find a scheduled question #{ $id }.
