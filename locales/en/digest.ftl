# The daily digest, stale alerts and the team group (core/digest). Keep lines short: a phone screen.

## Command menu and /help
cmd-digest = Daily digest: now or on schedule
help-digest = /digest — now  ·  /digest 08:30 mon-fri  ·  /digest off  ·  /digest here (in the team group)

## The digest
digest-title-team = ☀️ { $team } — { $date }
digest-title-own = ☀️ Your digest — { $date }
digest-late = ⏰ Late: it was due at { $when } while I was offline.
digest-yesterday = 📒 Yesterday, { $date }:
digest-since = 📒 Since { $date }:
digest-idle = nothing logged
digest-idle-members = ▫️ Nothing logged: { $names }
digest-meetings = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
}
digest-calls = { $count ->
    [one] 1 call
   *[other] { $count } calls
}
digest-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
digest-moves = { $count ->
    [one] 1 deal moved
   *[other] { $count } deals moved
}
digest-won = ✅ won { $count }: { $amount }
digest-lost = ❌ lost { $count }: { $amount }
digest-targets = 🎯 Targets:
digest-target-team = • Team, { $period ->
    [month] this month
   *[quarter] this quarter
}: { $done } of { $target } ({ $percent }%)
digest-target-member = • { $name }, { $period ->
    [month] this month
   *[quarter] this quarter
}: { $done } of { $target } ({ $percent }%)
digest-agenda = 📅 Today: { $count }
digest-agenda-none = 📅 No meetings or calls today.
digest-agenda-line = • { $time } { $kind ->
    [call] 📞
   *[meeting] 🤝
} { $client }
digest-overdue = ⚠️ Overdue reminders: { $count }
digest-overdue-line = • { $when }: { $text }
digest-stale = 💤 Quiet for { $days }+ days: { $count }
digest-stale-line = • { $title } ({ $client }), { $amount }, { $days } d
digest-new-clients = 🆕 New clients: { $count }
digest-no-source = no source { $count }
digest-more = …and { $count } more
digest-btn-today = 📅 Today

## Settings
digest-footer-on = ⚙️ Comes at { $time } —
digest-footer-off = ⚙️ The daily digest is off: /digest on turns it on.
digest-set = ✅ Digest at { $time } —
digest-next = Next: { $when }.
digest-set-off = 🔕 No daily digest. /digest still shows it any time; /digest on brings it back.
digest-days-all = every day
digest-wd-1 = Mon
digest-wd-2 = Tue
digest-wd-3 = Wed
digest-wd-4 = Thu
digest-wd-5 = Fri
digest-wd-6 = Sat
digest-wd-7 = Sun
err-digest-args = I didn't get “{ $input }”. Try: /digest 08:30  ·  /digest mon-fri  ·  /digest mon,wed,fri  ·  /digest on  ·  /digest off
err-digest-time = “{ $input }” is not a time of day. Example: /digest 08:30

## The team group
digest-here-private = Add me to your team's Telegram group and send /digest here there: I'll post the team digest in it every morning.
digest-here-set = ✅ The { $team } digest will be posted here at { $time } —
digest-here-owner = Only the team owner can choose the team group.
digest-here-taken = This group already gets another team's digest.
digest-here-off = 🔕 The team digest is no longer posted in the group.
digest-here-none = No team group is set. Add me to a group and send /digest here there.
digest-group-members-only = I work for members of the { $team } team only.

## Stale alerts
stale-title = 💤 No activity for { $days }+ days: { $count }
stale-deal-line = • { $title } ({ $client }), { $amount } — quiet since { $since }
stale-client-line = • { $client } — quiet since { $since }
stale-more = …and { $count } more next time
stale-btn-call = 📞 { $name }
stale-btn-remind = ⏰ Remind
stale-btn-snooze = 💤 A week
stale-snoozed = 💤 { $name }: snoozed until { $until }.
