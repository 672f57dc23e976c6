# ग्राहक: ग्राहक क्या देखता है, और ग्राहकों के बारे में टीम के कमांड।

promo-code = आपका कोड: { $code }
promo-code-percent = आपकी निजी छूट: कोड { $code } के साथ { $percent }%
promo-open-link = खोलें
promo-unsubscribe = सदस्यता छोड़ें

## /optin — टीम की ओर से
cmd-optin = ग्राहकों के लिए सदस्यता लिंक और QR कोड
help-optin = /optin — ग्राहकों के लिए टीम का लिंक और QR कोड  ·  /optin अनीता — एक क्लाइंट के लिए निजी लिंक
cust-optin-team = 📣 इस लिंक से ग्राहक { $team } के ऑफ़र की सदस्यता लेते हैं (ऊपर का QR कोड यही लिंक है):
cust-optin-team-how = QR कोड प्रिंट करें या लिंक भेजें। ग्राहक देखता है कि कौन लिख रहा है और एक टैप में सहमति देता है; उसे हफ़्ते में ज़्यादा से ज़्यादा { $cap } प्रमोशन मिलते हैं और वह कभी भी रोक सकता है।
cust-optin-personal = 🔗 { $name } के लिए निजी लिंक:
cust-optin-personal-how = इसे { $name } को भेजें: सहमति देने पर सदस्यता उनके कार्ड पर दर्ज होगी।
cust-optin-pick = { $count } क्लाइंट मिलते हैं। किसका निजी लिंक चाहिए?
cust-optin-none = आपका कोई क्लाइंट “{ $query }” से मेल नहीं खाता। उदाहरण: /optin अनीता
cust-optin-subscribed = { $name } पहले से सदस्य हैं।
cust-optin-renew-ask = टीम का नया लिंक बनाएँ? पुराना लिंक और उसके छपे QR कोड तुरंत काम करना बंद कर देंगे।
cust-optin-renewed = ✅ नया लिंक बन गया; पुराना अब काम नहीं करता।
cust-optin-own-team = यह { $team } का ग्राहकों वाला लिंक है: इससे आपके प्रमोशन की सदस्यता मिलती है। आप टीम में हैं, इसलिए कुछ नहीं बदला।
cust-btn-personal = 🔗 निजी लिंक: { $name }
cust-btn-renew = ♻️ टीम का नया लिंक
cust-btn-renew-yes = हाँ, नया लिंक

## लिंक खोलने पर
cust-offer = 👋 { $team } आपको यहीं Telegram में प्रमोशन और निजी ऑफ़र भेजना चाहता है।
cust-offer-terms = • हफ़्ते में ज़्यादा से ज़्यादा { $cap ->
    [one] एक संदेश
   *[other] { $cap } संदेश
}।
    • कभी भी रोकें: किसी भी संदेश के नीचे "सदस्यता छोड़ें" दबाएँ, या /stop भेजें।
    • /mydata दिखाता है कि { $team } आपके बारे में क्या रखता है; /forget उसे मिटा देता है।
cust-btn-agree = ✅ मैं सहमत हूँ
cust-subscribed = ✅ हो गया! { $team } के ऑफ़र यहाँ मिलेंगे, हफ़्ते में ज़्यादा से ज़्यादा { $cap }। /stop कभी भी।
cust-share-ask = क्या आप चाहते हैं कि { $team } आपको पहचाने? नीचे के बटन से अपना फ़ोन नंबर साझा करें (वैकल्पिक)।
cust-already-subscribed = आप पहले से { $team } के ऑफ़र के सदस्य हैं।
cust-link-unknown = यह लिंक काम नहीं करता (शायद बदल दिया गया है)। नया लिंक माँगें। कुछ भी सेव नहीं हुआ।
cust-link-taken = यह निजी लिंक किसी और का है। अपना लिंक माँगें। कुछ भी सेव नहीं हुआ।
cust-notice-subscribed = 🔔 { $how ->
    [personal] आपके निजी लिंक से सदस्यता:
    [resume] फिर से सदस्य बने:
   *[team] नया सदस्य (टीम लिंक):
}

## ग्राहक का फ़ोन
cust-contact-not-own = मैं सिर्फ़ आपका अपना नंबर ले सकता हूँ: नीचे का बटन दबाएँ। कुछ भी सेव नहीं हुआ।
cust-contact-bad = यह फ़ोन नंबर पढ़ा नहीं जा सका। कुछ भी सेव नहीं हुआ।
cust-contact-saved = ✅ धन्यवाद! अब { $team } के पास आपका फ़ोन है।
cust-contact-matched = ✅ धन्यवाद! { $team } ने आपको पहचान लिया।
cust-notice-phone = 📞 आपके सदस्य ने अपना फ़ोन साझा किया: { $phone }
cust-notice-matched = 📞 एक सदस्य ने अपना फ़ोन { $phone } साझा किया: यह आपका यही क्लाइंट है, अब जुड़ गया।

## ग्राहक क्या कर सकता है
cust-cmd-stop = प्रमोशन बंद करें
cust-cmd-start = फिर से सदस्यता लें
cust-cmd-lang = भाषा
cust-cmd-mydata = मेरे बारे में क्या रखा है
cust-cmd-forget = मेरा डेटा मिटाएँ
cust-help-stop = /stop — अब प्रमोशन नहीं
cust-help-start = /start — फिर से पाएँ
cust-help-lang = /lang — अपनी भाषा चुनें
cust-help-mydata = /mydata — देखें कि टीम आपके बारे में क्या रखती है
cust-help-forget = /forget — उसे मिटाएँ
cust-help = आप यह कर सकते हैं:
cust-text-only = टीम तक सिर्फ़ टेक्स्ट संदेश पहुँचते हैं। कृपया शब्दों में लिखें।
cust-message-sent = ✉️ { $team } को भेजा गया।
cust-cancelled = ठीक है, कुछ नहीं बदला।
cust-stale-button = यह बटन अब काम नहीं करता। आप कर सकते हैं: /stop, /start, /lang, /mydata, /forget।
cust-nothing-stored = आपके बारे में कुछ भी नहीं रखा गया है।
cust-preview-button = यह पूर्वावलोकन है: ग्राहकों के संदेशों में बटन काम करते हैं।
cust-link-here = यह रहा { $team } का लिंक:

cust-stop-none = आप किसी प्रमोशन के सदस्य नहीं हैं।
cust-stop-which = किस टीम के प्रमोशन बंद करें?
cust-stopped = ✅ अब आपको { $team } से प्रमोशन नहीं मिलेंगे।
cust-stopped-all = ✅ प्रमोशन बंद ({ $count ->
    [one] एक टीम
   *[other] { $count } टीमें
})।
cust-btn-stop = प्रमोशन बंद करें
cust-btn-stop-all = सभी
cust-btn-resume = फिर से सदस्यता लें
cust-start-subscribed = आप इनके सदस्य हैं: { $teams }। रोकने के लिए /stop।
cust-start-which = किस टीम की फिर से सदस्यता लें?
cust-resumed = ✅ { $team } की फिर से सदस्यता: हफ़्ते में ज़्यादा से ज़्यादा { $cap }। /stop कभी भी।
cust-lang-pick = अपनी भाषा चुनें:
cust-lang-set = ✅ भाषा: हिन्दी।
cust-lang-bad = यह भाषा मुझे नहीं आती। इनमें से चुनें: { $langs } (जैसे /lang hi)।

cust-forget-ask = { $team } आपके बारे में जो रखता है, सब मिटा दें? प्रमोशन भी बंद हो जाएँगे। यह वापस नहीं होगा।
cust-forget-which = किस टीम में अपना डेटा मिटाएँ?
cust-btn-forget = हाँ, मिटाएँ
cust-btn-forget-all = सभी टीमों में
cust-btn-cancel = रद्द करें
cust-forgotten = ✅ हो गया: { $team } अब आपके बारे में कुछ नहीं रखता। सिर्फ़ आपको न लिखने का एक नोट बचा है।
cust-forgotten-all = ✅ हो गया: { $count ->
    [one] एक टीम
   *[other] { $count } टीमें
} अब आपके बारे में कुछ नहीं रखतीं। सिर्फ़ आपको न लिखने का एक नोट बचा है।

## /mydata
cust-mydata-title = 📋 { $team } आपके बारे में यह रखता है:
cust-mydata-lang = 🌐 भाषा: { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}
cust-mydata-state = 📣 प्रमोशन: { $state ->
    [subscribed] सदस्य
    [stopped] बंद
    [blocked] बंद (आपने बॉट ब्लॉक किया)
   *[none] सदस्य नहीं
}, { $since } से
cust-mydata-consents = आपकी सहमति का इतिहास ({ $count }):
cust-mydata-consent = • { $at }: { $action ->
    [optin] सहमति दी
    [stop] बंद किया
    [resume] फिर से सदस्यता ली
    [block] बॉट ब्लॉक किया
   *[forget] डेटा मिटाया
} (पाठ { $version })
cust-mydata-promos = मिले प्रमोशन ({ $count }):
cust-mydata-promo = • { $at }: { $kind ->
    [birthday] जन्मदिन की बधाई
    [followup] याद दिलाना
   *[promo] प्रमोशन
}
cust-mydata-code = , कोड { $code }
cust-mydata-redeemed = 🎟 कोड { $code } इस्तेमाल हुआ: { $at }
cust-mydata-forget = /forget यह सब मिटा देता है।

## ग्राहक और टीम के बीच संदेश
cust-inbound = 💬 { $name } ({ $team } के ग्राहक) लिखते हैं:
cust-btn-reply = ↩️ जवाब दें
cust-btn-card = कार्ड खोलें
cust-reply-ask = { $name } के लिए अपना जवाब लिखें; यह टीम की ओर से जाएगा। रोकने के लिए /cancel।
cust-reply-sent = ✅ { $name } को भेजा गया।
cust-reply-gone = { $name } तक बॉट से नहीं पहुँचा जा सकता (Telegram से सदस्य नहीं, या डेटा मिटाने को कहा)। कुछ नहीं भेजा गया।
cust-from-team = 💬 { $team }:
cust-line-in = ⬅️ { $when } { $summary }
cust-line-out = ➡️ { $when } { $summary }

## क्लाइंट कार्ड
cust-card-subscribed = 📣 { $since } से प्रमोशन के सदस्य
cust-card-stopped = 🔕 { $since } को प्रमोशन बंद किए
cust-card-blocked = 🚫 { $since } को बॉट ब्लॉक किया
