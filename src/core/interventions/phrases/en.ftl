### Keino's phrases in English: interventions.
### How to edit them: docs/translating.md

## Hankintaluotsi interventions: commands, lists, nudges, the import report.

## Commands

command-tasks-summary = shows your interventions, the soonest due first
command-tasks-usage = tasks
command-tasksOrg-summary = your organisation's overview: statuses, what is overdue, the next 14 days
command-tasksOrg-usage = tasks org [organisation]
command-done-summary = marks an intervention done
command-done-usage = done <id>
command-snooze-summary = postpones an intervention's reminders, for example 1w or until a date
command-snooze-usage = snooze <id> <duration or date>
command-taskAdd-summary = adds an intervention with an owner for your organisation
command-taskAdd-usage = task add "<title>" <owner e-mail> <due date>
command-taskAssign-summary = hands an intervention to another owner
command-taskAssign-usage = task assign <id> <owner e-mail>
command-taskStart-summary = marks an intervention in progress
command-taskStart-usage = task start <id>
command-taskHistory-summary = shows an intervention's history of changes
command-taskHistory-usage = task history <id>

## Argument labels and expectations

interventions-arg-id = intervention number
interventions-arg-title = title
interventions-arg-owner = owner's e-mail
interventions-arg-dueDate = due date
interventions-arg-snooze = snooze
interventions-arg-organisation = organisation
interventions-arg-policy = procurement policy
interventions-arg-category = procurement category
interventions-arg-email = an e-mail address such as maija.meikalainen@kunta.fi
interventions-arg-durationOrDate = a duration (3d, 1w) or a date (31.12.2026)

## Statuses and due dates in words

interventions-status-planned = planned
interventions-status-in_progress = in progress
interventions-status-done = done
interventions-status-cancelled = cancelled
interventions-due-overdue = { $days } { $days ->
        [one] day
       *[other] days
    } overdue
interventions-dueOn = due { $when } ({ $date })
interventions-overdueOn = ⚠️ { $when } (due { $date })
interventions-snoozedUntil = reminders snoozed until { $date }
interventions-ownerLabel = owner
interventions-unreachable = cannot be reached

## Lists

interventions-mine-heading = Your interventions
interventions-mine-none = You have no open interventions. Well done!
interventions-namesAndMore = { $names } and { $count } more
interventions-more = … and { $count } more.
interventions-home-all = All my interventions
interventions-org-heading = { $organisation }: interventions
interventions-org-progress = Done
interventions-chart-state-done = done
interventions-chart-state-onTime = on time
interventions-chart-state-dueSoon = due within 14 days
interventions-chart-state-overdue = overdue
interventions-chart-statusTitle = { $organisation }: where the interventions stand
interventions-chart-statusAlt = Interventions of { $organisation }: { $done } done, { $overdue } overdue, { $dueSoon } due within 14 days, { $onTime } on time.
interventions-chart-byCategory = By procurement category
interventions-chart-byPolicy = By procurement policy
interventions-chart-noGroup = no category
interventions-chart-otherGroups = other
interventions-chart-groupAltPart = { $name } { $done } done, { $overdue } overdue, { $dueSoon } due soon, { $onTime } on time
interventions-chart-sinceLastWeek = Since last week: { $changes }.
interventions-org-overdueCount = overdue
interventions-org-overdue = Overdue
interventions-org-upcoming = The next 14 days
interventions-org-nothingOverdue = Nothing is overdue.
interventions-org-nothingUpcoming = Nothing is due in the next 14 days.
interventions-org-empty = The organisation has no interventions yet. Import them from Hankintaluotsi: send me the CSV file in a direct message, or add one with **task add**.
interventions-org-emptyConsole = The organisation has no interventions yet. Import them from Hankintaluotsi with `npm run keino -- import interventions <file.csv>`, or add one with **task add**.
interventions-org-unreachable = These owners have not used Keino yet, so I cannot reach them: { $emails }

## Buttons and outcomes

interventions-button-done = Done
interventions-button-start = In progress
interventions-button-snoozeWeek = Snooze a week
interventions-button-snoozeUntil = Snooze until…
interventions-button-askGroup = Ask my developer group
interventions-outcome-done = ✅ #{ $id } { $title } is done (marked by { $name }).
interventions-outcome-alreadyDone = #{ $id } { $title } was already marked done. Nothing changed.
interventions-outcome-started = ▶️ #{ $id } { $title } is in progress (marked by { $name }).
interventions-outcome-alreadyStarted = #{ $id } { $title } was already in progress. Nothing changed.
interventions-outcome-snoozed = ⏸️ #{ $id } { $title }: reminders snoozed until { $date }.
interventions-outcome-alreadySnoozed = #{ $id } { $title } was already snoozed until { $date }. Nothing changed.
interventions-outcome-added = Added #{ $id } { $title }: owner { $owner }, due { $date }.
interventions-outcome-assigned = #{ $id } { $title } is now owned by { $owner }.
interventions-outcome-alreadyAssigned = #{ $id } { $title } was already owned by { $owner }. Nothing changed.
interventions-ownerCannotBeReached = { $owner } has not used Keino in Slack or Teams yet, so I cannot remind them yet. Reminders start once they write to Keino.

## History

interventions-history-heading = History: #{ $id } { $title }
interventions-field-title = title
interventions-field-description = description
interventions-field-owner = owner
interventions-field-dueDate = due date
interventions-field-status = status
interventions-field-policy = policy
interventions-field-category = category
interventions-field-completedAt = completed
interventions-field-snoozedUntil = snoozed until
interventions-action-created = added
interventions-action-imported = imported
interventions-action-completed = done
interventions-action-started = started
interventions-action-snoozed = snoozed
interventions-action-assigned = reassigned
interventions-action-changed = changed
interventions-form-snoozeTitle = Snooze reminders
interventions-form-snoozeSubmit = Snooze
interventions-form-snoozeDate = Remind me again on
interventions-history-keino = Keino / import

## Refusals and problems

interventions-notFound = I can't find intervention #{ $id } in your organisation. Type **tasks** to see yours.
interventions-notYours = Intervention #{ $id } is not yours. Only its owner, the organisation's coordinators and admins can change it.
interventions-closed = #{ $id } { $title } is already done or cancelled, so it can no longer be started or snoozed.
interventions-snoozePast = A snooze must end in the future.
interventions-snoozeTooLong = You can snooze for a year at most.
interventions-coordinatorsOnly = This is only for the organisation's coordinators and admins.
interventions-noOrganisation = You do not belong to an organisation yet. Ask an admin to add you to yours.
interventions-nameOrganisation = Name the organisation you want to see. These have interventions: { $names }
interventions-unknownOrganisation = I can't find an organisation "{ $name }" that you may see.
interventions-duplicateTitle = The organisation already has an intervention "{ $title }". Nothing was added.
interventions-ownerElsewhere = { $email } belongs to another organisation, so I can't make them the owner.

## Nudges, escalations, the digest

interventions-nudge-heading = ⏰ Reminder: { $title }
interventions-nudge-overdueHeading = ⚠️ Overdue: { $title }
interventions-nudge-intro = You own this intervention from Hankintaluotsi. How is it going?
interventions-nudge-snoozeEnded = Your snooze has ended. How is the intervention going?
interventions-nudge-due = Due
interventions-nudge-policy = Procurement policy
interventions-nudge-category = Procurement category
interventions-nudge-organisation = Organisation
interventions-nudge-status = Status
interventions-nudge-commands = You can also type **done { $id }** or **snooze { $id } 1w**. All your interventions: **tasks**.
interventions-escalation-heading = ⚠️ { $days } days overdue: { $title }
interventions-escalation-text = Owner: { $owner }. You get this because you coordinate the interventions of { $organisation }.
interventions-digest-heading = Weekly digest: { $organisation }
interventions-digest-footer = The whole picture: **tasks org**. The reminder schedule: **task schedule**.

## The nudge schedule

command-taskSchedule-summary = shows or changes your organisation's reminder schedule
command-taskSchedule-usage = task schedule [before=14,7,1] [at=09:00] [due=on|off] [overdue=7] [escalate=7] [digest=mon|off] [digest-at=09:00]
interventions-schedule-heading = Reminder schedule: { $organisation }
interventions-schedule-before = Before the due date
interventions-schedule-beforeValue = { $days } days before
interventions-schedule-at = Time (the owner's time zone)
interventions-schedule-onDue = On the due date
interventions-schedule-overdue = While overdue
interventions-schedule-every = every { $days } days
interventions-schedule-escalate = To the coordinators
interventions-schedule-escalateValue = when { $days } days overdue
interventions-schedule-digest = Weekly digest to coordinators
interventions-schedule-yes = yes
interventions-schedule-no = no
interventions-schedule-saved = Schedule saved, and the reminders of open interventions planned again.
interventions-schedule-hint = Change it like this: **task schedule before=30,7 at=08:30 digest=fri**
interventions-arg-daysList = a list of days such as 14,7,1 (or none)
interventions-arg-days = a number of days 0–365 (0 = never)
interventions-arg-before = before
interventions-arg-at = time
interventions-arg-onDue = due
interventions-arg-overdue = overdue
interventions-arg-escalate = escalate
interventions-arg-digest = digest
interventions-arg-digestAt = digest time

## Ask my developer group

interventions-askGroup-title = Ask your developer group
interventions-askGroup-submit = Send the question
interventions-askGroup-group = Group
interventions-askGroup-question = Your question
interventions-askGroup-initial = We are working on the intervention "{ $title }". How have you done something similar? What should we keep in mind?
interventions-askGroup-noGroups = You are not in a developer group with a channel yet. See the groups with **groups**.
interventions-askGroup-chooseGroup = Choose one of your groups.
interventions-askGroup-writeQuestion = Write a question.
interventions-askGroup-postHeading = ❓ { $name } ({ $organisation }) asks the group
interventions-askGroup-intervention = Intervention
interventions-askGroup-answerHere = Answer in this thread: your experience helps.
interventions-askGroup-posted = Your question is in the channel of { $group } ({ $platforms }).
interventions-askGroup-failed = I could not post the question in the channel of { $group } just now. Please try again in a moment.

## Import

interventions-file-kind = Hankintaluotsi interventions (a CSV file, for coordinators and admins)
interventions-import-rejected = The file was not imported and nothing of it was saved: { $count } { $count ->
        [one] problem
       *[other] problems
    }. Fix them and import the file again.
interventions-import-where = Line { $line }, column { $column }
interventions-import-whereLine = Line { $line }
interventions-import-problem-structure = the line is malformed (for example a quotation mark is not closed).
interventions-import-problem-missingColumn = the header row lacks this column. Required columns: organisation, title, owner_email, due_date (and status, policy, category).
interventions-import-problem-missing = the value is missing.
interventions-import-problem-email = "{ $value }" is not an e-mail address.
interventions-import-problem-date = "{ $value }" is not a possible date. Write 2026-12-31 or 31.12.2026.
interventions-import-problem-status = unknown status "{ $value }". Accepted: planned, in progress, done, cancelled (or Finnish suunniteltu, käynnissä, valmis, peruttu).
interventions-import-problem-priority = "{ $value }" is not a priority (a whole number, 1 = most important).
interventions-import-problem-tooLong = the value is too long (at most { $value } characters).
interventions-import-problem-duplicate = "{ $value }" is already on line { $first } for the same organisation.
interventions-import-problem-empty = the file contains no interventions.
interventions-import-problem-tooManyRows = the file has more than 10,000 rows. Split it.
interventions-import-problem-foreignOrganisation = you may import only your own organisation's interventions, not "{ $value }".
interventions-import-problem-ownerElsewhere = { $value } belongs to another organisation; an intervention's owner is someone of its own organisation.
interventions-import-done = Imported { $rows } rows: { $created } new, { $updated } updated, { $unchanged } unchanged.
interventions-import-organisations = Organisations: { $names }.
interventions-import-unreachable = { $count } owners cannot be reached yet because they have not used Keino in Slack or Teams: { $emails }. Reminders start once they write to Keino.
interventions-import-ignored = These columns were ignored: { $names }.
