# Deals and the pipeline: /deal, /deals, the deal card, stage moves, /stages.

## Command menu and /help
cmd-deal = New deal for the open client
cmd-deals = My deals by stage
cmd-stages = Pipeline stages (owner)
help-deal = /deal 12000 EUR Website redesign  ·  /deal 5000 USD Audit 25.12
help-deals = /deals — mine by stage, overdue and stale  ·  /deals all — the whole team's
help-stages = /stages — rename, reorder, add and hide stages

## Creating a deal
deal-ask-amount = New deal for { $name }: how much, and what is it? E.g. 12000 EUR Website redesign
deal-ask-title = { $amount } for { $name } — what's the deal called? E.g. Website redesign
deal-created = ✅ Deal created: { $title }
deal-hint-close = Tap 📅 Close date when you know when it should close.
deal-hint-past-close = Note: { $date } has already passed, so the deal shows as overdue.

## The deal card
deal-card-title = 💼 { $title }
deal-card-client = 👤 { $name }
deal-card-amount = 💰 { $amount }
deal-card-stage = 📊 { $stage } · { $probability }% · weighted { $weighted }
deal-card-stage-closed = 📊 { $stage }
deal-card-close = 📅 Expected close: { $date }
deal-card-close-overdue = ⏰ Expected close: { $date } — overdue
deal-card-no-close = 📅 No expected close date yet
deal-card-won = 🏆 Won on { $when }
deal-card-lost = ❌ Lost on { $when }
deal-card-owner = 🧑 Owner: { $owner }
deal-card-source = 📣 Source: { $source }
deal-card-activity = 🕒 Last activity: { $when }
deal-card-history = History:
deal-card-read-only = 👀 { $owner }'s deal: you can see it, not change it.
deal-event-created = { $when } · { $who }: created in { $to }
deal-event-moved = { $when } · { $who }: { $from } → { $to }
deal-event-reassigned = { $when } · { $who }: handed over { $from } → { $to }
deal-event-amount = { $when } · { $who }: amount { $from } → { $to }
deal-event-close = { $when } · { $who }: close date { $from } → { $to }
deal-line = { $title } — { $amount } · { $stage }
deal-client-deals = 💼 Deals:

## Buttons
deal-btn-new = ➕ New deal
deal-btn-all = 💼 All deals
deal-btn-close = 📅 Close date
deal-btn-reassign = 🔁 Hand over
deal-btn-as-is = ✅ Amount as is

## Moving through the pipeline
deal-moved = ✅ Moved: { $from } → { $to }
deal-stale = ⚠️ This deal changed meanwhile — it's now in { $stage }. Nothing was moved; choose again:
deal-stage-gone = ⚠️ That stage is no longer offered. The deal is in { $stage }; choose again:
deal-ask-lost-reason = Why was “{ $title }” lost? Tap a reason or type your own.
deal-reason-price = 💸 Price
deal-reason-competitor = 🥊 Competitor
deal-reason-no-budget = 🪙 No budget
deal-reason-no-response = 🔇 No response
deal-reason-timing = ⏳ Timing
deal-won-ask = 🏆 Won with { $amount }? If the final amount differs, type it (e.g. 11500).
deal-won-kept = 🏆 { $title }: won with { $amount }.
deal-amount-set = ✅ Amount saved.
deal-ask-close = When should “{ $title }” close? E.g. 25.12, next friday, 2027-01-31 — or - to clear the date.
deal-close-set = ✅ Expected close date saved.
deal-pick-owner = Who takes over “{ $title }”?
deal-reassigned = ✅ Handed over to { $owner }. The history stays with the deal.
deal-owner-unchanged = ⚠️ Nothing changed: that member is no longer in the team, or the deal changed meanwhile (now in { $stage }).

## /deals
deals-title = 💼 My deals
deals-title-all = 💼 The team's deals
deals-stage = 📊 { $stage } ({ $count })
deals-overdue = ⏰ Overdue ({ $count })
deals-stale = 💤 No activity for { $days }+ days ({ $count })
deals-more = …and { $count } more
deals-none = No open deals yet. Open a client and send e.g. /deal 12000 EUR Website redesign
deals-of-client = 💼 Deals of { $name }:

## /stages
stages-title = Pipeline stages (names in { $lang ->
    [ru] Russian
    [es] Spanish
    [hi] Hindi
    [vi] Vietnamese
    [fa] Persian
    [ta] Tamil
   *[en] English
}):
stages-line = { $n }. { $name } · { $kind ->
    [won] 🏆
    [lost] ❌
   *[open] { $probability }%
}{ $hidden ->
    [yes] {" "}· hidden
   *[no] {""}
}
stages-hint = Tap a name to rename it in your language (other languages keep theirs; switch with /lang). ↑↓ reorder, 🙈 hides a stage from the buttons.
stages-btn-add = ➕ Add a stage
stages-btn-hide = 🙈 Hide
stages-btn-show = 👁 Show
stages-ask-rename = New name for “{ $name }”? You can add a probability: Demo 40%
stages-ask-new = Name of the new stage? You can add a probability: Demo 40%
stages-saved = ✅ Saved.

## Problems
deal-err-no-client = Which client? Open one first (/find Ivan), then: /deal 12000 EUR Website redesign
deal-err-amount = I couldn't read the amount. Example: /deal 12000 EUR Website redesign
deal-err-no-currency = Which currency? Example: 12000 EUR, $99.99, ₽ 5000
deal-err-negative = An amount can't be negative. Example: 12000 EUR
deal-err-zero = The amount must be above zero. Example: 12000 EUR
deal-err-too-large = That amount is too large to be real. Example: 12000 EUR
deal-err-currency = I don't know the currency “{ $code }”. Use a code like EUR, USD, RUB, INR or a sign like €, $, ₽.
deal-err-decimals = { $code } has { $max ->
    [0] no decimals
    [one] only one decimal
   *[other] only { $max } decimals
}. Example: 12000 { $code }
deal-err-other-currency = This deal is in { $code }. Type the amount in { $code }, e.g. 11500
deal-err-title = What's the deal called? E.g. Website redesign
deal-err-title-long = The title is too long ({ $length } characters; { $max } at most).
deal-err-close = I couldn't find a date. E.g. 25.12, next friday, 2027-01-31 — or - to clear it.
deal-err-note-empty = Send the note's text.
deal-err-gone = I can't find that deal any more. See /deals
deal-err-read-only = “{ $title }” is { $owner }'s deal: you can see it, not change it. Ask { $owner } or your team lead.
deal-err-no-stage = The pipeline has no open stage. The owner can add one: /stages
deal-err-no-colleague = There's nobody else in the team to hand it to. Invite a colleague first.
deal-err-deals-args = Send /deals for yours, or /deals all for the whole team.
stages-err-taken = Another stage is already called “{ $name }”. Pick a different name.
stages-err-last = ⚠️ That is the last visible stage of its kind: at least one open, one won and one lost stage must stay.
stages-err-name = Send the stage's name, e.g. Demo
stages-err-long = That name is too long ({ $length } characters; { $max } at most).
stages-err-probability = A probability is a percent from 0 to 100, e.g. Demo 40%
stages-err-too-many = A pipeline has at most { $max } stages.
