# रोज़ का सारांश, निष्क्रियता की सूचनाएँ और टीम ग्रुप (core/digest)।

## कमांड मेन्यू और /help
cmd-digest = रोज़ का सारांश: अभी या तय समय पर
help-digest = /digest — अभी  ·  /digest 08:30 mon-fri  ·  /digest off  ·  /digest here (टीम ग्रुप में)

## सारांश
digest-title-team = ☀️ { $team } — { $date }
digest-title-own = ☀️ आपका सारांश — { $date }
digest-late = ⏰ देर से: इसे { $when } पर आना था, तब मैं ऑफ़लाइन था।
digest-yesterday = 📒 कल, { $date }:
digest-since = 📒 { $date } से:
digest-idle = कुछ दर्ज नहीं
digest-idle-members = ▫️ कुछ दर्ज नहीं किया: { $names }
digest-meetings = { $count ->
    [one] 1 मीटिंग
   *[other] { $count } मीटिंग
}
digest-calls = { $count ->
    [one] 1 कॉल
   *[other] { $count } कॉल
}
digest-notes = { $count ->
    [one] 1 नोट
   *[other] { $count } नोट
}
digest-moves = { $count ->
    [one] 1 डील आगे बढ़ी
   *[other] { $count } डील आगे बढ़ीं
}
digest-won = ✅ जीती { $count }: { $amount }
digest-lost = ❌ हारी { $count }: { $amount }
digest-targets = 🎯 लक्ष्य:
digest-target-team = • टीम, { $period ->
    [month] इस महीने
   *[quarter] इस तिमाही
}: { $target } में से { $done } ({ $percent }%)
digest-target-member = • { $name }, { $period ->
    [month] इस महीने
   *[quarter] इस तिमाही
}: { $target } में से { $done } ({ $percent }%)
digest-agenda = 📅 आज: { $count }
digest-agenda-none = 📅 आज कोई मीटिंग या कॉल नहीं।
digest-agenda-line = • { $time } { $kind ->
    [call] 📞
   *[meeting] 🤝
} { $client }
digest-overdue = ⚠️ छूटे रिमाइंडर: { $count }
digest-overdue-line = • { $when }: { $text }
digest-stale = 💤 { $days }+ दिन से कोई हलचल नहीं: { $count }
digest-stale-line = • { $title } ({ $client }), { $amount }, { $days } दिन
digest-new-clients = 🆕 नए क्लाइंट: { $count }
digest-no-source = बिना स्रोत { $count }
digest-more = …और { $count }
digest-btn-today = 📅 आज

## सेटिंग्स
digest-footer-on = ⚙️ { $time } पर आता है —
digest-footer-off = ⚙️ रोज़ का सारांश बंद है: /digest on से चालू करें।
digest-set = ✅ सारांश { $time } पर —
digest-next = अगला: { $when }।
digest-set-off = 🔕 रोज़ का सारांश नहीं आएगा। /digest से कभी भी देखें; /digest on से फिर चालू करें।
digest-days-all = हर दिन
digest-wd-1 = सोम
digest-wd-2 = मंगल
digest-wd-3 = बुध
digest-wd-4 = गुरु
digest-wd-5 = शुक्र
digest-wd-6 = शनि
digest-wd-7 = रवि
err-digest-args = “{ $input }” समझ नहीं आया। ऐसे लिखें: /digest 08:30  ·  /digest सोम-शुक्र  ·  /digest mon,wed,fri  ·  /digest on  ·  /digest off
err-digest-time = “{ $input }” कोई समय नहीं है। उदाहरण: /digest 08:30

## टीम ग्रुप
digest-here-private = मुझे अपनी टीम के Telegram ग्रुप में जोड़ें और वहाँ /digest here भेजें: मैं हर सुबह वहाँ टीम का सारांश भेजूँगा।
digest-here-set = ✅ { $team } का सारांश यहाँ { $time } पर आएगा —
digest-here-owner = टीम ग्रुप सिर्फ़ टीम का मालिक चुन सकता है।
digest-here-taken = यह ग्रुप पहले से किसी दूसरी टीम का सारांश पाता है।
digest-here-off = 🔕 टीम का सारांश अब ग्रुप में नहीं आएगा।
digest-here-none = कोई टीम ग्रुप तय नहीं है। मुझे किसी ग्रुप में जोड़ें और वहाँ /digest here भेजें।
digest-group-members-only = मैं सिर्फ़ { $team } टीम के सदस्यों के लिए काम करता हूँ।

## निष्क्रियता की सूचनाएँ
stale-title = 💤 { $days }+ दिन से कोई हलचल नहीं: { $count }
stale-deal-line = • { $title } ({ $client }), { $amount } — { $since } से शांत
stale-client-line = • { $client } — { $since } से शांत
stale-more = …और { $count } अगली बार
stale-btn-call = 📞 { $name }
stale-btn-remind = ⏰ याद दिलाएँ
stale-btn-snooze = 💤 एक हफ़्ता
stale-snoozed = 💤 { $name }: { $until } तक टाला गया।
