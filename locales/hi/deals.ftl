# डील और पाइपलाइन: /deal, /deals, डील कार्ड, स्टेज, /stages.

## कमांड मेनू और /help
cmd-deal = खुले क्लाइंट के लिए नई डील
cmd-deals = मेरी डील, स्टेज के हिसाब से
cmd-stages = पाइपलाइन के स्टेज (मालिक)
help-deal = /deal 12000 INR वेबसाइट रीडिज़ाइन  ·  /deal 5000 USD ऑडिट 25.12
help-deals = /deals — मेरी डील स्टेज के हिसाब से, ओवरड्यू और रुकी हुई  ·  /deals all — पूरी टीम की
help-stages = /stages — स्टेज का नाम बदलें, क्रम बदलें, जोड़ें और छिपाएँ

## नई डील
deal-ask-amount = { $name } के साथ नई डील: कितनी रकम और किस बारे में? जैसे: 12000 INR वेबसाइट रीडिज़ाइन
deal-ask-title = { $name } के लिए { $amount } — डील का नाम क्या है? जैसे: वेबसाइट रीडिज़ाइन
deal-created = ✅ डील बन गई: { $title }
deal-hint-close = जब पता हो कि डील कब बंद होगी, तब 📅 क्लोज़ की तारीख दबाएँ।
deal-hint-past-close = ध्यान दें: { $date } बीत चुकी है, इसलिए डील ओवरड्यू दिखेगी।

## डील कार्ड
deal-card-title = 💼 { $title }
deal-card-client = 👤 { $name }
deal-card-amount = 💰 { $amount }
deal-card-stage = 📊 { $stage } · { $probability }% · संभावना के हिसाब से { $weighted }
deal-card-stage-closed = 📊 { $stage }
deal-card-close = 📅 अनुमानित क्लोज़: { $date }
deal-card-close-overdue = ⏰ अनुमानित क्लोज़: { $date } — ओवरड्यू
deal-card-no-close = 📅 क्लोज़ की तारीख अभी तय नहीं
deal-card-won = 🏆 { $when } को जीती
deal-card-lost = ❌ { $when } को हारी
deal-card-owner = 🧑 ज़िम्मेदार: { $owner }
deal-card-source = 📣 स्रोत: { $source }
deal-card-activity = 🕒 आख़िरी गतिविधि: { $when }
deal-card-history = इतिहास:
deal-card-read-only = 👀 { $owner } की डील: आप देख सकते हैं, बदल नहीं सकते।
deal-event-created = { $when } · { $who }: { $to } में बनाई
deal-event-moved = { $when } · { $who }: { $from } → { $to }
deal-event-reassigned = { $when } · { $who }: सौंपी { $from } → { $to }
deal-event-amount = { $when } · { $who }: रकम { $from } → { $to }
deal-event-close = { $when } · { $who }: क्लोज़ की तारीख { $from } → { $to }
deal-line = { $title } — { $amount } · { $stage }
deal-client-deals = 💼 डील:

## बटन
deal-btn-new = ➕ नई डील
deal-btn-all = 💼 सभी डील
deal-btn-close = 📅 क्लोज़ की तारीख
deal-btn-reassign = 🔁 सौंपें
deal-btn-as-is = ✅ रकम वही

## पाइपलाइन में आगे बढ़ाना
deal-moved = ✅ आगे बढ़ाई: { $from } → { $to }
deal-stale = ⚠️ इस बीच डील बदल गई — अब यह { $stage } में है। कुछ नहीं बदला; फिर से चुनें:
deal-stage-gone = ⚠️ यह स्टेज अब उपलब्ध नहीं है। डील { $stage } में है; फिर से चुनें:
deal-ask-lost-reason = “{ $title }” क्यों हारी? कोई कारण चुनें या अपना लिखें।
deal-reason-price = 💸 कीमत
deal-reason-competitor = 🥊 प्रतिस्पर्धी
deal-reason-no-budget = 🪙 बजट नहीं
deal-reason-no-response = 🔇 कोई जवाब नहीं
deal-reason-timing = ⏳ सही समय नहीं
deal-won-ask = 🏆 { $amount } में जीती? अगर आख़िरी रकम अलग है, तो लिखें (जैसे 11500)।
deal-won-kept = 🏆 { $title }: { $amount } में जीती।
deal-amount-set = ✅ रकम सेव हो गई।
deal-ask-close = “{ $title }” कब बंद होनी चाहिए? जैसे: 25.12, अगले शुक्रवार, 2027-01-31 — या तारीख हटाने के लिए -
deal-close-set = ✅ क्लोज़ की तारीख सेव हो गई।
deal-pick-owner = “{ $title }” किसे सौंपें?
deal-reassigned = ✅ { $owner } को सौंप दी। इतिहास डील के साथ रहता है।
deal-owner-unchanged = ⚠️ कुछ नहीं बदला: वह सदस्य अब टीम में नहीं है, या इस बीच डील बदल गई (अब { $stage } में)।

## /deals
deals-title = 💼 मेरी डील
deals-title-all = 💼 टीम की डील
deals-stage = 📊 { $stage } ({ $count })
deals-overdue = ⏰ ओवरड्यू ({ $count })
deals-stale = 💤 { $days }+ दिन से कोई गतिविधि नहीं ({ $count })
deals-more = …और { $count }
deals-none = अभी कोई खुली डील नहीं। कोई क्लाइंट खोलें और भेजें, जैसे: /deal 12000 INR वेबसाइट रीडिज़ाइन
deals-of-client = 💼 { $name } की डील:

## /stages
stages-title = पाइपलाइन के स्टेज (नाम { $lang ->
    [ru] रूसी
    [es] स्पेनिश
    [hi] हिन्दी
    [vi] वियतनामी
    [fa] फ़ारसी
    [ta] तमिल
   *[en] अंग्रेज़ी
} में):
stages-line = { $n }. { $name } · { $kind ->
    [won] 🏆
    [lost] ❌
   *[open] { $probability }%
}{ $hidden ->
    [yes] {" "}· छिपा हुआ
   *[no] {""}
}
stages-hint = अपनी भाषा में नाम बदलने के लिए नाम दबाएँ (दूसरी भाषाओं के नाम वैसे ही रहेंगे; भाषा /lang से बदलें)। ↑↓ क्रम बदलते हैं, 🙈 स्टेज को बटनों से हटा देता है।
stages-btn-add = ➕ स्टेज जोड़ें
stages-btn-hide = 🙈 छिपाएँ
stages-btn-show = 👁 दिखाएँ
stages-ask-rename = “{ $name }” का नया नाम? साथ में संभावना भी लिख सकते हैं: डेमो 40%
stages-ask-new = नए स्टेज का नाम? साथ में संभावना भी लिख सकते हैं: डेमो 40%
stages-saved = ✅ सेव हो गया।

## समस्याएँ
deal-err-no-client = किस क्लाइंट के लिए? पहले उसे खोलें (/find राहुल), फिर: /deal 12000 INR वेबसाइट रीडिज़ाइन
deal-err-amount = रकम समझ नहीं आई। उदाहरण: /deal 12000 INR वेबसाइट रीडिज़ाइन
deal-err-no-currency = किस मुद्रा में? उदाहरण: 12000 INR, ₹ 2,50,000, $99.99
deal-err-negative = रकम ऋणात्मक नहीं हो सकती। उदाहरण: 12000 INR
deal-err-zero = रकम शून्य से ज़्यादा होनी चाहिए। उदाहरण: 12000 INR
deal-err-too-large = यह रकम असली होने के लिए बहुत बड़ी है। उदाहरण: 12000 INR
deal-err-currency = मुद्रा “{ $code }” मुझे नहीं पता। INR, USD, EUR जैसा कोड या ₹, $, € जैसा चिह्न लिखें।
deal-err-decimals = { $code } में { $max ->
    [0] दशमलव नहीं होता
   *[other] दशमलव के बाद सिर्फ़ { $max } अंक होते हैं
}। उदाहरण: 12000 { $code }
deal-err-other-currency = यह डील { $code } में है। रकम { $code } में लिखें, जैसे 11500
deal-err-title = डील का नाम क्या है? जैसे: वेबसाइट रीडिज़ाइन
deal-err-title-long = नाम बहुत लंबा है ({ $length } अक्षर; ज़्यादा से ज़्यादा { $max })।
deal-err-close = तारीख नहीं मिली। जैसे: 25.12, अगले शुक्रवार, 2027-01-31 — या हटाने के लिए -
deal-err-note-empty = नोट का टेक्स्ट भेजें।
deal-err-gone = यह डील अब नहीं मिल रही। /deals देखें
deal-err-read-only = “{ $title }” { $owner } की डील है: आप देख सकते हैं, बदल नहीं सकते। { $owner } या अपने टीम लीड से पूछें।
deal-err-no-stage = पाइपलाइन में कोई खुला स्टेज नहीं है। मालिक एक जोड़ सकते हैं: /stages
deal-err-no-colleague = टीम में सौंपने के लिए कोई और नहीं है। पहले किसी सहकर्मी को आमंत्रित करें।
deal-err-deals-args = अपनी डील के लिए /deals भेजें, पूरी टीम की के लिए /deals all
stages-err-taken = “{ $name }” नाम का स्टेज पहले से है। कोई और नाम चुनें।
stages-err-last = ⚠️ यह इस तरह का आख़िरी दिखने वाला स्टेज है: कम से कम एक खुला, एक जीता और एक हारा स्टेज रहना चाहिए।
stages-err-name = स्टेज का नाम भेजें, जैसे: डेमो
stages-err-long = नाम बहुत लंबा है ({ $length } अक्षर; ज़्यादा से ज़्यादा { $max })।
stages-err-probability = संभावना 0 से 100 तक का प्रतिशत है, जैसे: डेमो 40%
stages-err-too-many = पाइपलाइन में ज़्यादा से ज़्यादा { $max } स्टेज हो सकते हैं।
