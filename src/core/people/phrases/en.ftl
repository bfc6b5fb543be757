### Keino's phrases in English: people.
### How to edit them: docs/translating.md

## Account

command-lang-summary = changes the language Keino answers you in
command-lang-usage = lang fi|sv|en
lang-label = language
lang-changed = Done! I'll speak English with you from now on.
lang-current = Your language is { $language }. Change it with **lang fi**, **lang sv** or **lang en**.
command-whoami-summary = shows who Keino thinks you are
command-whoami-usage = whoami
whoami-heading = Hello, { $name }!
whoami-name = Name
whoami-email = E-mail
whoami-organisation = Organisation
whoami-role = Role
whoami-language = Language
whoami-timeZone = Time zone
whoami-platforms = Linked platforms
whoami-unknown = not known

## Who is asking: refusals of places Keino does not serve, of buttons it did not sign, and linking.

access-notServed = Keino doesn't serve this organisation or workspace. If this is a mistake, please contact Keino's admins.
actions-refused = This button can't be used here. Type the command again to get a fresh one.
actions-expired = This button has expired. Type the command again to get a fresh one.
command-link-summary = links your Slack and Teams accounts with a one-time code
command-link-usage = link [code]
command-linkOff-summary = splits this platform's account off into a person of its own
command-linkOff-usage = link off
link-codeLabel = code
link-commandWord = link
link-heading = Linking your accounts
link-code = Your code is **{ $code }**. It works once, for { $minutes } minutes, and only in { $other }.
link-typeThis = In the other platform, type **{ $command }** to Keino (by { $until }).
link-secret = Never give this code to anyone: whoever types it is linked to you and gets your rights in Keino.
link-linked = Done! Your accounts are linked: Keino now knows you as one person ({ $platforms }). To split them again, type **link off**.
link-unlinked = This { $platform } account is now a person of its own in Keino, with no e-mail, organisation or role. You can link it again with **link**.
link-nothingLinked = This account isn't linked to any other, so there is nothing to split.
link-unknownCode = I don't recognise this code. Check it, or get a new one by typing **link** in the other platform.
link-usedCode = This code has already been used. Get a new one by typing **link** in the other platform.
link-expiredCode = This code has expired (a code works for 10 minutes). Get a new one by typing **link** in the other platform.
link-samePlatform = Type the code in the other platform than the one that gave it: if you got it in Slack, type it in Teams, and the other way round.
link-alreadyOne = These accounts are already linked: Keino knows them as one person.
link-linkedElsewhere = One of these is already linked to another { $platform } account. First type **link off** in that account to split it, then link again.
link-strongerTyper = This account has more rights in Keino than the one that gave the code, and typing a code never hands rights over. Do it the other way round: type **link** in this account and the code in the other.
link-roleConflict = Your accounts have different roles (facilitator and coordinator), so I won't link them myself. Please ask Keino's admins to settle it.
link-organisationConflict = Your accounts belong to different organisations, so I won't link them myself. Please ask Keino's admins to settle it.
link-tooManyTries = Too many wrong codes. Please wait 10 minutes, then get a new code by typing **link** in the other platform.
