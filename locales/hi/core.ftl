# Pocket CRM — हिन्दी (Hindi).
# Keep replies phone-sized. Arguments in { $braces } are filled in by the bot.

## Date formats (chrono strftime patterns; month and day names come from the locale)
fmt-datetime = %a %d %b, %H:%M
fmt-date = %a %d %b %Y
fmt-time = %H:%M

## Command menu (setMyCommands) — short descriptions
cmd-add = क्लाइंट जोड़ें
cmd-find = क्लाइंट खोजें
cmd-meet = मीटिंग दर्ज करें या तय करें
cmd-call = कॉल दर्ज करें या तय करें
cmd-note = नोट लिखें
cmd-remind = रिमाइंडर लगाएँ
cmd-today = आज का एजेंडा
cmd-week = इस हफ़्ते का एजेंडा
cmd-lang = भाषा बदलें
cmd-tz = टाइम ज़ोन बदलें
cmd-before = मीटिंग से कितना पहले रिमाइंडर मिले
cmd-cancel = मेरा सवाल रद्द करें
cmd-help = उदाहरणों के साथ कमांड
cmd-start = शुरुआत और सेटिंग्स

## /help — one example per command
help-title = मेरे साथ आप ये कर सकते हैं:
help-add = /add राहुल शर्मा +91 98765 43210 rahul@example.com #vip @Acme
help-find = /find शर्मा  ·  /find 98765  ·  /find #vip
help-meet = /meet कल 15:00 डेमो  ·  /meet आज 11:00 कीमत पर बात हुई
help-call = /call 2 घंटे में फ़ॉलो-अप  ·  /call ट्रायल पर सहमति बनी
help-note = /note 3 लाइसेंस पर छूट चाहते हैं
help-remind = /remind कल 10:00 राहुल को कॉल करना  ·  /remind 2 घंटे में ऑफ़र भेजना  ·  /remind 25.12 9:30 बधाई
help-today = /today — आज की मीटिंग, कॉल और रिमाइंडर
help-week = /week — अगले 7 दिन
help-lang = /lang — या /lang en
help-tz = /tz Kolkata  ·  /tz Asia/Dubai  ·  /tz UTC+4
help-before = /before 15 — मीटिंग और कॉल से 15 मिनट पहले रिमाइंडर
help-cancel = /cancel — एक-एक करके पूछे जा रहे सवाल रोकें
help-help = /help — यह सूची
help-start = /start — स्वागत, भाषा और टाइम ज़ोन

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
start-welcome = 👋 नमस्ते, { $name }! मैं Pocket CRM हूँ: आपके क्लाइंट, मीटिंग और रिमाइंडर — यहीं Telegram में।
start-welcome-back = 👋 फिर से स्वागत है, { $name }!
start-pick-lang = अपनी भाषा चुनें:
lang-set = ✅ भाषा: हिन्दी।
tz-prompt = 🕒 आपका टाइम ज़ोन क्या है? कोई एक चुनें, या शहर, ज़ोन का नाम या ऑफ़सेट लिखें (जैसे Kolkata, Asia/Dubai, UTC+4)। अभी: { $current }।
tz-set = ✅ टाइम ज़ोन: { $zone }। आपके यहाँ अभी: { $now }।
start-next = सब तैयार है। आज़माएँ: /add राहुल शर्मा +91 98765 43210 — या सब कुछ देखने के लिए /help।
before-set = ✅ आपको मीटिंग और कॉल { $minutes ->
    [0] शुरू होते ही
    [one] से { $minutes } मिनट पहले
   *[other] से { $minutes } मिनट पहले
} रिमाइंडर मिलेगा।
cancelled = ठीक है, रद्द कर दिया। कुछ भी सेव नहीं हुआ।

## Clients
add-ask-name = क्लाइंट का नाम क्या है? (उसी लाइन में फ़ोन, ई-मेल, #टैग और @कंपनी भी लिख सकते हैं।)
add-ask-details = अब { $name } का फ़ोन, ई-मेल, #टैग, @कंपनी — एक ही लाइन में। छोड़ना हो तो - भेजें।
client-added = ✅ क्लाइंट जोड़ा गया: { $name }
client-updated = ✅ सेव हो गया: { $name }
contact-exists = यह कॉन्टैक्ट पहले से आपका क्लाइंट है: { $name }
dup-found = ⚠️ लगता है आपके पास { $count ->
    [one] यह क्लाइंट पहले से है: { $name }।
   *[other] { $count } मिलते-जुलते क्लाइंट पहले से हैं, जैसे { $name }।
} उसे खोलें या फिर भी नया बनाएँ?
edit-prompt = { $name } के लिए सुधार एक लाइन में भेजें: नया नाम, +फ़ोन, ई-मेल, #टैग, @कंपनी। फ़ोन, ई-मेल और टैग जुड़ जाते हैं; नाम और कंपनी बदल दिए जाते हैं।
find-results = 🔎 “{ $query }”: { $total ->
    [one] एक क्लाइंट
   *[other] { $total } क्लाइंट, { $from }–{ $to } दिखाए गए
}
find-none = 🔎 “{ $query }” से कोई नहीं मिला। नाम का हिस्सा, फ़ोन के अंक, ई-मेल, @कंपनी या #टैग आज़माएँ — या नया जोड़ें: /add { $query }

## Client card
card-name = 👤 { $name }
card-company = 🏢 { $company }
card-phone = 📞 { $phone }
card-email = ✉️ { $email }
card-tags = 🏷 { $tags }
card-history = हाल में:
card-no-history = अभी तक कोई मीटिंग, कॉल या नोट नहीं।
card-next-reminder = ⏰ अगला: { $when } — { $text }

## History lines
outcome-suffix = { $outcome ->
    [next] {" "}· ➡️ अगला कदम
    [won] {" "}· 🏆 डील पक्की
    [open] {" "}· ⏸ फ़ैसला बाकी
    [lost] {" "}· ❌ डील नहीं हुई
   *[none] {""}
}
line-meeting = 🤝 { $when } मीटिंग: { $summary }{ outcome-suffix }
line-meeting-planned = 📅 { $when } मीटिंग (तय): { $summary }
line-call = 📞 { $when } कॉल: { $summary }{ outcome-suffix }
line-call-planned = 📅 { $when } कॉल (तय): { $summary }
line-note = 📝 { $when } { $summary }
line-message = 💬 { $when } { $summary }
line-reminder = { $state ->
    [sent] ✔️
    [done] ✅
    [failed] ❗
    [interrupted] ⚠️
   *[other] ⏰
} { $when } { $text }{ $state ->
    [interrupted] {" "}(भेजने में रुकावट आई — शायद आप तक नहीं पहुँचा)
    [failed] {" "}(पहुँचाया नहीं जा सका)
   *[other] {""}
}

## Meetings, calls, notes
ask-meeting = { $name } के साथ मीटिंग कब हुई या कब होगी, और किस बारे में? जैसे “कल 15:00 डेमो” या “आज 11:00 कीमत पर बात हुई”।
ask-call = { $name } के साथ कॉल कब हुई या कब होगी, और किस बारे में? जैसे “2 घंटे में फ़ॉलो-अप” या “ट्रायल पर सहमति बनी”।
ask-note = { $name } के लिए नोट भेजें।
logged-meeting = ✅ { $name } के साथ मीटिंग दर्ज हुई ({ $when })। कैसी रही?
logged-call = ✅ { $name } के साथ कॉल दर्ज हुई ({ $when })। कैसी रही?
logged-note = ✅ नोट { $name } के लिए सेव हुआ ({ $when })।
planned-meeting = 📅 { $name } के साथ मीटिंग: { $when }। रिमाइंडर: { $remind }।
planned-call = 📅 { $name } के साथ कॉल: { $when }। रिमाइंडर: { $remind }।
outcome-next = ➡️ अगला कदम
outcome-won = 🏆 डील पक्की
outcome-open = ⏸ फ़ैसला बाकी
outcome-lost = ❌ डील नहीं हुई
outcome-saved = ✅ नतीजा सेव हुआ: { $outcome ->
    [next] अगला कदम
    [won] डील पक्की
    [lost] डील नहीं हुई
   *[open] फ़ैसला बाकी
}।
note-offer = इसे { $name } के नोट के रूप में सेव करें?
note-dropped = ठीक है, सेव नहीं किया।

## Agenda
agenda-today = 📋 आज, { $date } — { $count ->
    [0] कुछ तय नहीं
    [one] एक काम
   *[other] { $count } काम
}
agenda-week = 📋 { $date } से अगले 7 दिन — { $count ->
    [0] कुछ तय नहीं
    [one] एक काम
   *[other] { $count } काम
}
agenda-empty = आप बिल्कुल फ़्री हैं। कुछ प्लान करें: /meet कल 15:00 डेमो

## Reminders
ask-remind = { $name } के बारे में कब और क्या याद दिलाऊँ? जैसे “कल 10:00 ऑफ़र भेजना”।
remind-set = ⏰ { $when } को याद दिलाया जाएगा: { $text }
remind-moved = ⏰ नया समय { $when }: { $text }
reminder-due = ⏰ { $text }
reminder-activity = ⏰ { $name } के साथ { $kind ->
    [call] कॉल
   *[meeting] मीटिंग
}, { $when }: { $text }
reminder-client = 👤 { $name }
reminder-late = (देर से: समय { $when } था, बॉट ऑफ़लाइन था)
reminder-done = ✅ हो गया: { $text }

## Buttons
btn-meeting = 🤝 मीटिंग
btn-call = 📞 कॉल
btn-note = 📝 नोट
btn-remind = ⏰ रिमाइंडर
btn-edit = ✏️ बदलें
btn-open = { $name } खोलें
btn-open-client = 👤 क्लाइंट खोलें
btn-create-anyway = ➕ फिर भी बनाएँ
btn-cancel = ✖️ रद्द करें
btn-next = आगे ›
btn-prev = ‹ पीछे
btn-done = ✅ हो गया
btn-hour = +1 घंटा
btn-tomorrow = कल
btn-save-note = 📝 नोट के रूप में सेव करें
btn-share-contact = 📱 अपना फ़ोन नंबर शेयर करें

## Hints
hint-start = 👋 शुरू करने के लिए /start भेजें।
hint-plain = यहाँ आपके क्लाइंट, मीटिंग और रिमाइंडर रहते हैं। पहले कोई क्लाइंट खोलें (/find राहुल), फिर आपका टेक्स्ट नोट के रूप में सेव हो सकेगा — या /help देखें।

## Errors: short, with an example
err-internal = 😕 मेरी तरफ़ से कुछ गड़बड़ हुई; कुछ भी सेव नहीं हुआ। कृपया थोड़ी देर में फिर कोशिश करें।
err-empty = यहाँ सिर्फ़ टेक्स्ट समझ आता है। /help देखें।
err-too-long = यह बहुत लंबा है ({ $length } अक्षर; ज़्यादा से ज़्यादा { $max })। कृपया छोटा करें।
err-no-workspace = पहले /start भेजें — बस दस सेकंड लगेंगे।
err-unknown-command = { $command } कमांड मुझे नहीं पता। /help देखें — जैसे /add राहुल शर्मा +91 98765 43210
err-lang = उपलब्ध भाषाएँ: { $langs }। जैसे /lang en
err-tz = टाइम ज़ोन “{ $input }” समझ नहीं आया। शहर (Kolkata, Dubai), ज़ोन (Asia/Kolkata) या ऑफ़सेट (UTC+4) आज़माएँ।
err-before = मिनट भेजें, जैसे /before 15 (अभी: { $current })।
err-add-name = कृपया क्लाइंट का नाम भेजें, जैसे राहुल शर्मा
err-add-details = “{ $words }” समझ नहीं आया। ऐसे भेजें: +91 98765 43210 rahul@example.com #vip @Acme — या छोड़ने के लिए -
err-name-long = नाम बहुत लंबा है ({ $length } अक्षर; ज़्यादा से ज़्यादा { $max })।
err-phone = “{ $input }” फ़ोन नंबर जैसा नहीं लगता। उदाहरण: +91 98765 43210
err-email = “{ $input }” ई-मेल जैसा नहीं लगता। उदाहरण: rahul@example.com
err-tag = “{ $input }” खाली है। उदाहरण: #vip या @Acme
err-find-empty = क्या खोजें? जैसे /find शर्मा या /find 98765
err-client-gone = यह क्लाइंट अब नहीं मिल रहा। /find आज़माएँ
err-no-focus = कौन-सा क्लाइंट? पहले कोई खोलें (/find राहुल) या नाम लिखें: /meet राहुल शर्मा कल 15:00 डेमो
err-date = “{ $input }” में तारीख समझ नहीं आई। उदाहरण: कल 10:00, 25.12 9:30, 2026-12-25, 2 घंटे में
err-remind-empty = क्या और कब? जैसे /remind कल 10:00 राहुल को कॉल करना
err-remind-when = कब याद दिलाऊँ? “{ $input }” में समय नहीं मिला। जैसे /remind कल 10:00 राहुल को कॉल करना, /remind 2 घंटे में ऑफ़र भेजना
err-remind-text = { $when } को किस बात की याद दिलाऊँ? जैसे /remind कल 10:00 राहुल को कॉल करना
err-past = { $when } बीत चुका है। जैसे /remind कल 10:00 राहुल को कॉल करना
err-summary-long = यह एक एंट्री के लिए बहुत लंबा है (ज़्यादा से ज़्यादा { $max } अक्षर)।

## Teams: whose client it is
dup-owner = 👤 { $owner } इनके साथ काम करते हैं · आख़िरी संपर्क { $when }
dup-owner-quiet = 👤 { $owner } इनके साथ काम करते हैं · अभी तक कोई संपर्क नहीं
card-owner = 🧑‍💼 ज़िम्मेदार: { $owner }
role-owner = मालिक
role-lead = टीम लीड
role-manager = मैनेजर
err-read-only = { $name } { $owner } के क्लाइंट हैं: आप देख सकते हैं, बदल नहीं सकते। { $owner } या अपने टीम लीड से पूछें।
err-role = टीम में आपकी भूमिका इसकी अनुमति नहीं देती। टीम के मालिक से पूछें।
