### Keino's phrases in English: jobs.
### How to edit them: docs/translating.md

## Jobs

command-adminJobs-summary = shows scheduled work by state and the latest failures
command-adminJobs-usage = admin jobs
jobs-heading = Scheduled work
jobs-chart-title = Jobs ended in the last 7 days
jobs-chart-unit = jobs
jobs-chart-dayAlt = { $day } { $done } done, { $failed } failed, { $cancelled } cancelled
jobs-state-pending = Waiting
jobs-state-running = Running
jobs-state-done = Done
jobs-state-failed = Failed
jobs-state-cancelled = Cancelled
jobs-overdue = { $count } { $count ->
        [one] job is
       *[other] jobs are
    } late (the oldest since { $since }). Is any Keino instance running?
jobs-failuresHeading = Latest failures
jobs-failure = **{ $kind }** `{ $key }` – { $when }, attempts { $attempts }/{ $max }: { $error }
jobs-noFailures = No work has failed.
jobs-unknownError = reason not known
jobs-answerLost = Keino restarted while running your command “{ $command }”, and it may or may not have been carried out. Please check before you run it again.
