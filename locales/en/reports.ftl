# Numbers on demand: /pipeline, /stats, /when, /target, /source, /sources.
# Amounts arrive already formatted for the language ("12,000 EUR + 500 USD"); never add currencies together.

## Command menu and /help
cmd-pipeline = Pipeline: stages, forecast, win rate
cmd-stats = Meetings: held, follow-ups, planned
cmd-when = My next and last meeting with a client
cmd-target = Revenue targets and progress
cmd-source = Lead source of a client, source costs
cmd-sources = Which lead source pays
help-pipeline = /pipeline  ·  /pipeline quarter  ·  /pipeline 01.10..31.12 @Anna
help-stats = /stats — last week  ·  /stats this month  ·  /stats next month @Anna
help-when = /when Ivanov — my next and last meeting and call with him
help-target = /target 50000 EUR month  ·  /target 150000 EUR quarter @Anna  ·  /target
help-source = /source Banner (the client in focus)  ·  /source cost Banner 500 EUR 2026-11
help-sources = /sources  ·  /sources quarter

## Periods and people
rep-period-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
rep-period-quarter = Q{ $quarter } { $year }
rep-period-range = { $from } – { $to }
rep-who-team = Team

## Buttons
rep-btn-week = Week
rep-btn-month = Month
rep-btn-quarter = Quarter
rep-btn-last-week = Last week
rep-btn-this-week = This week
rep-btn-last-month = Last month
rep-btn-this-month = This month
rep-btn-next-month = Next month
rep-btn-open-client = Open { $name }

## /pipeline
rep-pipe-title = 📊 Pipeline
rep-pipe-open = Open deals now:
rep-pipe-empty = No open deals yet.
rep-pipe-stage = { $number }. { $name } — { $count ->
    [0] no deals
    [one] 1 deal · { $sum }
   *[other] { $count } deals · { $sum }
}
rep-pipe-weighted = { "   " }weighted { $sum }
rep-pipe-moved = { "   " }moved on: { $forward } of { $left } ({ $percent }%)
rep-pipe-forecast = Weighted forecast: { $sum }
rep-pipe-flow = { $new } new · { $won } won · { $lost } lost
rep-pipe-won = Won: { $sum }
rep-pipe-win-rate = Win rate: { $percent }% ({ $won } of { $closed })
rep-pipe-no-closed = No deals won or lost in this period.
rep-pipe-days = Average time to win: { $days ->
    [one] 1 day
   *[other] { $days } days
}

## Targets
rep-target-progress = { $won } of { $target } — { $percent }%
rep-target-set-team = ✅ Team target: { $amount }
rep-target-set-member = ✅ Target for { $name }: { $amount }
rep-target-removed = 🗑 Target in { $currency } removed:
rep-targets-title = 🎯 Targets this month and quarter
rep-targets-none = No targets yet. Set one: /target 50000 EUR month

## /stats and /when
rep-stats-title = 📅 Meetings
rep-stats-held = Held: { $held }
rep-stats-outcomes = → next step: { $next } · → won: { $won }
rep-stats-booked = Follow-up meetings booked: { $count }
rep-stats-planned = { $count ->
    [0] no meetings planned
    [one] 1 meeting planned
   *[other] { $count } meetings planned
}
rep-when-title = 🗓 { $name }
rep-when-next-meeting = ⏭ Next meeting: { $when }
rep-when-last-meeting = ⏮ Last meeting: { $when }
rep-when-next-call = 📞 Next call: { $when }
rep-when-last-call = 📞 Last call: { $when }
rep-when-no-next-meeting = ⏭ No meeting planned.
rep-when-no-last-meeting = ⏮ No meeting yet.
rep-when-no-next-call = 📞 No call planned.
rep-when-no-last-call = 📞 No call yet.
rep-when-pick = { $count } clients match “{ $query }”. Which one?

## Lead sources
rep-source-is = { $name }: source “{ $source }”. Change it: /source Banner
rep-source-unset = { $name } has no source yet. Set one: /source Banner
rep-source-set = ✅ { $name }: source “{ $source }”
rep-source-cleared = ✅ { $name }: source removed
rep-source-none = (no source)
rep-cost-set = ✅ { $source } cost { $amount }
rep-sources-title = 📣 Lead sources
rep-sources-empty = Nothing in this period: no new clients, deals or costs.
rep-sources-return = return { $return }
rep-sources-return-roi = return { $return } (ROI { $roi }%)
rep-sources-detail = { "   " }won { $won } ({ $won_deals }) · cost { $cost } · new clients { $clients } · deals { $deals }
rep-sources-quiet = No revenue or cost yet:
rep-sources-counts = new clients { $clients } · deals { $deals }

## Bad input
rep-err-period = I don't know the period “{ $input }”. Try: week, month, quarter, last month, 2026-11, Q4 2026 or 01.10..31.12
rep-err-date = “{ $input }” is not a date. Example: /pipeline 01.10..31.12
rep-err-range-reversed = The period ends before it starts. Example: /pipeline 01.10..31.12
rep-err-range-long = That's too long a period: at most { $days } days.
rep-err-nobody = Nobody in your team is called “{ $name }”. Check /team.
rep-err-several-members = Several people match “{ $name }”: { $names }. Type more of the name.
rep-err-own-only = You see your own numbers; the team's are for the owner and leads.
rep-err-amount = I can't read the amount in “{ $input }”. Example: /target 50000 EUR month
rep-err-no-currency = Which currency? Example: /target 50000 EUR month
rep-err-currency = “{ $code }” is not a currency I know. Use a code such as EUR, USD or RUB.
rep-err-negative = The amount must be a positive number.
rep-err-too-large = That amount is too large to be real.
rep-err-decimals = { $currency } has { $max ->
    [0] no decimals
    [one] 1 decimal
   *[other] { $max } decimals
}.
rep-err-target-period = A target is for a month or a quarter. Example: /target 50000 EUR quarter
rep-err-target-past = That period is over: set a target for this or a later month or quarter.
rep-err-when-empty = Whose meetings? Example: /when Ivanov
rep-err-when-none = No client matches “{ $query }”.
rep-err-source-no-focus = Open a client first (/find), then: /source Banner
rep-err-source-long = A source name can have at most { $max } characters (this one has { $length }).
rep-err-cost-usage = Write the source, the amount and the month. Example: /source cost Banner 500 EUR 2026-11
rep-err-cost-month = Costs are per month. Example: /source cost Banner 500 EUR 2026-11
