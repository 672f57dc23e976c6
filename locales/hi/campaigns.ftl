# Segments and campaigns: /segment, /segments, /campaign, /campaigns, /redeem, /birthday, /promo.


## Command menu and /help
cmd-segment = ग्राहकों का सेगमेंट बनाएँ
cmd-segments = सहेजे गए सेगमेंट
cmd-campaign = प्रमोशन भेजें (मालिक, लीड)
cmd-campaigns = कैंपेन और उनके नतीजे
cmd-redeem = प्रोमो कोड भुनाएँ
cmd-birthday = ग्राहक का जन्मदिन दर्ज करें
cmd-promo = प्रमोशन सेटिंग्स
help-segment = /segment — शर्तें चुनें, देखें कौन मेल खाता है, सहेजें
help-segments = /segments — सहेजे गए सेगमेंट और उनकी गिनती
help-campaign = /campaign — टेक्स्ट, फ़ोटो, लिंक, कोड; प्रीव्यू, फिर भेजें या शेड्यूल करें
help-campaigns = /campaigns — प्रगति और नतीजे; रोकें, फिर चलाएँ, रद्द करें
help-redeem = /redeem K7M2QX9A  ·  /redeem SPRING25 राहुल शर्मा
help-birthday = /birthday 12.05  ·  /birthday राहुल शर्मा 12 मई 1990
help-promo = /promo  ·  /promo cap 2  ·  /promo birthday जन्मदिन मुबारक!

## Segments: the builder
seg-title = 👥 नया सेगमेंट
seg-hint = शर्त जोड़ने के लिए दबाएँ, हटाने के लिए फिर दबाएँ। ठीक लगे तो 💾 सहेजें।
seg-hint-buttons = नीचे कोई शर्त दबाएँ (या /cancel)।
seg-cond-none = सभी ग्राहक (अभी कोई शर्त नहीं)
seg-cond-tags = 🏷 टैग { $tags }
seg-cond-source = 📣 स्रोत: { $source }
seg-cond-stage = 📊 { $stage } में खुली डील
seg-cond-won = 🏆 कोई डील जीती है
seg-cond-lost = ❌ कोई डील हारी है
seg-cond-before = 🕒 आखिरी गतिविधि { $date } से पहले
seg-cond-after = 🕒 { $date } से सक्रिय
seg-cond-total = 💰 कम से कम { $amount } की जीत
seg-cond-purchases = 🛒 कम से कम { $n } खरीद
seg-cond-month = 🎂 जन्मदिन:
seg-cond-lang = 🌐 भाषा:
seg-cond-subscribed = 🔔 प्रमोशन के सब्सक्राइबर
seg-cond-unsubscribed = 🔕 सब्सक्राइब नहीं
seg-count = 👥 { $total } ग्राहक मेल खाते हैं, { $subscribed } सब्सक्राइबर
seg-sample = जैसे: { $names }
seg-nobody = 🫥 कोई ग्राहक मेल नहीं खाता। कोई शर्त हटाएँ (फिर से दबाएँ) या मान बदलें।
seg-none-subscribed = ⚠️ इनमें से कोई प्रमोशन का सब्सक्राइबर नहीं, तो कैंपेन किसी तक नहीं पहुँचेगा। /optin से ग्राहकों को बुलाएँ।
seg-btn-tags = 🏷 टैग
seg-btn-source = 📣 स्रोत
seg-btn-stage = 📊 चरण
seg-btn-won = 🏆 जीती
seg-btn-lost = ❌ हारी
seg-btn-before = ⏮ तब से चुप
seg-btn-after = ⏭ तब से सक्रिय
seg-btn-total = 💰 कुल जीत
seg-btn-purchases = 🛒 खरीद
seg-btn-month = 🎂 जन्मदिन
seg-btn-lang = 🌐 भाषा
seg-btn-subscribed = 🔔 सब्सक्राइब
seg-btn-clear = 🧹 साफ़ करें
seg-btn-save = 💾 सहेजें
seg-btn-yes = ✅ सब्सक्राइबर
seg-btn-no = 🔕 सब्सक्राइबर नहीं
seg-btn-campaign = 📣 कैंपेन: { $name }

## Segments: questions
seg-ask-skip = वापस जाने के लिए - भेजें।
seg-ask-tags = कौन से टैग? कोई भी चलेगा, जैसे #vip #gold. आपकी टीम में: { $examples }
seg-ask-source = कौन सा स्रोत? दबाएँ या लिखें।
seg-ask-stage = इस चरण में खुली डील वाले ग्राहक:
seg-ask-before = कब से चुप? जैसे 01.09, 1 Sep 2026, या 90 (दिन पहले)
seg-ask-after = कब से सक्रिय? जैसे 01.09, 1 Sep 2026, या 30 (दिन पहले)
seg-ask-total = जीती गई डील कुल कम से कम कितनी? जैसे 50000 INR
seg-ask-purchases = कम से कम कितनी खरीद (जीती डील)? जैसे 2
seg-ask-month = जन्मदिन किस महीने:
seg-ask-lang = ग्राहक जो यह भाषा पढ़ते हैं:
seg-ask-subscribed = प्रमोशन के सब्सक्राइबर?
seg-ask-name = इस सेगमेंट का नाम? जैसे VIP दिल्ली
seg-saved = 💾 सेगमेंट “{ $name }” सहेजा गया।

## Segments: mistakes
seg-err-stale = वह बिल्डर बंद हो चुका है। फिर से शुरू करें: /segment
seg-err-tags = एक या अधिक टैग लिखें, जैसे #vip #gold. आपकी टीम में: { $examples }
seg-err-tag = किसी ग्राहक पर टैग { $tag } नहीं है। आपकी टीम में: { $examples }
seg-err-source = “{ $source }” से कोई ग्राहक नहीं आया। आपके स्रोत: { $known }
seg-err-date = “{ $input }” में तारीख़ समझ नहीं आई। जैसे 01.09, 1 Sep 2026, या 30 यानी 30 दिन पहले
seg-err-amount = “{ $input }” में राशि समझ नहीं आई। जैसे 50000 INR
seg-err-currency = किस मुद्रा में? जोड़ें, जैसे 50000 INR
seg-err-number = 1 से 1000 तक की पूरी संख्या, जैसे 2
seg-err-name = 1–{ $max } अक्षरों का नाम दें, जैसे VIP दिल्ली
seg-err-name-taken = “{ $name }” नाम का सेगमेंट पहले से है। दूसरा नाम चुनें।

## Segments: the list
seg-list-title = 👥 सेगमेंट:
seg-list-line = • { $name }: { $total } ग्राहक, { $subscribed } सब्सक्राइबर
seg-list-more = …और { $n }
seg-list-empty = अभी कोई सेगमेंट नहीं। एक बनाएँ: /segment
seg-no-clients = 🫥 अभी कोई ग्राहक नहीं। /add से जोड़ें या /optin से बुलाएँ।

## Month names
seg-month = { $month ->
    [1] जनवरी
    [2] फ़रवरी
    [3] मार्च
    [4] अप्रैल
    [5] मई
    [6] जून
    [7] जुलाई
    [8] अगस्त
    [9] सितंबर
    [10] अक्तूबर
    [11] नवंबर
    *[12] दिसंबर
    }

## Campaigns: composing
camp-no-segments = पहले तय करें किसे लिखना है: /segment से सेगमेंट बनाएँ
camp-pick-segment = 📣 नया कैंपेन। किसके लिए? सेगमेंट चुनें:
camp-picked = 👥 “{ $name }”: { $subscribed } सब्सक्राइबर ग्राहक।
camp-ask-text = ✍️ प्रमोशन का टेक्स्ट लिखें, भाषा:
camp-ask-text-hint = अपने शब्दों में, ठीक वैसे जैसे ग्राहक देखेंगे ({ $max } अक्षरों तक)।
camp-text-saved = ✅ टेक्स्ट सहेजा गया।
camp-ask-versions = इस सेगमेंट के कुछ ग्राहक दूसरी भाषाएँ पढ़ते हैं। उनके लिए संस्करण जोड़ें, या आगे दबाएँ — उन्हें आपका टेक्स्ट मिलेगा।
camp-ask-photo = 🖼 फ़ोटो जोड़ें? अभी भेजें (फ़ोटो के साथ टेक्स्ट 1024 अक्षरों तक)।
camp-photo-saved = 🖼 फ़ोटो जुड़ गई।
camp-ask-link = 🔗 लिंक बटन जोड़ें? पता भेजें और चाहें तो उसका नाम: https://shop.example/sale सेल देखें
camp-ask-code = 🎟 प्रोमो कोड जोड़ें?
camp-ask-shared-code = सबको मिलने वाला कोड लिखें, जैसे SPRING25 (3–32 अक्षर और अंक)।
camp-ask-percent = कितने प्रतिशत छूट (1–90)? जैसे 15 — हर ग्राहक को अपना कोड मिलेगा।
camp-ask-followup = ↪️ कुछ दिन बाद उन्हें फ़ॉलो-अप भेजें जिन्होंने बटन नहीं दबाया?
camp-ask-followup-text = कितने दिन बाद (1–30), और क्या लिखें? जैसे 3 आख़िरी मौका: सेल कल ख़त्म!
camp-btn-version = ✍️
camp-btn-version-done = ✅
camp-btn-next = ➡️ आगे
camp-btn-skip = ⏭ छोड़ें
camp-btn-code-none = कोई कोड नहीं
camp-btn-code-shared = 🎟 सबके लिए एक कोड
camp-btn-code-unique = 🔑 हर किसी का अपना कोड
camp-btn-code-percent = 💯 निजी % छूट
camp-btn-followup = ➕ फ़ॉलो-अप जोड़ें
camp-btn-drop = 🗑 ड्राफ़्ट हटाएँ
camp-hint-buttons = कृपया नीचे का कोई बटन दबाएँ।
camp-hint-photo = फ़ोटो भेजें, या छोड़ें दबाएँ।
camp-photo-unexpected = फ़ोटो मैं सिर्फ़ कैंपेन में लेता हूँ। जोड़ने के लिए /campaign से शुरू करें

## Campaigns: summary, preview, start
camp-summary-title = 📣 “{ $name }” के लिए कैंपेन
camp-audience = 👥 सेगमेंट में { $subscribed } सब्सक्राइबर · साप्ताहिक सीमा ({ $cap } प्रति सप्ताह) से { $held } रुके · { $receive } को मिलेगा
camp-summary-langs = 🌐 टेक्स्ट: { $langs }
camp-summary-photo = 🖼 फ़ोटो के साथ
camp-summary-no-photo = 🖼 कोई फ़ोटो नहीं
camp-summary-link = 🔗 { $url }
camp-summary-no-link = 🔗 कोई लिंक नहीं
camp-summary-code-none = 🎟 कोई कोड नहीं
camp-summary-code-shared = 🎟 सबके लिए कोड: { $code }
camp-summary-code-unique = 🔑 हर ग्राहक का अपना कोड
camp-summary-code-percent = 💯 हर ग्राहक को { $percent }% छूट का निजी कोड
camp-summary-followup = ↪️ { $days } दिन बाद फ़ॉलो-अप, जिन्होंने नहीं दबाया उन्हें
camp-summary-no-followup = ↪️ कोई फ़ॉलो-अप नहीं
camp-summary-nobody = ⚠️ अभी साप्ताहिक सीमा पूरे सेगमेंट को रोक रही है।
camp-btn-preview = 👁 प्रीव्यू
camp-btn-send = 🚀 अभी भेजें
camp-btn-schedule = 🕒 शेड्यूल करें
camp-preview-note = 👆 ग्राहकों को बिल्कुल यही मिलेगा।
camp-preview-followup = ↪️ और { $days } दिन बाद, जिन्होंने बटन नहीं दबाया उन्हें:
camp-started = 🚀 { $receive } ग्राहकों को भेज रहा हूँ ({ $held } साप्ताहिक सीमा से रुके)। प्रगति यहीं दिखेगी।
camp-ask-when = 🕒 कब भेजें? आपका समय ({ $zone }), जैसे कल 10:00 या 25.12 09:30
camp-scheduled = 🕒 { $when } के लिए शेड्यूल हुआ। तब तक रद्द कर सकते हैं: /campaigns
camp-dropped = 🗑 ड्राफ़्ट हटा दिया।

## Campaigns: the list and a campaign's report
camp-list-title = 📣 हाल के कैंपेन:
camp-list-figures = ✅ { $sent } · 👆 { $presses } · 🎟 { $redeemed } · 👋 { $unsubscribes }
camp-list-empty = अभी कोई कैंपेन नहीं। /segment से सेगमेंट बनाएँ, फिर /campaign से भेजें
camp-kind-promo = 📣 { $name }
camp-kind-followup = ↪️ फ़ॉलो-अप: { $name }
camp-kind-birthday = 🎂 जन्मदिन की बधाइयाँ { $year }
camp-at = { $when }
camp-finished-at = 🏁 { $when } को पूरा हुआ
camp-state-draft = ड्राफ़्ट
camp-state-scheduled = शेड्यूल
camp-state-sending = भेजा जा रहा
camp-state-paused = रुका हुआ
camp-state-done = पूरा
camp-state-cancelled = रद्द
camp-btn-pause = ⏸ रोकें
camp-btn-resume = ▶️ फिर चलाएँ
camp-btn-cancel = ✖ कैंपेन रद्द करें
camp-paused = ⏸ रुका: जब तक फिर न चलाएँ, कुछ नहीं जाएगा।
camp-resumed = ▶️ फिर शुरू।
camp-cancelled = ✖ रद्द: अब कुछ नहीं जाएगा।

## Codes and birthdays
camp-redeemed = ✅ कोड { $code } भुनाया गया।
camp-redeemed-client = 👤 { $name }
camp-redeemed-campaign = 📣 कैंपेन: { $name }
camp-birthday-set = 🎂 { $name }:
camp-birthday-cleared = 🎂 { $name } का जन्मदिन हटाया गया।
camp-birthday-hint = ग्राहकों को जन्मदिन पर बधाई देने के लिए संदेश लिखें: /promo birthday जन्मदिन मुबारक! आपके लिए 10% छूट
camp-card-birthday = 🎂 जन्मदिन:

## Promotion settings
camp-promo-title = 🎯 प्रमोशन सेटिंग्स
camp-promo-saved = ✅ सहेजा गया।
camp-promo-cap = ✋ हर ग्राहक को हफ़्ते में अधिकतम { $cap } प्रमोशन (0: कोई सीमा नहीं)
camp-promo-paid-on = 💫 पेड ब्रॉडकास्ट: चालू (प्रति सेकंड 1000 संदेश तक, Stars में भुगतान)
camp-promo-paid-off = 🐢 पेड ब्रॉडकास्ट: बंद (प्रति सेकंड 30 संदेश तक, मुफ़्त)
camp-promo-paid-explain = 💫 पेड ब्रॉडकास्ट 30 की जगह प्रति सेकंड 1000 संदेश तक भेजता है; मुफ़्त सीमा से ऊपर हर संदेश पर Telegram Stars लेता है। इसे केवल मालिक चालू करता है।
camp-promo-birthday = 🎂 जन्मदिन की बधाई (ग्राहक के समय से 10:00 बजे):
camp-promo-birthday-off = 🎂 जन्मदिन की बधाई: बंद
camp-promo-gift-none = 🎁 उपहार: कोई कोड नहीं
camp-promo-gift-unique = 🎁 उपहार: निजी कोड
camp-promo-gift-percent = 🎁 उपहार: { $percent }% छूट का निजी कोड
camp-promo-usage = बदलें: /promo cap 2 · /promo birthday जन्मदिन मुबारक! · /promo birthday off · /promo gift none | unique | 15% · /promo paid on | off
camp-promo-read-only = इन्हें केवल मालिक और लीड बदल सकते हैं।
camp-btn-paid-on = 💫 पेड ब्रॉडकास्ट चालू करें
camp-btn-paid-off = 🐢 पेड ब्रॉडकास्ट बंद करें

## Campaigns: mistakes and refusals
camp-err-role = कैंपेन केवल मालिक और लीड भेजते हैं। आप /campaigns में देख सकते हैं और /redeem से कोड भुना सकते हैं।
camp-err-owner = यह केवल टीम का मालिक कर सकता है।
camp-err-gone = वह कैंपेन अब नहीं है। फिर से शुरू करें: /campaign
camp-err-state = कुछ नहीं बदला। कैंपेन अभी:
camp-err-nobody = “{ $name }” में कोई सब्सक्राइबर नहीं ({ $total } ग्राहक मेल खाते हैं, पर कोई सब्सक्राइब नहीं), तो भेजने को कोई नहीं। /optin से बुलाएँ या दूसरा सेगमेंट चुनें।
camp-err-text-empty = प्रमोशन में कुछ टेक्स्ट चाहिए। लिखें ग्राहक क्या पढ़ें, जैसे स्प्रिंग सेल: रविवार तक हर चीज़ पर 20% छूट!
camp-err-text-long = यह { $length } अक्षर है; एक संदेश में { $max } तक आते हैं। कृपया छोटा करें।
camp-err-caption-long = फ़ोटो के साथ टेक्स्ट कैप्शन बनता है: अधिकतम { $max } अक्षर, और इसमें { $length } हैं। छोटा करें या फ़ोटो छोड़ें।
camp-err-caption-which = कैप्शन के लिए बहुत लंबा:
camp-err-link = यह वेब पता नहीं है। https:// से शुरू होने वाला पता भेजें, जैसे https://shop.example/sale सेल देखें
camp-err-label = बटन का नाम बहुत लंबा है (अधिकतम { $max } अक्षर)।
camp-err-code = कोड में 3–32 लैटिन अक्षर और अंक (बीच में - और _), जैसे SPRING25
camp-err-percent = छूट 1 से 90 तक की पूरी संख्या है, जैसे 15
camp-err-followup = पहले दिनों की संख्या (1–30), फिर टेक्स्ट: 3 आख़िरी मौका: सेल कल ख़त्म!
camp-err-when = “{ $input }” में समय समझ नहीं आया। जैसे कल 10:00, 25.12 09:30, शुक्रवार 18:00
camp-err-past = { $when } बीत चुका है। आगे का समय चुनें, जैसे कल 10:00
camp-err-client = “{ $name }” से कोई ग्राहक मेल नहीं खाता। जाँचें: /find { $name }
camp-err-clients = “{ $name }” से कई ग्राहक मेल खाते हैं: { $names }। नाम और लिखें।
camp-err-redeem-usage = कौन सा कोड? जैसे /redeem K7M2QX9A (साझा कोड के लिए ग्राहक जोड़ें: /redeem SPRING25 राहुल शर्मा)
camp-err-redeem-who = { $code } सबके लिए साझा कोड है: किस ग्राहक के लिए? पहले उसका कार्ड खोलें या लिखें /redeem { $code } राहुल शर्मा
camp-err-redeemed-before = { $code } पहले ही { $when } को { $member } ने भुनाया था। कुछ नहीं बदला।
camp-err-no-code = ऐसा कोई कोड नहीं: { $code }। जाँचें और जैसा छपा है वैसा लिखें, जैसे /redeem K7M2QX9A
camp-err-birthday-usage = किसका जन्मदिन, और कब? जैसे खुले ग्राहक के लिए /birthday 12.05, या /birthday राहुल शर्मा 12 मई
camp-err-birthday-date = “{ $input }” में जन्मतिथि समझ नहीं आई। उदाहरण: /birthday 12.05 · /birthday राहुल शर्मा 12 मई 1990
camp-err-birthday-who = कौन सा ग्राहक? पहले खोलें (/find राहुल) या नाम लिखें: /birthday राहुल शर्मा 12.05
camp-err-cap = साप्ताहिक सीमा 0 से 100 तक की संख्या है (0: कोई सीमा नहीं)। जैसे /promo cap 2
camp-err-paid = /promo paid on या /promo paid off लिखें
camp-err-greeting = कमांड के बाद बधाई लिखें (4096 अक्षर तक): /promo birthday जन्मदिन मुबारक! 🎂 — या बंद करें: /promo birthday off
camp-err-gift = जन्मदिन उपहार: none, unique, या 1 से 90 प्रतिशत: /promo gift 15%
camp-err-promo-args = ऐसी कोई सेटिंग नहीं। जैसे /promo cap 2 · /promo birthday जन्मदिन मुबारक! · /promo gift 10% · /promo paid on

## Progress and reports
camp-progress = 📤 भेजे { $sent } · विफल { $failed } · ब्लॉक { $blocked } · बाकी { $remaining }
camp-progress-paused = ⏸ रुका हुआ
camp-eta-unknown = ⏱ बाकी समय निकाल रहा हूँ…
camp-eta-seconds = ⏱ लगभग { $seconds } सेकंड बाकी
camp-eta-minutes = ⏱ लगभग { $minutes } मिनट बाकी
camp-eta-hours = ⏱ लगभग { $hours } घंटे { $minutes } मिनट बाकी
camp-report-delivered = ✅ पहुँचे: { $n }
camp-report-blocked = 🚫 बॉट ब्लॉक किया: { $n }
camp-report-failed = ⚠️ विफल: { $n }
camp-report-held = ✋ साप्ताहिक सीमा से रोके गए: { $n }
camp-report-unconfirmed = ❔ अपुष्ट (भेजना बीच में रुका): { $n }
camp-report-remaining = 📤 भेजना बाकी: { $n }
camp-report-presses = 👆 बटन दबाया: { $n }
camp-report-redeemed = 🎟 कोड भुनाए: { $n }
camp-report-unsubscribes = 👋 सदस्यता छोड़ी: { $n }
