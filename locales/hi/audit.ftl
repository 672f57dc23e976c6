# गतिविधि लॉग: /audit (सिर्फ़ टीम का मालिक)। हर पंक्ति: "कब · किसने: क्या — किस पर"; नाम मौजूदा रिकॉर्ड से आते हैं,
# इसलिए हटाया गया रिकॉर्ड "हटाया गया क्लाइंट #12" दिखता है।
# $role भूमिका का कोड है (owner, lead, manager): नीचे के संदेश उसे शब्दों में बदलते हैं।

## कमांड मेन्यू और /help
cmd-audit = टीम लॉग: किसने क्या और कब बदला
help-audit = /audit  ·  /audit @Anna  ·  /audit डील हफ़्ता  ·  /audit 01.11..30.11  ·  /audit keep 365

## पेज
audit-title = 📜 टीम लॉग, नए पहले
audit-group = { $group ->
    [clients] क्लाइंट
    [activities] नोट, मीटिंग, कॉल, रिमाइंडर
    [deals] डील
    [team] टीम और आमंत्रण
    [settings] सेटिंग
    [campaigns] कैंपेन
   *[customers] खरीदार
}
audit-empty = अभी कुछ दर्ज नहीं है। क्लाइंट, डील और टीम के बदलाव यहाँ दिखेंगे।
audit-empty-filter = इस फ़िल्टर से कुछ नहीं मिला।
audit-hint = फ़िल्टर: /audit @Anna · /audit डील · /audit हफ़्ता · /audit 01.11..30.11 · कितने दिन रखें: /audit keep
audit-btn-older = ◀ पुराने
audit-btn-newer = नए ▶
audit-when = { $when }
audit-when-dated = { $date }, { $time }
audit-who-customer = एक ग्राहक
audit-gone = { $kind ->
    [client] हटाया गया क्लाइंट
    [deal] हटाई गई डील
    [campaign] हटाया गया कैंपेन
   *[member] पूर्व सदस्य
} #{ $id }
audit-campaign-unnamed = कैंपेन #{ $id }
audit-other = कुछ बदला

## क्या हुआ
audit-client-added = क्लाइंट जोड़ा
audit-client-edited = क्लाइंट की जानकारी बदली
audit-client-assigned = क्लाइंट { $to } को सौंपा
audit-activity = { $kind ->
    [meeting] मीटिंग दर्ज की
    [call] कॉल दर्ज की
    [message] ग्राहक को संदेश भेजा
   *[note] नोट जोड़ा
}
audit-outcome = नतीजा दर्ज किया
audit-reminder = { $change ->
    [set] रिमाइंडर लगाया
    [done] रिमाइंडर पूरा किया
   *[moved] रिमाइंडर आगे किया
}
audit-deal-created = डील बनाई, { $amount }
audit-deal-moved = डील आगे बढ़ाई: { $from } → { $to }
audit-deal-won = 🏆 डील जीती: { $from } → { $to }
audit-deal-lost = ❌ डील हारी: { $from } → { $to }
audit-deal-edited = डील { $field ->
    [amount] की रकम बदली
   *[close] की बंद होने की तारीख बदली
}
audit-deal-assigned = डील { $to } को सौंपी
audit-member-joined = टीम में { $role ->
    [owner] मालिक
    [lead] टीम लीड
   *[manager] मैनेजर
} के रूप में जुड़े
audit-member-removed = सदस्य को हटाया; उनका काम { $to } को मिला
audit-role-changed = सदस्य को { $role ->
    [owner] मालिक
    [lead] टीम लीड
   *[manager] मैनेजर
} बनाया
audit-invite-created = { $role ->
    [owner] मालिक
    [lead] टीम लीड
   *[manager] मैनेजर
} के रूप में आमंत्रण भेजा
audit-invite-withdrawn = आमंत्रण वापस लिया
audit-team-settings = टीम { $what ->
    [name] का नाम बदला
    [shared] का साझा बेस बदला
   *[stale] में "बिना हलचल" के दिन बदले
}
audit-stages = पाइपलाइन के चरण बदले
audit-target = बिक्री लक्ष्य बदला
audit-source-cost = लीड स्रोत का खर्च दर्ज किया
audit-promo-settings = प्रचार की सेटिंग बदली
audit-keep-changed = लॉग { $days } दिन रखने को कहा
audit-campaign = { $change ->
    [created] कैंपेन का ड्राफ़्ट शुरू किया
    [started] कैंपेन भेजा
    [scheduled] कैंपेन का समय तय किया
    [paused] कैंपेन रोका
    [resumed] कैंपेन फिर शुरू किया
    [cancelled] कैंपेन रद्द किया
   *[deleted] कैंपेन का ड्राफ़्ट हटाया
}
audit-segment = सेगमेंट सहेजा
audit-code = प्रोमो कोड भुनाया
audit-customer-erased = अपने अनुरोध पर अपना डेटा मिटवाया
audit-consent = { $change ->
    [in] प्रमोशन पाने के लिए सहमति दी
    [stop] प्रमोशन बंद किए
   *[resume] प्रमोशन फिर से शुरू किए
}

## कितने दिन रखें, और गलतियाँ
audit-keep-now = लॉग { $days } दिन तक रखा जाता है। बदलें: /audit keep 90
audit-keep-set = ✅ अब लॉग { $days } दिन तक रखा जाएगा। पुराने एक घंटे के भीतर हट जाएँगे।
audit-err-keep = "{ $input }" दिनों की सही संख्या नहीं है। लॉग { $min }–{ $max } दिन रखा जा सकता है, जैसे /audit keep 365
audit-err-filter = "{ $input }" से फ़िल्टर नहीं कर सकता। ऐसे लिखें: /audit @Anna · /audit क्लाइंट, डील, नोट, टीम, सेटिंग, कैंपेन या मिटाए · /audit हफ़्ता · /audit 01.11..30.11
audit-err-stale = लॉग का यह पेज पुराना हो गया है। /audit फिर से भेजें।
