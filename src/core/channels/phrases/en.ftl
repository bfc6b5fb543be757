### Keino's phrases in English: channels.
### How to edit them: docs/translating.md

## Channels

command-channelLink-summary = ties this channel to a network purpose: academy (session announcements) or experts (questions)
command-channelLink-usage = channel link academy|experts [tag]
command-channelUnlink-summary = removes this channel’s link
command-channelUnlink-usage = channel unlink academy|experts [tag]
channel-purposeLabel = purpose
channel-tagLabel = tag
channel-purpose-academy = academy announcements
channel-purpose-experts = expert questions
channel-notInChannel = Please run this in the channel you want to link, not in a direct message.
channel-linkedPosted = Done: this channel is now used for { $purpose }, and Keino said so in the channel.
channel-linked = Done: this channel is now used for { $purpose }.
channel-unlinked = This channel is no longer used for { $purpose }.
channel-notLinked = This channel was not linked for { $purpose }. Nothing changed.
