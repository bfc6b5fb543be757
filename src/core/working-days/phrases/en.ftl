### Keino's phrases in English: working-days.
### How to edit them: docs/translating.md

## Working days

command-away-summary = sets your time off: no reminders meanwhile
command-away-usage = away 2026-07-06..2026-07-24 | away off
command-orgDaysOff-summary = your organisation's own days off, when no reminders are sent (coordinators)
command-orgDaysOff-usage = org days-off [add|remove <date>]
command-orgSummer-summary = your organisation's summer break: no reminders or digests, one summary after it (coordinators)
command-orgSummer-usage = org summer 2026-07-01..2026-07-31 | org summer off [year]
workingDays-arg-range = dates
workingDays-arg-rangeProblem = dates such as 2026-07-01..2026-07-31 (or off)
workingDays-arg-change = add or remove
workingDays-arg-date = date
workingDays-arg-year = year
workingDays-arg-yearProblem = a year such as 2026
workingDays-awaySet = Done: you are away { $dates }. No reminders meanwhile, and your coordinator sees it in the weekly digest. End it sooner: **away off**.
workingDays-awayNow = You are away { $dates }. End it: **away off**.
workingDays-awayNone = You have set no time off. For example: **away 2026-07-06..2026-07-24**.
workingDays-awayOff = Welcome back! Reminders resume.
workingDays-awayWasOff = You had no time off set, so nothing changed.
workingDays-awayPast = That time off is already over. Give dates to come.
workingDays-awayTooFar = Time off can be set at most a year ahead.
workingDays-summerTooLong = A summer break lies within one year and lasts at most { $days } days.
workingDays-dayOffAdded = { $date } is now a day off for { $organisation }: reminders move off it.
workingDays-dayOffExisted = { $date } was a day off already, so nothing changed.
workingDays-dayOffRemoved = { $date } is no longer a day off of { $organisation }'s own.
workingDays-dayOffWasNot = { $date } was no day off of your organisation's own, so nothing changed.
workingDays-dayOffUsage = Write, for example, **org days-off add 2026-12-28** or **org days-off remove 2026-12-28**.
workingDays-summerSet = { $organisation }'s summer break is { $dates }: no reminders or digests, and on the first working day after it one summary of what fell due.
workingDays-summerOff = { $organisation }'s summer break of { $year } is removed.
workingDays-summerWasOff = There was no summer break in { $year }, so nothing changed.
workingDays-listHeading = Days off: { $organisation }
workingDays-listDays = Own days off
workingDays-listSummer = Summer break
workingDays-listRules = Besides: weekends, public holidays, Christmas Eve and Midsummer Eve. A reminder before a due date moves to the working day before, the others to the working day after.
workingDays-away = Away: { $people }
workingDays-awayUntil = { $name } (until { $to })
workingDays-summary-heading = The summer break is over: your interventions
workingDays-summary-intro = Your interventions that fell due in the summer break { $dates }, or soon will:
