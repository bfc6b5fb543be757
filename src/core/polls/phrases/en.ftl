### Keino's phrases in English: polls.
### How to edit them: docs/translating.md

## Polls

command-poll-summary = a poll in this channel: options as buttons, live results (with no options, a form opens)
command-poll-usage = poll "<question>" "<option>" "<option>" … [--anonymous] [--multi <n>] [--closes <when>]
command-pollClose-summary = closes a poll and shows the final results (its creator or an admin)
command-pollClose-usage = poll close <id>
command-pollResults-summary = a poll’s results and a CSV file, for its creator
command-pollResults-usage = poll results <id>
poll-questionLabel = question
poll-optionLabel = option
poll-anonymousLabel = anonymous
poll-multiLabel = most choices
poll-closesLabel = closing time
poll-idLabel = poll number
poll-questionMissing = Write the question first and the options after it, for example: poll "Where shall we meet?" "Helsinki" "Tampere".
poll-questionTooLong = The question is too long: at most { $max } characters.
poll-tooFewOptions = A poll needs at least { $min } options.
poll-tooManyOptions = A poll can have at most { $max } options.
poll-emptyOption = One of the options is empty. Please write something in each option.
poll-duplicateOption = The option "{ $option }" is there twice. Each option must be different.
poll-optionTooLong = An option is too long: at most { $max } characters.
poll-multiTooLarge = You can allow at most as many choices as there are options ({ $options }), not { $max }.
poll-multiInvalid = The number of choices must be a positive whole number, such as 2.
poll-closesInvalid = I don’t understand the closing time. Write a duration (90m, 2h, 3d, 1w), a date (31.12.2026), a time (16:00) or both ("31.12.2026 16:00").
poll-closesPast = The closing time { $when } has already passed. Please pick a time ahead.
poll-closesTooFar = A poll can stay open for at most { $days } days.
poll-notFound = There is no poll #{ $id }. Please check the number at the bottom of the poll.
poll-onlyCreatorCloses = Only the poll’s creator or an admin can close it.
poll-onlyCreatorResults = The results and the CSV file are for the poll’s creator and admins. You can see the standing on the poll itself.
poll-alreadyClosed = Poll #{ $id } was already closed.
poll-closedNow = You closed poll #{ $id }. The final results are on the poll.
poll-posted = Poll #{ $id } is posted in this conversation. The results update on the message; close it with `poll close { $id }`.
poll-closedAnnouncement = The poll "{ $question }" has closed. The final results:
poll-anonymousNote = Anonymous poll: no one, not even its creator, can see who chose what.
poll-multiNote = You can choose up to { $max } options.
poll-voterNames = { $more ->
        [0] { $names }
       *[other] { $names } and { $more } more
    }
poll-summaryLine = { $votes } { $votes ->
        [one] vote
       *[other] votes
    } from { $voters } { $voters ->
        [one] person
       *[other] people
    }
poll-chartAlt = Results of the poll "{ $question }": { $counts }. In all { $summary }.
poll-chartUnit = votes
poll-footer = Poll #{ $id } · by { $creator }
poll-closesAt = Closes { $when }.
poll-closedAt = Closed { $when }. These are the final results.
poll-closedTag = closed
poll-unknownCreator = unknown
poll-closeButton = Close poll
poll-exportButton = Results (CSV)
poll-voteAdded = Your vote is in: **{ $option }**. Click the same option again to take it back.
poll-voteCount = You have chosen { $count } of { $max }.
poll-voteRemoved = You took back your vote: **{ $option }**.
poll-voteMoved = You changed your vote: **{ $from }** → **{ $option }**.
poll-voteLimit = You can choose at most { $max } options. Take one of your choices back first by clicking it.
poll-voteClosed = This poll has closed and takes no more votes. The final results are on the poll.
poll-voteCast = Your vote is cast: **{ $options }**. An anonymous vote cannot be changed: Keino keeps not what you chose, only that you voted.
poll-voteFinal = You have already voted in this anonymous poll. The vote cannot be changed, because Keino does not know what you chose.
poll-ballotIntro = Choose up to { $max } options and press **Cast vote**. An anonymous vote is cast at once and cannot be changed afterwards.
poll-ballotCast = Cast vote
poll-voteAnonymous = Your answer is anonymous.
poll-resultsHeading = Results of poll #{ $id }: { $question }
poll-exportNote = The results are attached as a CSV file.
poll-exportAnonymousNote = The poll is anonymous, so the file holds only the counts, no names.
poll-csvOption = option
poll-csvVoter = voter
poll-csvVotedAt = time (UTC)
poll-csvVotes = votes
poll-csvFilename = poll-{ $id }.csv
poll-formTitle = New poll
poll-formSubmit = Post
poll-formQuestion = Question
poll-formOptions = Options
poll-formOptionsHint = One option a line, 2 to 10 options.
poll-formAnonymous = Answers
poll-formNamed = Named – voters’ names are shown
poll-formAnonymousChoice = Anonymous – no one sees who chose what
poll-formMulti = How many options one may choose
poll-formMultiHint = Empty: one.
poll-formCloses = Closes
poll-formClosesHint = For example 2h, 3d, 16:00 or 31.12.2026 16:00. Empty: until you close it.
poll-formChannel = Channel to post the poll in
