# Customers: what a customer sees, and the members' commands about customers.

promo-code = Your code: { $code }
promo-code-percent = Your personal discount: { $percent }% with code { $code }
promo-open-link = Open
promo-unsubscribe = Unsubscribe

## /optin — the members' side
cmd-optin = Customer opt-in link and QR code
help-optin = /optin — your team's link and QR code for customers  ·  /optin Anna — a personal link for one client
cust-optin-team = 📣 Customers subscribe to { $team }'s offers with this link (the QR code above is the same link):
cust-optin-team-how = Print the QR code or send the link. Customers see who is writing and agree with one tap; they get at most { $cap } promotions a week and can stop any time.
cust-optin-personal = 🔗 Personal link for { $name }:
cust-optin-personal-how = Send it to { $name }: when they agree, the subscription lands on their card.
cust-optin-pick = { $count } clients match. Whose personal link?
cust-optin-none = No client of yours matches “{ $query }”. Example: /optin Anna
cust-optin-subscribed = { $name } is already subscribed.
cust-optin-renew-ask = Make a new team link? The old link and its printed QR codes stop working at once.
cust-optin-renewed = ✅ New link made; the old one no longer works.
cust-optin-own-team = This is { $team }'s link for customers: it subscribes them to your promotions. You are in the team, so nothing changed.
cust-btn-personal = 🔗 Personal link for { $name }
cust-btn-renew = ♻️ New team link
cust-btn-renew-yes = Yes, new link

## Opening a link
cust-offer = 👋 { $team } would like to send you promotions and personal offers here in Telegram.
cust-offer-terms = • At most { $cap ->
    [one] one message
   *[other] { $cap } messages
} a week.
    • Stop any time: tap Unsubscribe under any message, or send /stop.
    • /mydata shows what { $team } keeps about you; /forget deletes it.
cust-btn-agree = ✅ I agree
cust-subscribed = ✅ Done! You'll get { $team }'s offers here, at most { $cap } a week. /stop any time.
cust-share-ask = Want { $team } to recognise you? Share your phone with the button below (optional).
cust-already-subscribed = You're already subscribed to { $team }'s offers.
cust-link-unknown = This link doesn't work (it may have been replaced). Ask for a new one. Nothing was saved.
cust-link-taken = This personal link belongs to someone else. Ask for your own. Nothing was saved.
cust-notice-subscribed = 🔔 { $how ->
    [personal] Subscribed with your personal link:
    [resume] Subscribed again:
   *[team] New subscriber (team link):
}

## The customer's phone
cust-contact-not-own = I can only take your own number: please tap the button below. Nothing was saved.
cust-contact-bad = I couldn't read that phone number. Nothing was saved.
cust-contact-saved = ✅ Thanks! { $team } has your phone now.
cust-contact-matched = ✅ Thanks! { $team } recognised you.
cust-notice-phone = 📞 Your subscriber shared their phone: { $phone }
cust-notice-matched = 📞 A subscriber shared their phone { $phone }: it's this client of yours, now linked.

## What a customer can do
cust-cmd-stop = Stop promotions
cust-cmd-start = Subscribe again
cust-cmd-lang = Language
cust-cmd-mydata = What is stored about me
cust-cmd-forget = Delete my data
cust-help-stop = /stop — no more promotions
cust-help-start = /start — get them again
cust-help-lang = /lang — choose your language
cust-help-mydata = /mydata — see what the team keeps about you
cust-help-forget = /forget — delete it
cust-help = Here's what you can do:
cust-text-only = Only text messages reach the team. Please write in words.
cust-message-sent = ✉️ Sent to { $team }.
cust-cancelled = OK, nothing changed.
cust-stale-button = That button no longer works. What you can do: /stop, /start, /lang, /mydata, /forget.
cust-nothing-stored = Nothing is stored about you.
cust-preview-button = This is a preview: your customers' buttons work in their messages.
cust-link-here = Here's { $team }'s link:

cust-stop-none = You aren't subscribed to any promotions.
cust-stop-which = Stop promotions from which team?
cust-stopped = ✅ You won't get promotions from { $team } any more.
cust-stopped-all = ✅ Promotions stopped ({ $count ->
    [one] one team
   *[other] { $count } teams
}).
cust-btn-stop = Stop promotions
cust-btn-stop-all = All of them
cust-btn-resume = Subscribe again
cust-start-subscribed = You're subscribed to: { $teams }. /stop to stop.
cust-start-which = Subscribe again to which team?
cust-resumed = ✅ Subscribed again to { $team }: at most { $cap } a week. /stop any time.
cust-lang-pick = Choose your language:
cust-lang-set = ✅ Language: English.
cust-lang-bad = I don't know that language. Try one of: { $langs } (e.g. /lang en).

cust-forget-ask = Delete everything { $team } keeps about you? Promotions stop too. This can't be undone.
cust-forget-which = Delete your data in which team?
cust-btn-forget = Yes, delete
cust-btn-forget-all = Every team
cust-btn-cancel = Cancel
cust-forgotten = ✅ Done: { $team } keeps nothing about you any more. Only a note not to write to you remains.
cust-forgotten-all = ✅ Done: { $count ->
    [one] one team keeps
   *[other] { $count } teams keep
} nothing about you any more. Only a note not to write to you remains.

## /mydata
cust-mydata-title = 📋 What { $team } keeps about you:
cust-mydata-lang = 🌐 Language: { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}
cust-mydata-state = 📣 Promotions: { $state ->
    [subscribed] subscribed
    [stopped] stopped
    [blocked] stopped (you blocked the bot)
   *[none] not subscribed
} since { $since }
cust-mydata-consents = Your consent history ({ $count }):
cust-mydata-consent = • { $at }: { $action ->
    [optin] agreed
    [stop] stopped
    [resume] subscribed again
    [block] blocked the bot
   *[forget] deleted data
} (text { $version })
cust-mydata-promos = Promotions you received ({ $count }):
cust-mydata-promo = • { $at }: { $kind ->
    [birthday] birthday greeting
    [followup] reminder
   *[promo] promotion
}
cust-mydata-code = , code { $code }
cust-mydata-redeemed = 🎟 Code { $code } used { $at }
cust-mydata-forget = /forget deletes all of this.

## Messages between a customer and the team
cust-inbound = 💬 { $name }, a customer of { $team }, writes:
cust-btn-reply = ↩️ Reply
cust-btn-card = Open card
cust-reply-ask = Write your reply to { $name }; it goes out as from your team. /cancel to stop.
cust-reply-sent = ✅ Sent to { $name }.
cust-reply-gone = { $name } can't be reached through the bot (not subscribed via Telegram, or asked to be forgotten). Nothing was sent.
cust-from-team = 💬 { $team }:
cust-line-in = ⬅️ { $when } { $summary }
cust-line-out = ➡️ { $when } { $summary }

## The client card
cust-card-subscribed = 📣 Subscribed to promotions since { $since }
cust-card-stopped = 🔕 Stopped promotions on { $since }
cust-card-blocked = 🚫 Blocked the bot on { $since }
