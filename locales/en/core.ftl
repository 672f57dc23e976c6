# Pocket CRM — English (the fallback locale: every key lives here first).
# Keep replies phone-sized. Arguments in { $braces } are filled in by the bot.

## Date formats (chrono strftime patterns; month and day names come from the locale)
fmt-datetime = %a %d %b, %H:%M
fmt-date = %a %d %b %Y
fmt-time = %H:%M

## Command menu (setMyCommands) — short descriptions
cmd-add = Add a client
cmd-find = Find a client
cmd-meet = Log or plan a meeting
cmd-call = Log or plan a call
cmd-note = Write a note
cmd-remind = Set a reminder
cmd-today = Today's agenda
cmd-week = This week's agenda
cmd-lang = Change language
cmd-tz = Change time zone
cmd-before = Reminder lead time for meetings
cmd-cancel = Cancel what I'm asking
cmd-help = Commands with examples
cmd-start = Start and settings

## /help — one example per command
help-title = Here is what I can do:
help-add = /add Ivan Petrov +7 999 123-45-67 ivan@example.com #vip @Acme
help-find = /find petrov  ·  /find 999 123  ·  /find #vip
help-meet = /meet tomorrow 15:00 demo  ·  /meet yesterday 11:00 discussed the price
help-call = /call in 2h follow up  ·  /call agreed on a trial
help-note = /note wants a discount for 3 licenses
help-remind = /remind tomorrow 10:00 call Ivan  ·  /remind in 2h send the offer  ·  /remind 25.12 9:30 greetings
help-today = /today — meetings, calls and reminders for today
help-week = /week — the next 7 days
help-lang = /lang — or /lang ru
help-tz = /tz Moscow  ·  /tz Europe/Madrid  ·  /tz UTC+3
help-before = /before 15 — remind 15 minutes before meetings and calls
help-cancel = /cancel — stop a step-by-step question
help-help = /help — this list
help-start = /start — welcome, language and time zone

## Languages (each shown in its own language on the buttons)
lang-name = { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}

## /start and settings
start-welcome = 👋 Hi, { $name }! I'm Pocket CRM: your clients, meetings and reminders, right here in Telegram.
start-welcome-back = 👋 Welcome back, { $name }!
start-pick-lang = Choose your language:
lang-set = ✅ Language: English.
tz-prompt = 🕒 Your time zone? Tap one, or type a city, a zone name or an offset (e.g. Moscow, Europe/Madrid, UTC+3). Now: { $current }.
tz-set = ✅ Time zone: { $zone }. Your time now: { $now }.
start-next = You're all set. Try: /add Ivan Petrov +7 999 123-45-67 — or /help for everything.
before-set = ✅ I'll remind you { $minutes ->
    [0] at the start of
    [one] { $minutes } minute before
   *[other] { $minutes } minutes before
} meetings and calls.
cancelled = OK, cancelled. Nothing was saved.

## Clients
add-ask-name = What's the client's name? (You can add the phone, e-mail, #tags and @company on the same line.)
add-ask-details = Now { $name }'s phone, e-mail, #tags, @company — in one line. Or send - to skip.
client-added = ✅ Client added: { $name }
client-updated = ✅ Saved: { $name }
contact-exists = This contact is already your client: { $name }
dup-found = ⚠️ Looks like you already have { $count ->
    [one] this client: { $name }.
   *[other] { $count } similar clients, e.g. { $name }.
} Open it, or create a new one anyway?
edit-prompt = Send corrections for { $name } in one line: a new name, +phone, e-mail, #tag, @company. Phones, e-mails and tags are added; name and company are replaced.
find-results = 🔎 “{ $query }”: { $total ->
    [one] one client
   *[other] { $total } clients, showing { $from }–{ $to }
}
find-none = 🔎 Nobody matches “{ $query }”. Try part of a name, phone digits, an e-mail, @company or #tag — or add them: /add { $query }

## Client card
card-name = 👤 { $name }
card-company = 🏢 { $company }
card-phone = 📞 { $phone }
card-email = ✉️ { $email }
card-tags = 🏷 { $tags }
card-history = Recent:
card-no-history = No meetings, calls or notes yet.
card-next-reminder = ⏰ Next: { $when } — { $text }

## History lines
outcome-suffix = { $outcome ->
    [next] {" "}· ➡️ next step
    [won] {" "}· 🏆 won
    [open] {" "}· ⏸ no decision
    [lost] {" "}· ❌ lost
   *[none] {""}
}
line-meeting = 🤝 { $when } meeting: { $summary }{ outcome-suffix }
line-meeting-planned = 📅 { $when } meeting (planned): { $summary }
line-call = 📞 { $when } call: { $summary }{ outcome-suffix }
line-call-planned = 📅 { $when } call (planned): { $summary }
line-note = 📝 { $when } { $summary }
line-message = 💬 { $when } { $summary }
line-reminder = { $state ->
    [sent] ✔️
    [done] ✅
    [failed] ❗
    [interrupted] ⚠️
   *[other] ⏰
} { $when } { $text }{ $state ->
    [interrupted] {" "}(delivery was interrupted — it may not have reached you)
    [failed] {" "}(could not be delivered)
   *[other] {""}
}

## Meetings, calls, notes
ask-meeting = When was or will be the meeting with { $name }, and what about? E.g. “tomorrow 15:00 demo” or “yesterday 11:00 discussed the price”.
ask-call = When was or will be the call with { $name }, and what about? E.g. “in 2h follow up” or “agreed on a trial”.
ask-note = Send the note for { $name }.
logged-meeting = ✅ Meeting with { $name } logged ({ $when }). How did it go?
logged-call = ✅ Call with { $name } logged ({ $when }). How did it go?
logged-note = ✅ Note saved to { $name } ({ $when }).
planned-meeting = 📅 Meeting with { $name }: { $when }. I'll remind you { $remind }.
planned-call = 📅 Call with { $name }: { $when }. I'll remind you { $remind }.
outcome-next = ➡️ Next step
outcome-won = 🏆 Won
outcome-open = ⏸ No decision
outcome-lost = ❌ Lost
outcome-saved = ✅ Outcome saved: { $outcome ->
    [next] next step
    [won] won
    [lost] lost
   *[open] no decision
}.
note-offer = Save this as a note to { $name }?
note-dropped = OK, not saved.

## Agenda
agenda-today = 📋 Today, { $date } — { $count ->
    [0] nothing planned
    [one] one item
   *[other] { $count } items
}
agenda-week = 📋 The next 7 days from { $date } — { $count ->
    [0] nothing planned
    [one] one item
   *[other] { $count } items
}
agenda-empty = Free as a bird. Plan something: /meet tomorrow 15:00 demo

## Reminders
ask-remind = When should I remind you about { $name }, and of what? E.g. “tomorrow 10:00 send the offer”.
remind-set = ⏰ I'll remind you { $when }: { $text }
remind-moved = ⏰ Moved to { $when }: { $text }
reminder-due = ⏰ { $text }
reminder-activity = ⏰ { $kind ->
    [call] Call
   *[meeting] Meeting
} with { $name } at { $when }: { $text }
reminder-client = 👤 { $name }
reminder-late = (late: it was due { $when }, I was offline)
reminder-done = ✅ Done: { $text }

## Buttons
btn-meeting = 🤝 Meeting
btn-call = 📞 Call
btn-note = 📝 Note
btn-remind = ⏰ Remind
btn-edit = ✏️ Edit
btn-open = Open { $name }
btn-open-client = 👤 Open client
btn-create-anyway = ➕ Create anyway
btn-cancel = ✖️ Cancel
btn-next = Next ›
btn-prev = ‹ Back
btn-done = ✅ Done
btn-hour = +1 hour
btn-tomorrow = Tomorrow
btn-save-note = 📝 Save as note
btn-share-contact = 📱 Share my phone number

## Hints
hint-start = 👋 Send /start to begin.
hint-plain = I keep clients, meetings and reminders. Open a client first (/find Ivan) and I'll offer to save your text as a note — or see /help.

## Errors: short, with an example
err-internal = 😕 Something went wrong on my side; nothing was saved. Please try again in a moment.
err-empty = I only read text here. Try /help.
err-too-long = That's too long for me ({ $length } characters; { $max } at most). Please shorten it.
err-no-workspace = Send /start first — it takes ten seconds.
err-unknown-command = I don't know { $command }. See /help — e.g. /add Ivan Petrov +7 999 123-45-67
err-lang = I speak: { $langs }. E.g. /lang es
err-tz = I couldn't read the time zone “{ $input }”. Try a city (Moscow, Madrid), a zone (Europe/Madrid) or an offset (UTC+3).
err-before = Send minutes, e.g. /before 15 (now: { $current }).
err-add-name = Please send the client's name, e.g. Ivan Petrov
err-add-details = I didn't understand “{ $words }”. Send e.g. +7 999 123-45-67 ivan@example.com #vip @Acme — or - to skip.
err-name-long = The name is too long ({ $length } characters; { $max } at most).
err-phone = “{ $input }” doesn't look like a phone number. Example: +7 999 123-45-67
err-email = “{ $input }” doesn't look like an e-mail. Example: ivan@example.com
err-tag = “{ $input }” is empty. Example: #vip or @Acme
err-find-empty = What should I look for? E.g. /find petrov or /find 999 123
err-client-gone = I can't find that client any more. Try /find
err-no-focus = Which client? Open one first (/find Ivan) or name them: /meet Ivan Petrov tomorrow 15:00 demo
err-date = I couldn't read the date in “{ $input }”. Examples: tomorrow 10:00, 25.12 9:30, 2026-12-25, in 2h
err-remind-empty = What and when? E.g. /remind tomorrow 10:00 call Ivan
err-remind-when = When should I remind you? I couldn't find a time in “{ $input }”. E.g. /remind tomorrow 10:00 call Ivan, /remind in 2h send the offer
err-remind-text = What should I remind you of { $when }? E.g. /remind tomorrow 10:00 call Ivan
err-past = { $when } has already passed. E.g. /remind tomorrow 10:00 call Ivan
err-summary-long = That's longer than I keep in one entry ({ $max } characters at most).

## Teams: whose client it is
dup-owner = 👤 { $owner } works with them · last contact { $when }
dup-owner-quiet = 👤 { $owner } works with them · no contact yet
card-owner = 🧑‍💼 Owner: { $owner }
role-owner = owner
role-lead = lead
role-manager = manager
err-read-only = { $name } is { $owner }'s client: you can see it, not change it. Ask { $owner } or your team lead.
err-role = Your role in the team doesn't allow that. Ask the team owner.
