### Keino's phrases in English: the web dashboard.
### How to edit them: docs/translating.md

## The command in chat.

command-dashboard-summary = a one-time sign-in link to Keino's web dashboard
command-dashboard-usage = dashboard
command-dashboardRevoke-summary = signs you out of the web dashboard on every browser
command-dashboardRevoke-usage = dashboard revoke
dashboard-heading = Your dashboard
dashboard-explain = Open the link below to sign in to Keino's web dashboard. It works once, for you only, until { $until }.
dashboard-link = Sign in to the dashboard
dashboard-secret = The link is like a password: do not pass it on. Once signed in you stay in for 8 hours or until you sign out; `dashboard revoke` signs you out everywhere.
dashboard-unavailable = Keino has no public address, so it cannot give dashboard links. Please ask your administrator to set KEINO_PUBLIC_URL to the https address where people reach Keino (for example https://keino.example.fi).
dashboard-tooManyLinks = You have asked for several sign-in links in a short time. Please use the latest one, or ask again in 10 minutes.
dashboard-revoked = { $count ->
    [0] You had no dashboard sessions open.
    [one] One dashboard session ended: that browser must sign in again.
   *[other] { $count } dashboard sessions ended: those browsers must sign in again.
}

## The pages around the tables.

dashboard-siteName = Keino dashboard
dashboard-skip = Skip to content
dashboard-nav-label = Dashboard pages
dashboard-nav-overview = Overview
dashboard-nav-organisations = Organisations
dashboard-nav-groups = Developer groups
dashboard-nav-academy = Academy
dashboard-nav-faq = FAQ
dashboard-nav-polls = Polls
dashboard-signedInAs = Signed in as { $name } ({ $role })
dashboard-role-admin = admin
dashboard-role-coordinator = coordinator
dashboard-role-facilitator = facilitator
dashboard-role-member = member
dashboard-logout = Sign out
dashboard-languageName = English
dashboard-languages = Language
dashboard-download = Download as CSV
dashboard-filter-organisation = Organisation
dashboard-filter-all = All organisations
dashboard-filter-apply = Show
dashboard-empty = Nothing to show yet.
dashboard-signedOut = You have signed out. To come back, type `dashboard` to Keino in chat.
dashboard-linkRefused = This sign-in link does not work: it has been used, it has expired, or it is not whole. Type `dashboard` to Keino in chat for a new one.
dashboard-notSignedIn = You are not signed in, or your session has ended. Type `dashboard` to Keino in chat for a sign-in link.
dashboard-forbidden = This page is not open to you.
dashboard-notFound = There is no such page.
dashboard-formRefused = The form had expired or came from elsewhere, so nothing was changed. Please open the page again and retry.
dashboard-failed = Something went wrong on Keino's side. Please try again in a moment.
dashboard-yes = yes
dashboard-no = no

## The pages.

dashboard-overview-heading = Network overview
dashboard-overview-ownHeading = Your overview
dashboard-overview-ownTasks = Your interventions
dashboard-overview-people = Active people by platform, last { $days } days
dashboard-overview-organisations = Interventions by organisation
dashboard-overview-trend = Interventions over the last { $weeks } weeks
dashboard-organisations-heading = Organisations
dashboard-organisation-byPolicy = The plan by procurement policy
dashboard-organisation-byCategory = The plan by procurement category
dashboard-organisation-noPolicy = (no policy)
dashboard-organisation-noCategory = (no category)
dashboard-organisation-overdue = Overdue interventions
dashboard-organisation-nudges = Nudges to owners, last { $days } days
dashboard-noOrganisation = (no organisation)
dashboard-groups-heading = Developer groups
dashboard-groups-members = Members by organisation
dashboard-groups-rounds = Pairing rounds and how many pairs met
dashboard-groups-prompts = Recurring prompts
dashboard-groups-promptsNote = Replies to prompts are written in the group's channel; Keino counts the prompts it has posted.
dashboard-academy-heading = KEINO-akatemia
dashboard-academy-sessions = Sessions of the last 12 months and to come
dashboard-academy-waiting = Waiting lists
dashboard-academy-cohorts = Registrations by cohort
dashboard-academy-noCohort = (no cohort)
dashboard-academy-cohortsNote = Keino records registrations, not who came: "going" is the attendance registered.
dashboard-faq-heading = FAQ
dashboard-faq-weeks = Questions per week, last { $weeks } weeks
dashboard-faq-answerRate = Keino answered { $rate } % of { $asked } questions.
dashboard-faq-unanswered = Unanswered questions
dashboard-faq-unansweredAdmin = Choose a question to turn it into an FAQ entry.
dashboard-faq-feedback = Feedback on answers
dashboard-faq-makeEntry = A new FAQ entry from a question
dashboard-faq-question = Question
dashboard-faq-answer = Answer
dashboard-faq-save = Save the entry
dashboard-faq-saved = Entry { $id } is in the FAQ from now on.
dashboard-faq-answerMissing = Please write the answer (at most 4,000 characters) and the question (at most 500).
dashboard-polls-heading = Polls
dashboard-polls-channels = Responses by channel
dashboard-polls-privacy = Only counts: no one's vote is shown, and anonymous polls keep none.
dashboard-polls-polls = Polls

## Table columns and states.

dashboard-col-platform = Platform
dashboard-col-people = People
dashboard-col-organisation = Organisation
dashboard-col-done = Done
dashboard-col-onTime = On time
dashboard-col-dueSoon = Due within 14 days
dashboard-col-overdue = Overdue
dashboard-col-week = Week of
dashboard-col-name = Name
dashboard-col-title = Intervention
dashboard-col-owner = Owner
dashboard-col-dueDate = Due date
dashboard-col-nudges = Nudges
dashboard-col-lastNudge = Last nudge
dashboard-col-group = Group
dashboard-col-members = Members
dashboard-col-round = Round
dashboard-col-date = Date
dashboard-col-pairs = Pairs
dashboard-col-met = Pairs that met
dashboard-col-answered = Answered
dashboard-col-unanswered = Unanswered
dashboard-col-prompt = Prompt
dashboard-col-sent = Times posted
dashboard-col-state = State
dashboard-col-session = Session
dashboard-col-startsAt = Starts
dashboard-col-cohort = Cohort
dashboard-col-places = Places
dashboard-col-going = Going
dashboard-col-maybe = Maybe
dashboard-col-waiting = Waiting
dashboard-col-position = Place in the queue
dashboard-col-person = Person
dashboard-col-sessions = Sessions
dashboard-col-questions = Questions
dashboard-col-answerRate = Answered (%)
dashboard-col-asked = Asked
dashboard-col-language = Language
dashboard-col-question = Question
dashboard-col-entry = Entry
dashboard-col-helpful = Helpful
dashboard-col-notHelpful = Not helpful
dashboard-col-channel = Channel
dashboard-col-polls = Polls
dashboard-col-responses = Responses
dashboard-col-perPoll = Responses per poll
dashboard-col-poll = Poll
dashboard-col-createdAt = Asked on
dashboard-col-anonymous = Anonymous
dashboard-state-active = active
dashboard-state-cancelled = cancelled
dashboard-state-open = open
dashboard-state-closed = closed
