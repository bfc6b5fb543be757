import { defineCatalogue, plural } from '../i18n/catalogue-types.js';

/** Phrases of developer groups: listing, joining, leaving, managing, and their channels. */
export const groupCatalogue = defineCatalogue({
  'command.groups.summary': {
    fi: 'kehittäjäryhmät, joihin voit liittyä',
    sv: 'utvecklargrupperna som du kan gå med i',
    en: 'the developer groups you can join',
  },
  'command.groups.usage': { fi: 'ryhmät', sv: 'groups', en: 'groups' },
  'command.join.summary': {
    fi: 'liittyy ryhmään ja sen kanavalle',
    sv: 'går med i en grupp och dess kanal',
    en: 'joins a group and its channel',
  },
  'command.join.usage': { fi: 'liity <ryhmä>', sv: 'join <grupp>', en: 'join <group>' },
  'command.leave.summary': {
    fi: 'eroaa ryhmästä',
    sv: 'lämnar en grupp',
    en: 'leaves a group',
  },
  'command.leave.usage': { fi: 'eroa <ryhmä>', sv: 'leave <grupp>', en: 'leave <group>' },
  'command.groupMembers.summary': {
    fi: 'näyttää ryhmän jäsenet ja heidän organisaationsa',
    sv: 'visar gruppens medlemmar och deras organisationer',
    en: 'shows a group’s members and their organisations',
  },
  'command.groupMembers.usage': { fi: 'ryhmä jäsenet <ryhmä>', sv: 'group members <grupp>', en: 'group members <group>' },
  'command.groupCreate.summary': {
    fi: 'perustaa uuden kehittäjäryhmän (ja Slackissa sen kanavan)',
    sv: 'grundar en ny utvecklargrupp (och i Slack dess kanal)',
    en: 'creates a developer group (and in Slack its channel)',
  },
  'command.groupCreate.usage': {
    fi: 'ryhmä luo <tunnus> "<nimi>" ["<kuvaus>"]',
    sv: 'group create <kod> "<namn>" ["<beskrivning>"]',
    en: 'group create <slug> "<name>" ["<description>"]',
  },
  'command.groupArchive.summary': {
    fi: 'arkistoi ryhmän: se ei enää näy eikä ota uusia jäseniä',
    sv: 'arkiverar en grupp: den syns inte längre och tar inte emot nya medlemmar',
    en: 'archives a group: it is no longer listed and takes no new members',
  },
  'command.groupArchive.usage': { fi: 'ryhmä arkistoi <ryhmä>', sv: 'group archive <grupp>', en: 'group archive <group>' },
  'command.groupLink.summary': {
    fi: 'tekee tästä kanavasta ryhmän kanavan',
    sv: 'gör den här kanalen till gruppens kanal',
    en: 'makes this channel the group’s channel',
  },
  'command.groupLink.usage': { fi: 'ryhmä liitä <ryhmä>', sv: 'group link <grupp>', en: 'group link <group>' },

  'groups.slugLabel': { fi: 'ryhmän tunnus', sv: 'gruppens kod', en: 'group id' },
  'groups.nameLabel': { fi: 'ryhmän nimi', sv: 'gruppens namn', en: 'group name' },
  'groups.descriptionLabel': { fi: 'kuvaus', sv: 'beskrivning', en: 'description' },

  'groups.heading': { fi: 'Kehittäjäryhmät', sv: 'Utvecklargrupper', en: 'Developer groups' },
  'groups.none': {
    fi: 'Aktiivisia kehittäjäryhmiä ei vielä ole.',
    sv: 'Det finns inga aktiva utvecklargrupper ännu.',
    en: 'There are no active developer groups yet.',
  },
  'groups.memberCount': {
    fi: ({ count }) => `${count} ${plural(Number(count), 'jäsen', 'jäsentä')}`,
    sv: ({ count }) => `${count} ${plural(Number(count), 'medlem', 'medlemmar')}`,
    en: ({ count }) => `${count} ${plural(Number(count), 'member', 'members')}`,
  },
  'groups.youAreMember': { fi: 'olet jäsen', sv: 'du är medlem', en: 'you are a member' },
  'groups.joinButton': { fi: 'Liity', sv: 'Gå med', en: 'Join' },
  'groups.leaveButton': { fi: 'Eroa', sv: 'Lämna', en: 'Leave' },
  'groups.membersButton': { fi: 'Jäsenet', sv: 'Medlemmar', en: 'Members' },

  'groups.unknown': {
    fi: ({ slug }) => `En löydä ryhmää ”${slug}”.`,
    sv: ({ slug }) => `Jag hittar ingen grupp ”${slug}”.`,
    en: ({ slug }) => `I can't find a group called "${slug}".`,
  },
  'groups.didYouMean': {
    fi: ({ names }) => `Tarkoititko: ${names}?`,
    sv: ({ names }) => `Menade du: ${names}?`,
    en: ({ names }) => `Did you mean: ${names}?`,
  },
  'groups.seeList': {
    fi: 'Kirjoita **ryhmät** nähdäksesi kaikki ryhmät.',
    sv: 'Skriv **groups** för att se alla grupper.',
    en: 'Type **groups** to see every group.',
  },
  'groups.archived': {
    fi: ({ name }) => `Ryhmä ${name} on arkistoitu, eikä siihen voi enää liittyä.`,
    sv: ({ name }) => `Gruppen ${name} är arkiverad och tar inte emot nya medlemmar.`,
    en: ({ name }) => `The group ${name} has been archived and takes no new members.`,
  },
  'groups.alreadyMember': {
    fi: ({ name }) => `Olet jo ryhmän ${name} jäsen.`,
    sv: ({ name }) => `Du är redan medlem i gruppen ${name}.`,
    en: ({ name }) => `You are already a member of ${name}.`,
  },
  'groups.notMember': {
    fi: ({ name }) => `Et ole ryhmän ${name} jäsen, joten mitään ei muutettu.`,
    sv: ({ name }) => `Du är inte medlem i gruppen ${name}, så ingenting ändrades.`,
    en: ({ name }) => `You are not a member of ${name}, so nothing changed.`,
  },
  'groups.joined': {
    fi: ({ name }) => `Tervetuloa ryhmään ${name}!`,
    sv: ({ name }) => `Välkommen till gruppen ${name}!`,
    en: ({ name }) => `Welcome to ${name}!`,
  },
  'groups.invited': {
    fi: ({ platforms }) => `Lisäsin sinut ryhmän kanavalle (${platforms}).`,
    sv: ({ platforms }) => `Jag lade till dig i gruppens kanal (${platforms}).`,
    en: ({ platforms }) => `I added you to the group’s channel (${platforms}).`,
  },
  'groups.inviteFailed': {
    fi: ({ platforms }) => `En saanut lisättyä sinua ryhmän kanavalle (${platforms}); pyydä ryhmän fasilitaattoria lisäämään sinut.`,
    sv: ({ platforms }) => `Jag kunde inte lägga till dig i gruppens kanal (${platforms}); be gruppens facilitator att lägga till dig.`,
    en: ({ platforms }) => `I couldn't add you to the group’s channel (${platforms}); please ask the group’s facilitator to add you.`,
  },
  'groups.left': {
    fi: ({ name }) => `Erosit ryhmästä ${name}. Voit liittyä takaisin milloin vain.`,
    sv: ({ name }) => `Du har lämnat gruppen ${name}. Du kan gå med igen när du vill.`,
    en: ({ name }) => `You have left ${name}. You can join again any time.`,
  },
  'groups.removed': {
    fi: ({ platforms }) => `Poistin sinut ryhmän kanavalta (${platforms}).`,
    sv: ({ platforms }) => `Jag tog bort dig från gruppens kanal (${platforms}).`,
    en: ({ platforms }) => `I removed you from the group’s channel (${platforms}).`,
  },
  'groups.removeFailed': {
    fi: ({ platforms }) => `En voinut poistaa sinua ryhmän kanavalta (${platforms}); voit poistua kanavalta itse.`,
    sv: ({ platforms }) => `Jag kunde inte ta bort dig från gruppens kanal (${platforms}); du kan lämna kanalen själv.`,
    en: ({ platforms }) => `I couldn't remove you from the group’s channel (${platforms}); you can leave the channel yourself.`,
  },
  'groups.welcomePost': {
    fi: ({ who, name }) => `Tervetuloa ryhmään ${name}, ${who}! Kerro muille, millaisen hankintahaasteen parissa työskentelet.`,
    sv: ({ who, name }) => `Välkommen till ${name}, ${who}! Berätta för de andra vilken upphandlingsutmaning du arbetar med.`,
    en: ({ who, name }) => `Welcome to ${name}, ${who}! Tell the others which procurement challenge you are working on.`,
  },
  'groups.membersHeading': {
    fi: ({ name, count }) => `${name}: ${count} ${plural(Number(count), 'jäsen', 'jäsentä')}`,
    sv: ({ name, count }) => `${name}: ${count} ${plural(Number(count), 'medlem', 'medlemmar')}`,
    en: ({ name, count }) => `${name}: ${count} ${plural(Number(count), 'member', 'members')}`,
  },
  'groups.noMembers': {
    fi: 'Ryhmässä ei ole vielä jäseniä.',
    sv: 'Gruppen har inga medlemmar ännu.',
    en: 'The group has no members yet.',
  },
  'groups.slugTaken': {
    fi: ({ slug }) => `Tunnus ”${slug}” on jo toisen ryhmän käytössä. Valitse toinen tunnus.`,
    sv: ({ slug }) => `Koden ”${slug}” används redan av en annan grupp. Välj en annan kod.`,
    en: ({ slug }) => `The id "${slug}" is already used by another group. Please choose another one.`,
  },
  'groups.created': {
    fi: ({ name, slug }) => `Perustin ryhmän ${name} (tunnus ${slug}). Sinä olet sen fasilitaattori.`,
    sv: ({ name, slug }) => `Jag grundade gruppen ${name} (kod ${slug}). Du är dess facilitator.`,
    en: ({ name, slug }) => `I created the group ${name} (id ${slug}). You are its facilitator.`,
  },
  'groups.channelCreated': {
    fi: 'Loin ryhmälle Slack-kanavan ja lisäsin sinut sinne.',
    sv: 'Jag skapade en Slack-kanal för gruppen och lade till dig där.',
    en: 'I created a Slack channel for the group and added you to it.',
  },
  'groups.channelCreateFailed': {
    fi: 'En saanut luotua Slack-kanavaa.',
    sv: 'Jag kunde inte skapa en Slack-kanal.',
    en: "I couldn't create a Slack channel.",
  },
  'groups.howToLink': {
    fi: ({ command }) => `Anna ryhmälle kanava: kirjoita kanavalla ${command}`,
    sv: ({ command }) => `Ge gruppen en kanal: skriv i kanalen ${command}`,
    en: ({ command }) => `To give the group a channel, type this in the channel: ${command}`,
  },
  'groups.alreadyArchived': {
    fi: ({ name }) => `Ryhmä ${name} on jo arkistoitu.`,
    sv: ({ name }) => `Gruppen ${name} är redan arkiverad.`,
    en: ({ name }) => `The group ${name} is already archived.`,
  },
  'groups.archivedDone': {
    fi: ({ name }) => `Arkistoin ryhmän ${name}. Jäsenyyshistoria säilyy.`,
    sv: ({ name }) => `Jag arkiverade gruppen ${name}. Medlemshistoriken finns kvar.`,
    en: ({ name }) => `I archived ${name}. Its membership history is kept.`,
  },
  'groups.archivedPost': {
    fi: ({ name }) => `Ryhmä ${name} on arkistoitu. Kiitos kaikille yhteisestä oppimisesta!`,
    sv: ({ name }) => `Gruppen ${name} har arkiverats. Tack alla för det gemensamma lärandet!`,
    en: ({ name }) => `The group ${name} has been archived. Thank you all for learning together!`,
  },
  'groups.notInChannel': {
    fi: 'Kirjoita tämä komento sillä kanavalla, jonka haluat ryhmälle – ei yksityisviestissä.',
    sv: 'Skriv kommandot i den kanal som gruppen ska ha, inte i ett privat meddelande.',
    en: 'Please run this in the channel you want for the group, not in a direct message.',
  },
  'groups.channelTaken': {
    fi: ({ name }) => `Tämä kanava on jo ryhmän ${name} kanava, joten mitään ei muutettu.`,
    sv: ({ name }) => `Den här kanalen är redan kanal för gruppen ${name}, så ingenting ändrades.`,
    en: ({ name }) => `This channel already belongs to ${name}, so nothing changed.`,
  },
  'groups.linked': {
    fi: ({ name, command }) => `Tämä on nyt ryhmän ${name} kanava. Keino julkaisee ryhmän viestit täällä; liity ryhmään: ${command}`,
    sv: ({ name, command }) => `Det här är nu kanalen för gruppen ${name}. Keino publicerar gruppens meddelanden här; gå med: ${command}`,
    en: ({ name, command }) => `This is now the channel of ${name}. Keino posts the group’s messages here; to join: ${command}`,
  },
  'groups.linkInvited': {
    fi: ({ count }) => `Kutsuin kanavalle ${count} ${plural(Number(count), 'ryhmän jäsenen', 'ryhmän jäsentä')}.`,
    sv: ({ count }) => `Jag bjöd in ${count} ${plural(Number(count), 'medlem', 'medlemmar')} av gruppen till kanalen.`,
    en: ({ count }) => `I invited ${count} ${plural(Number(count), 'group member', 'group members')} to the channel.`,
  },
  'groups.notFacilitator': {
    fi: ({ name }) => `Vain ryhmän ${name} fasilitaattorit ja ylläpitäjät voivat tehdä tämän.`,
    sv: ({ name }) => `Bara facilitatorerna för gruppen ${name} och administratörer kan göra det här.`,
    en: ({ name }) => `Only the facilitators of ${name} and admins can do this.`,
  },
  'groups.homeHeading': { fi: 'Ryhmäsi', sv: 'Dina grupper', en: 'Your groups' },
  'groups.homeNone': {
    fi: 'Et ole vielä missään kehittäjäryhmässä.',
    sv: 'Du är inte med i någon utvecklargrupp ännu.',
    en: 'You are not in any developer group yet.',
  },
  'groups.browseButton': { fi: 'Selaa ryhmiä', sv: 'Bläddra bland grupper', en: 'Browse groups' },
});
