### Keino's phrases in Swedish: channels.
### How to edit them: docs/translating.md

## Channels

command-channelLink-summary = kopplar den här kanalen till nätverket: akademi (meddelanden om träffar) eller experter (frågor)
command-channelLink-usage = channel link academy|experts [ämne]
command-channelUnlink-summary = tar bort kanalens koppling
command-channelUnlink-usage = channel unlink academy|experts [ämne]
channel-purposeLabel = syfte
channel-tagLabel = ämne
channel-purpose-academy = akademins meddelanden
channel-purpose-experts = expertfrågor
channel-notInChannel = Skriv kommandot i den kanal du vill koppla, inte i ett privat meddelande.
channel-linkedPosted = Klart: den här kanalen används nu för { $purpose }, och Keino berättade det i kanalen.
channel-linked = Klart: den här kanalen används nu för { $purpose }.
channel-unlinked = Den här kanalen används inte längre för { $purpose }.
channel-notLinked = Kanalen var inte kopplad för { $purpose }. Inget ändrades.
