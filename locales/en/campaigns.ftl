# Segments and campaigns: /segment, /segments, /campaign, /campaigns, /redeem, /birthday, /promo.


## Command menu and /help
cmd-segment = Build a segment of clients
cmd-segments = Saved segments
cmd-campaign = Send a promotion (owner, leads)
cmd-campaigns = Campaigns and their results
cmd-redeem = Redeem a promo code
cmd-birthday = Set a client's birthday
cmd-promo = Promotion settings
help-segment = /segment — pick conditions, see who matches, save
help-segments = /segments — saved segments with their counts
help-campaign = /campaign — text, photo, link, code; preview, then send or schedule
help-campaigns = /campaigns — progress and results; pause, resume, cancel
help-redeem = /redeem K7M2QX9A  ·  /redeem SPRING25 Ivan Petrov
help-birthday = /birthday 12.05  ·  /birthday Ivan Petrov 12 May 1990
help-promo = /promo  ·  /promo cap 2  ·  /promo birthday Happy birthday!

## Segments: the builder
seg-title = 👥 New segment
seg-hint = Tap a condition to add it, tap it again to remove it. 💾 Save when it looks right.
seg-hint-buttons = Tap a condition below (or /cancel).
seg-cond-none = All clients (no conditions yet)
seg-cond-tags = 🏷 Tagged { $tags }
seg-cond-source = 📣 Came from { $source }
seg-cond-stage = 📊 Open deal in { $stage }
seg-cond-won = 🏆 Has won a deal
seg-cond-lost = ❌ Has lost a deal
seg-cond-before = 🕒 Last activity before { $date }
seg-cond-after = 🕒 Active since { $date }
seg-cond-total = 💰 Won at least { $amount }
seg-cond-purchases = 🛒 At least { $n } purchases
seg-cond-month = 🎂 Birthday in
seg-cond-lang = 🌐 Reads
seg-cond-subscribed = 🔔 Subscribed to promotions
seg-cond-unsubscribed = 🔕 Not subscribed
seg-count = 👥 { $total ->
    [one] 1 client matches
    *[other] { $total } clients match
    }, { $subscribed } subscribed
seg-sample = e.g. { $names }
seg-nobody = 🫥 No client matches. Remove a condition (tap it again) or change a value.
seg-none-subscribed = ⚠️ None of them is subscribed to promotions, so a campaign would reach no one. Invite customers with /optin.
seg-btn-tags = 🏷 Tags
seg-btn-source = 📣 Source
seg-btn-stage = 📊 Stage
seg-btn-won = 🏆 Won
seg-btn-lost = ❌ Lost
seg-btn-before = ⏮ Quiet since
seg-btn-after = ⏭ Active since
seg-btn-total = 💰 Total won
seg-btn-purchases = 🛒 Purchases
seg-btn-month = 🎂 Birthday
seg-btn-lang = 🌐 Language
seg-btn-subscribed = 🔔 Subscribed
seg-btn-clear = 🧹 Clear
seg-btn-save = 💾 Save
seg-btn-yes = ✅ Subscribed
seg-btn-no = 🔕 Not subscribed
seg-btn-campaign = 📣 Campaign: { $name }

## Segments: questions
seg-ask-skip = Type - to go back.
seg-ask-tags = Which tags? Any of them counts, e.g. #vip #gold. Your team uses: { $examples }
seg-ask-source = Which source? Tap one or type it.
seg-ask-stage = Clients with an open deal in:
seg-ask-before = Quiet since when? E.g. 01.09, 1 Sep 2026, or 90 (days ago)
seg-ask-after = Active since when? E.g. 01.09, 1 Sep 2026, or 30 (days ago)
seg-ask-total = Won deals add up to at least how much? E.g. 50000 EUR
seg-ask-purchases = At least how many purchases (won deals)? E.g. 2
seg-ask-month = Birthday in:
seg-ask-lang = Customers who read:
seg-ask-subscribed = Subscribed to promotions?
seg-ask-name = Name this segment, e.g. VIP Moscow
seg-saved = 💾 Segment “{ $name }” saved.

## Segments: mistakes
seg-err-stale = That segment builder is closed. Start again: /segment
seg-err-tags = Type one or more tags, e.g. #vip #gold. Your team uses: { $examples }
seg-err-tag = No client has the tag { $tag }. Your team uses: { $examples }
seg-err-source = No client came from “{ $source }”. Your sources: { $known }
seg-err-date = I couldn't read a date in “{ $input }”. E.g. 01.09, 1 Sep 2026, or 30 for 30 days ago
seg-err-amount = I couldn't read an amount in “{ $input }”. E.g. 50000 EUR
seg-err-currency = In which currency? Add it, e.g. 50000 EUR
seg-err-number = A whole number from 1 to 1000, please, e.g. 2
seg-err-name = A name of 1–{ $max } characters, please, e.g. VIP Moscow
seg-err-name-taken = There's already a segment called “{ $name }”. Pick another name.

## Segments: the list
seg-list-title = 👥 Segments:
seg-list-line = • { $name }: { $total ->
    [one] 1 client
    *[other] { $total } clients
    }, { $subscribed } subscribed
seg-list-more = …and { $n } more
seg-list-empty = No segments yet. Build one: /segment
seg-no-clients = 🫥 You have no clients yet. Add some with /add, or invite customers with /optin.

## Month names
seg-month = { $month ->
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
    }

## Campaigns: composing
camp-no-segments = First choose whom to write to: build a segment with /segment
camp-pick-segment = 📣 New campaign. Who is it for? Pick a segment:
camp-picked = 👥 “{ $name }”: { $subscribed ->
    [one] 1 subscribed customer
    *[other] { $subscribed } subscribed customers
    }.
camp-ask-text = ✍️ Write the promotion in
camp-ask-text-hint = Your own words, exactly as customers will see them (up to { $max } characters).
camp-text-saved = ✅ Text saved.
camp-ask-versions = Some customers in this segment read other languages. Add a version for them, or tap Next — they'll get your text.
camp-ask-photo = 🖼 Add a photo? Send it now (with a photo the text may be up to 1024 characters).
camp-photo-saved = 🖼 Photo added.
camp-ask-link = 🔗 Add a link button? Send the address and, if you like, its label: https://shop.example/sale Open the sale
camp-ask-code = 🎟 Add a promo code?
camp-ask-shared-code = Type the code every customer gets, e.g. SPRING25 (3–32 letters and digits).
camp-ask-percent = What discount, in percent (1–90)? E.g. 15 — each customer gets a code of their own.
camp-ask-followup = ↪️ Send a follow-up a few days later to those who don't press the button?
camp-ask-followup-text = After how many days (1–30), and what should it say? E.g. 3 Last chance: the sale ends tomorrow!
camp-btn-version = ✍️
camp-btn-version-done = ✅
camp-btn-next = ➡️ Next
camp-btn-skip = ⏭ Skip
camp-btn-code-none = No code
camp-btn-code-shared = 🎟 One code for all
camp-btn-code-unique = 🔑 A code each
camp-btn-code-percent = 💯 Personal % discount
camp-btn-followup = ➕ Add a follow-up
camp-btn-drop = 🗑 Drop the draft
camp-hint-buttons = Please tap one of the buttons below.
camp-hint-photo = Send a photo, or tap Skip.
camp-photo-unexpected = I use photos only in campaigns. To add one, start with /campaign

## Campaigns: summary, preview, start
camp-summary-title = 📣 Campaign for “{ $name }”
camp-audience = 👥 { $subscribed } subscribed in the segment · { $held } held back by the weekly cap ({ $cap } a week) · { $receive } will receive it
camp-summary-langs = 🌐 Texts: { $langs }
camp-summary-photo = 🖼 With a photo
camp-summary-no-photo = 🖼 No photo
camp-summary-link = 🔗 { $url }
camp-summary-no-link = 🔗 No link
camp-summary-code-none = 🎟 No code
camp-summary-code-shared = 🎟 One code for everyone: { $code }
camp-summary-code-unique = 🔑 A unique code for each customer
camp-summary-code-percent = 💯 A personal { $percent }% discount code for each customer
camp-summary-followup = ↪️ A follow-up after { $days } days to those who don't press
camp-summary-no-followup = ↪️ No follow-up
camp-summary-nobody = ⚠️ Right now the weekly cap holds back everyone in the segment.
camp-btn-preview = 👁 Preview
camp-btn-send = 🚀 Send now
camp-btn-schedule = 🕒 Schedule
camp-preview-note = 👆 That's exactly what customers will get.
camp-preview-followup = ↪️ And { $days } days later, to those who didn't press the button:
camp-started = 🚀 Sending to { $receive ->
    [one] 1 customer
    *[other] { $receive } customers
    } ({ $held } held back by the weekly cap). The progress will show up here.
camp-ask-when = 🕒 When should it go out? Your time ({ $zone }), e.g. tomorrow 10:00 or 25.12 09:30
camp-scheduled = 🕒 Scheduled for { $when }. You can cancel it until then: /campaigns
camp-dropped = 🗑 Draft dropped.

## Campaigns: the list and a campaign's report
camp-list-title = 📣 Recent campaigns:
camp-list-figures = ✅ { $sent } · 👆 { $presses } · 🎟 { $redeemed } · 👋 { $unsubscribes }
camp-list-empty = No campaigns yet. Build a segment with /segment, then send with /campaign
camp-kind-promo = 📣 { $name }
camp-kind-followup = ↪️ Follow-up: { $name }
camp-kind-birthday = 🎂 Birthday greetings { $year }
camp-at = { $when }
camp-finished-at = 🏁 Finished { $when }
camp-state-draft = draft
camp-state-scheduled = scheduled
camp-state-sending = sending
camp-state-paused = paused
camp-state-done = done
camp-state-cancelled = cancelled
camp-btn-pause = ⏸ Pause
camp-btn-resume = ▶️ Resume
camp-btn-cancel = ✖ Cancel the campaign
camp-paused = ⏸ Paused: nothing more goes out until you resume.
camp-resumed = ▶️ Resumed.
camp-cancelled = ✖ Cancelled: nothing more goes out.

## Codes and birthdays
camp-redeemed = ✅ Code { $code } redeemed.
camp-redeemed-client = 👤 { $name }
camp-redeemed-campaign = 📣 Campaign: { $name }
camp-birthday-set = 🎂 { $name }:
camp-birthday-cleared = 🎂 Birthday removed for { $name }.
camp-birthday-hint = To greet customers on their birthday, write the greeting: /promo birthday Happy birthday! Here's 10% off for you
camp-card-birthday = 🎂 Birthday:

## Promotion settings
camp-promo-title = 🎯 Promotion settings
camp-promo-saved = ✅ Saved.
camp-promo-cap = ✋ At most { $cap } promotions a week per customer (0: no cap)
camp-promo-paid-on = 💫 Paid broadcasts: on (up to 1000 messages a second, paid in Stars)
camp-promo-paid-off = 🐢 Paid broadcasts: off (up to 30 messages a second, free)
camp-promo-paid-explain = 💫 Paid broadcasts send up to 1000 messages a second instead of 30; Telegram charges Stars for each message above the free limit. Only the owner turns them on.
camp-promo-birthday = 🎂 Birthday greeting (sent at 10:00 in the customer's time zone):
camp-promo-birthday-off = 🎂 Birthday greetings: off
camp-promo-gift-none = 🎁 Gift: no code
camp-promo-gift-unique = 🎁 Gift: a personal code
camp-promo-gift-percent = 🎁 Gift: a personal { $percent }% discount code
camp-promo-usage = Change: /promo cap 2 · /promo birthday Happy birthday! · /promo birthday off · /promo gift none | unique | 15% · /promo paid on | off
camp-promo-read-only = Only the owner and leads change these.
camp-btn-paid-on = 💫 Turn paid broadcasts on
camp-btn-paid-off = 🐢 Turn paid broadcasts off

## Campaigns: mistakes and refusals
camp-err-role = Only the owner and leads send campaigns. You can see them in /campaigns and redeem codes with /redeem.
camp-err-owner = Only the team owner can do that.
camp-err-gone = That campaign is no longer there. Start again: /campaign
camp-err-state = Nothing changed. The campaign is now:
camp-err-nobody = “{ $name }” has no subscribed customers ({ $total } clients match, none subscribed), so there is no one to send to. Invite customers with /optin or pick another segment.
camp-err-text-empty = The promotion needs some text. Write what customers should read, e.g. Spring sale: 20% off everything until Sunday!
camp-err-text-long = That's { $length } characters; a message holds { $max }. Please shorten it.
camp-err-caption-long = With a photo the text is its caption: { $max } characters at most, and this one has { $length }. Shorten it or skip the photo.
camp-err-caption-which = Too long for a caption:
camp-err-link = That isn't a web address. Send one starting with https://, e.g. https://shop.example/sale Open the sale
camp-err-label = The button label is too long ({ $max } characters at most).
camp-err-code = A code is 3–32 Latin letters and digits (- and _ inside), e.g. SPRING25
camp-err-percent = A discount is a whole number from 1 to 90, e.g. 15
camp-err-followup = Start with the number of days (1–30), then the text: 3 Last chance: the sale ends tomorrow!
camp-err-when = I couldn't read a time in “{ $input }”. E.g. tomorrow 10:00, 25.12 09:30, friday 18:00
camp-err-past = { $when } has already passed. Pick a time ahead, e.g. tomorrow 10:00
camp-err-client = No client matches “{ $name }”. Check with /find { $name }
camp-err-clients = Several clients match “{ $name }”: { $names }. Type more of the name.
camp-err-redeem-usage = Which code? E.g. /redeem K7M2QX9A (for a shared code add the customer: /redeem SPRING25 Ivan Petrov)
camp-err-redeem-who = { $code } is shared by everyone: for which customer? Open their card first, or type /redeem { $code } Ivan Petrov
camp-err-redeemed-before = { $code } was already redeemed on { $when } by { $member }. Nothing changed.
camp-err-no-code = No such code: { $code }. Check it and type it as printed, e.g. /redeem K7M2QX9A
camp-err-birthday-usage = Whose birthday, and when? E.g. /birthday 12.05 for the open client, or /birthday Ivan Petrov 12 May
camp-err-birthday-date = I couldn't read a birthday in “{ $input }”. Examples: /birthday 12.05 · /birthday Ivan Petrov 12 May 1990
camp-err-birthday-who = Which client? Open one first (/find Ivan) or name them: /birthday Ivan Petrov 12.05
camp-err-cap = The weekly cap is a number from 0 to 100 (0: no cap). E.g. /promo cap 2
camp-err-paid = Use /promo paid on or /promo paid off
camp-err-greeting = Write the greeting after the command (up to 4096 characters): /promo birthday Happy birthday! 🎂 — or turn it off: /promo birthday off
camp-err-gift = The birthday gift is none, unique, or a percent from 1 to 90: /promo gift 15%
camp-err-promo-args = I don't know that setting. E.g. /promo cap 2 · /promo birthday Happy birthday! · /promo gift 10% · /promo paid on

## Progress and reports
camp-progress = 📤 Sent { $sent } · failed { $failed } · blocked { $blocked } · left { $remaining }
camp-progress-paused = ⏸ Paused
camp-eta-unknown = ⏱ Working out the time left…
camp-eta-seconds = ⏱ About { $seconds } s left
camp-eta-minutes = ⏱ About { $minutes } min left
camp-eta-hours = ⏱ About { $hours } h { $minutes } min left
camp-report-delivered = ✅ Delivered: { $n }
camp-report-blocked = 🚫 Blocked the bot: { $n }
camp-report-failed = ⚠️ Failed: { $n }
camp-report-held = ✋ Held back by the weekly cap: { $n }
camp-report-unconfirmed = ❔ Unconfirmed (sending was interrupted): { $n }
camp-report-remaining = 📤 Still to send: { $n }
camp-report-presses = 👆 Button presses: { $n }
camp-report-redeemed = 🎟 Codes redeemed: { $n }
camp-report-unsubscribes = 👋 Unsubscribed: { $n }
