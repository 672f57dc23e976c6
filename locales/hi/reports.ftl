# माँगने पर आँकड़े: /pipeline, /stats, /when, /target, /source, /sources.

## कमांड मेन्यू और /help
cmd-pipeline = पाइपलाइन: चरण, अनुमान, जीत दर
cmd-stats = मीटिंग: हुईं, फ़ॉलो-अप, तय
cmd-when = क्लाइंट के साथ मेरी अगली और पिछली मीटिंग
cmd-target = बिक्री लक्ष्य और प्रगति
cmd-source = क्लाइंट का स्रोत, स्रोतों की लागत
cmd-sources = कौन-सा स्रोत फ़ायदा देता है
help-pipeline = /pipeline  ·  /pipeline तिमाही  ·  /pipeline 01.10..31.12 @Anna
help-stats = /stats — पिछला हफ़्ता  ·  /stats इस महीने  ·  /stats अगला महीना @Anna
help-when = /when Sharma — उनके साथ मेरी अगली और पिछली मीटिंग और कॉल
help-target = /target 500000 INR महीना  ·  /target 1500000 INR तिमाही @Anna  ·  /target
help-source = /source Banner (खुला क्लाइंट)  ·  /source cost Banner 5000 INR 2026-11
help-sources = /sources  ·  /sources तिमाही

## अवधि और लोग
rep-period-month = { $month ->
    [1] जनवरी
    [2] फ़रवरी
    [3] मार्च
    [4] अप्रैल
    [5] मई
    [6] जून
    [7] जुलाई
    [8] अगस्त
    [9] सितंबर
    [10] अक्टूबर
    [11] नवंबर
   *[12] दिसंबर
} { $year }
rep-period-quarter = तिमाही { $quarter }, { $year }
rep-period-range = { $from } – { $to }
rep-who-team = टीम

## बटन
rep-btn-week = हफ़्ता
rep-btn-month = महीना
rep-btn-quarter = तिमाही
rep-btn-last-week = पिछला हफ़्ता
rep-btn-this-week = यह हफ़्ता
rep-btn-last-month = पिछला महीना
rep-btn-this-month = यह महीना
rep-btn-next-month = अगला महीना
rep-btn-open-client = { $name } खोलें

## /pipeline
rep-pipe-title = 📊 पाइपलाइन
rep-pipe-open = अभी खुली डील:
rep-pipe-empty = अभी कोई खुली डील नहीं है।
rep-pipe-stage = { $number }. { $name } — { $count ->
    [0] कोई डील नहीं
    [one] 1 डील · { $sum }
   *[other] { $count } डील · { $sum }
}
rep-pipe-weighted = { "   " }संभावना के अनुसार { $sum }
rep-pipe-moved = { "   " }आगे बढ़ीं: { $left } में से { $forward } ({ $percent }%)
rep-pipe-forecast = संभावना के अनुसार अनुमान: { $sum }
rep-pipe-flow = { $new } नई · { $won } जीती · { $lost } हारी
rep-pipe-won = जीती: { $sum }
rep-pipe-win-rate = जीत दर: { $percent }% ({ $closed } में से { $won })
rep-pipe-no-closed = इस अवधि में कोई डील जीती या हारी नहीं गई।
rep-pipe-days = जीतने में औसत समय: { $days ->
    [one] 1 दिन
   *[other] { $days } दिन
}

## लक्ष्य
rep-target-progress = { $target } में से { $won } — { $percent }%
rep-target-set-team = ✅ टीम का लक्ष्य: { $amount }
rep-target-set-member = ✅ { $name } का लक्ष्य: { $amount }
rep-target-removed = 🗑 { $currency } में लक्ष्य हटाया गया:
rep-targets-title = 🎯 इस महीने और तिमाही के लक्ष्य
rep-targets-none = अभी कोई लक्ष्य नहीं। एक तय करें: /target 500000 INR महीना

## /stats और /when
rep-stats-title = 📅 मीटिंग
rep-stats-held = हुईं: { $held }
rep-stats-outcomes = → अगला कदम: { $next } · → जीत: { $won }
rep-stats-booked = तय की गई फ़ॉलो-अप मीटिंग: { $count }
rep-stats-planned = { $count ->
    [0] कोई मीटिंग तय नहीं
    [one] 1 मीटिंग तय
   *[other] { $count } मीटिंग तय
}
rep-when-title = 🗓 { $name }
rep-when-next-meeting = ⏭ अगली मीटिंग: { $when }
rep-when-last-meeting = ⏮ पिछली मीटिंग: { $when }
rep-when-next-call = 📞 अगली कॉल: { $when }
rep-when-last-call = 📞 पिछली कॉल: { $when }
rep-when-no-next-meeting = ⏭ कोई मीटिंग तय नहीं।
rep-when-no-last-meeting = ⏮ अभी तक कोई मीटिंग नहीं हुई।
rep-when-no-next-call = 📞 कोई कॉल तय नहीं।
rep-when-no-last-call = 📞 अभी तक कोई कॉल नहीं हुई।
rep-when-pick = “{ $query }” से { $count } क्लाइंट मिलते हैं। कौन-सा?

## स्रोत
rep-source-is = { $name }: स्रोत “{ $source }”। बदलें: /source Banner
rep-source-unset = { $name } का कोई स्रोत नहीं है। जोड़ें: /source Banner
rep-source-set = ✅ { $name }: स्रोत “{ $source }”
rep-source-cleared = ✅ { $name }: स्रोत हटाया गया
rep-source-none = (कोई स्रोत नहीं)
rep-cost-set = ✅ { $source } की लागत: { $amount }
rep-sources-title = 📣 क्लाइंट के स्रोत
rep-sources-empty = इस अवधि में कुछ नहीं: न नए क्लाइंट, न डील, न लागत।
rep-sources-return = लाभ { $return }
rep-sources-return-roi = लाभ { $return } (ROI { $roi }%)
rep-sources-detail = { "   " }जीती { $won } ({ $won_deals }) · लागत { $cost } · नए क्लाइंट { $clients } · डील { $deals }
rep-sources-quiet = अभी न आय, न लागत:
rep-sources-counts = नए क्लाइंट { $clients } · डील { $deals }

## गलत इनपुट
rep-err-period = अवधि “{ $input }” समझ नहीं आई। ऐसे लिखें: हफ़्ता, महीना, तिमाही, पिछला महीना, 2026-11, Q4 2026 या 01.10..31.12
rep-err-date = “{ $input }” कोई तारीख नहीं है। उदाहरण: /pipeline 01.10..31.12
rep-err-range-reversed = अवधि शुरू होने से पहले ख़त्म हो रही है। उदाहरण: /pipeline 01.10..31.12
rep-err-range-long = अवधि बहुत लंबी है: ज़्यादा से ज़्यादा { $days } दिन।
rep-err-nobody = आपकी टीम में “{ $name }” नाम का कोई नहीं है। /team देखें।
rep-err-several-members = “{ $name }” से कई लोग मिलते हैं: { $names }। नाम थोड़ा और लिखें।
rep-err-own-only = आप अपने आँकड़े देखते हैं; टीम के आँकड़े मालिक और लीड के लिए हैं।
rep-err-amount = “{ $input }” में रकम समझ नहीं आई। उदाहरण: /target 500000 INR महीना
rep-err-no-currency = किस मुद्रा में? उदाहरण: /target 500000 INR महीना
rep-err-currency = “{ $code }” कोई जानी-पहचानी मुद्रा नहीं है। INR, USD या EUR जैसा कोड लिखें।
rep-err-negative = रकम एक धनात्मक संख्या होनी चाहिए।
rep-err-too-large = यह रकम असली होने के लिए बहुत बड़ी है।
rep-err-decimals = { $currency } में { $max ->
    [0] दशमलव नहीं होते
    [one] दशमलव के बाद 1 अंक होता है
   *[other] दशमलव के बाद { $max } अंक होते हैं
}।
rep-err-target-period = लक्ष्य एक महीने या तिमाही के लिए होता है। उदाहरण: /target 500000 INR तिमाही
rep-err-target-past = वह अवधि बीत चुकी है: इस या आगे के महीने या तिमाही का लक्ष्य तय करें।
rep-err-when-empty = किसके साथ? उदाहरण: /when Sharma
rep-err-when-none = “{ $query }” से कोई क्लाइंट नहीं मिला।
rep-err-source-no-focus = पहले एक क्लाइंट खोलें (/find), फिर: /source Banner
rep-err-source-long = स्रोत के नाम में ज़्यादा से ज़्यादा { $max } अक्षर हो सकते हैं (इसमें { $length } हैं)।
rep-err-cost-usage = स्रोत, रकम और महीना लिखें। उदाहरण: /source cost Banner 5000 INR 2026-11
rep-err-cost-month = लागत महीने के हिसाब से होती है। उदाहरण: /source cost Banner 5000 INR 2026-11
