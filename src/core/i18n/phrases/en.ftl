### Keino's phrases in English: i18n.
### How to edit them: docs/translating.md

## Phrases of the command core itself: errors, argument problems, roles, languages.

errors-unknownCommand = I don't know the command "{ $command }".
errors-didYouMean = Did you mean: { $names }? Type **help** to see every command.
errors-seeHelp = Type **help** to see what you can do.
errors-unterminatedQuote = A quotation mark was not closed. Write quoted text like this: "Like this".
errors-tooLong = That message is too long. Please keep it under { $max } characters.
errors-controlCharacters = That message contains invisible control characters. Please type the command again as plain text.
errors-badArgument = { $problem } Write it like this: `{ $usage }`
errors-missingArgument = Missing: { $name }.
errors-tooManyArguments = I don't understand this part: "{ $extra }".
errors-unknownOption = This command has no option "{ $option }".
errors-invalidValue = { $name }: I expected { $expected }.
errors-forbidden = This command is only for: { $roles }.
files-notUnderstood = I don't know what to do with the file "{ $name }". I read these files: { $kinds }. Nothing was saved.
files-forbidden = Only these may import files into Keino: { $roles }. Nothing was saved.
files-tooLarge = The file is too large: I read files of up to { $megabytes } megabytes. Nothing was saved.
files-unavailable = I could not fetch the file, and nothing was saved. Please share it again in a moment.
limits-tooMany = One moment: you have sent Keino many requests in a short time. Nothing was done; please try again in { $seconds } seconds.
errors-internal = Something went wrong and nothing was saved. Please try again in a moment.
errors-unavailable = Keino can't reach its database right now. Nothing was saved; please try again in a moment.
errors-unknownAction = This button is no longer in use. Please try the command again.
errors-noQuestions = I can't answer questions yet. Type **help** to see what I can do.
arg-text = some text
arg-word = a single word
arg-integer = a whole number
arg-positiveInteger = a positive whole number
arg-id = a number such as 12
arg-date = a date such as 2026-12-31 or 31.12.2026
arg-time = a time such as 09:30
arg-duration = a duration such as 90m, 2h, 3d or 1w
arg-slug = a short id (lower-case letters, digits and hyphens)
arg-oneOf = one of: { $options }
arg-tooLong = at most { $max } characters
role-admin = admin
role-facilitator = facilitator
role-coordinator = coordinator
role-member = member
language-fi = Finnish
language-sv = Swedish
language-en = English
common-none = none
conversation-keinoAbsent = Keino cannot post in this conversation.
