# செயல் பதிவு: /audit (குழு உரிமையாளர் மட்டும்). ஒவ்வொரு வரியும்: "எப்போது · யார்: என்ன — எதில்"; பெயர்கள் இப்போதைய
# பதிவுகளிலிருந்து எடுக்கப்படும், எனவே நீக்கிய பதிவு "நீக்கப்பட்ட வாடிக்கையாளர் #12" என்று தெரியும்.
# $role ஒரு பங்கு குறியீடு (owner, lead, manager): கீழே உள்ள செய்திகள் அதைச் சொற்களாக்கும்.

## கட்டளை மெனு மற்றும் /help
cmd-audit = குழு பதிவு: யார் எதை எப்போது மாற்றினார்
help-audit = /audit  ·  /audit @Anna  ·  /audit டீல் வாரம்  ·  /audit 01.11..30.11  ·  /audit keep 365

## பக்கம்
audit-title = 📜 குழு பதிவு, புதியவை முதலில்
audit-group = { $group ->
    [clients] வாடிக்கையாளர்கள்
    [activities] குறிப்புகள், சந்திப்புகள், அழைப்புகள், நினைவூட்டல்கள்
    [deals] டீல்கள்
    [team] குழு மற்றும் அழைப்பிதழ்கள்
    [settings] அமைப்புகள்
    [campaigns] பிரச்சாரங்கள்
   *[customers] வாங்குபவர் தரவு அழிப்பு
}
audit-empty = இன்னும் எதுவும் பதிவாகவில்லை. வாடிக்கையாளர், டீல், குழு மாற்றங்கள் இங்கே தெரியும்.
audit-empty-filter = இந்த வடிகட்டிக்கு எதுவும் இல்லை.
audit-hint = வடிகட்ட: /audit @Anna · /audit டீல் · /audit வாரம் · /audit 01.11..30.11 · வைத்திருக்கும் காலம்: /audit keep
audit-btn-older = ◀ பழையவை
audit-btn-newer = புதியவை ▶
audit-when = { $when }
audit-when-dated = { $date }, { $time }
audit-who-customer = ஒரு வாங்குபவர்
audit-gone = { $kind ->
    [client] நீக்கப்பட்ட வாடிக்கையாளர்
    [deal] நீக்கப்பட்ட டீல்
    [campaign] நீக்கப்பட்ட பிரச்சாரம்
   *[member] முன்னாள் உறுப்பினர்
} #{ $id }
audit-campaign-unnamed = பிரச்சாரம் #{ $id }
audit-other = ஒரு மாற்றம் செய்தார்

## என்ன நடந்தது
audit-client-added = வாடிக்கையாளரைச் சேர்த்தார்
audit-client-edited = வாடிக்கையாளர் விவரங்களை மாற்றினார்
audit-client-assigned = வாடிக்கையாளரை { $to } இடம் ஒப்படைத்தார்
audit-activity = { $kind ->
    [meeting] சந்திப்பைப் பதிவு செய்தார்
    [call] அழைப்பைப் பதிவு செய்தார்
    [message] வாங்குபவருக்கு எழுதினார்
   *[note] குறிப்பு சேர்த்தார்
}
audit-outcome = முடிவைப் பதிவு செய்தார்
audit-reminder = { $change ->
    [set] நினைவூட்டல் வைத்தார்
    [done] நினைவூட்டலை முடித்தார்
   *[moved] நினைவூட்டலை மாற்றி வைத்தார்
}
audit-deal-created = டீல் உருவாக்கினார், { $amount }
audit-deal-moved = டீலை நகர்த்தினார்: { $from } → { $to }
audit-deal-won = 🏆 டீலை வென்றார்: { $from } → { $to }
audit-deal-lost = ❌ டீலை இழந்தார்: { $from } → { $to }
audit-deal-edited = டீலின் { $field ->
    [amount] தொகையை மாற்றினார்
   *[close] முடியும் தேதியை மாற்றினார்
}
audit-deal-assigned = டீலை { $to } இடம் ஒப்படைத்தார்
audit-member-joined = { $role ->
    [owner] உரிமையாளர்
    [lead] குழுத் தலைவர்
   *[manager] மேலாளர்
} ஆகக் குழுவில் சேர்ந்தார்
audit-member-removed = ஒரு உறுப்பினரை நீக்கினார்; அவர் வேலை { $to } இடம் சென்றது
audit-role-changed = உறுப்பினரை { $role ->
    [owner] உரிமையாளர்
    [lead] குழுத் தலைவர்
   *[manager] மேலாளர்
} ஆக்கினார்
audit-invite-created = { $role ->
    [owner] உரிமையாளர்
    [lead] குழுத் தலைவர்
   *[manager] மேலாளர்
} ஆக அழைப்பிதழ் அனுப்பினார்
audit-invite-withdrawn = அழைப்பிதழைத் திரும்பப் பெற்றார்
audit-team-settings = குழுவின் { $what ->
    [name] பெயரை மாற்றினார்
    [shared] பகிர்ந்த தளத்தை மாற்றினார்
   *[stale] "அசைவில்லா" நாட்களை மாற்றினார்
}
audit-stages = விற்பனை நிலைகளை மாற்றினார்
audit-target = விற்பனை இலக்கை மாற்றினார்
audit-source-cost = வாடிக்கையாளர் மூலச் செலவைப் பதிவு செய்தார்
audit-promo-settings = விளம்பர அமைப்புகளை மாற்றினார்
audit-keep-changed = பதிவை { $days } நாட்கள் வைத்திருக்க அமைத்தார்
audit-campaign = { $change ->
    [created] பிரச்சார வரைவைத் தொடங்கினார்
    [started] பிரச்சாரத்தை அனுப்பினார்
    [scheduled] பிரச்சாரத்துக்கு நேரம் குறித்தார்
    [paused] பிரச்சாரத்தை நிறுத்தி வைத்தார்
    [resumed] பிரச்சாரத்தை மீண்டும் தொடங்கினார்
    [cancelled] பிரச்சாரத்தை ரத்து செய்தார்
   *[deleted] பிரச்சார வரைவை நீக்கினார்
}
audit-segment = ஒரு பிரிவைச் சேமித்தார்
audit-code = விளம்பரக் குறியீட்டைப் பயன்படுத்தினார்
audit-customer-erased = தன் கோரிக்கைப்படி தன் தரவை அழித்தார்

## வைத்திருக்கும் காலம், பிழைகள்
audit-keep-now = பதிவு நிகழ்வுகளை { $days } நாட்கள் வைத்திருக்கும். மாற்ற: /audit keep 90
audit-keep-set = ✅ இனி பதிவு நிகழ்வுகளை { $days } நாட்கள் வைத்திருக்கும். பழையவை ஒரு மணி நேரத்துக்குள் நீங்கும்.
audit-err-keep = "{ $input }" சரியான நாள் எண்ணிக்கை அல்ல. பதிவை { $min }–{ $max } நாட்கள் வைத்திருக்கலாம், எ.கா. /audit keep 365
audit-err-filter = "{ $input }" மூலம் வடிகட்ட முடியவில்லை. இப்படி: /audit @Anna · /audit வாடிக்கையாளர், டீல், குறிப்பு, குழு, அமைப்புகள், பிரச்சாரம் அல்லது அழிப்பு · /audit வாரம் · /audit 01.11..30.11
audit-err-stale = பதிவின் இந்தப் பக்கம் பழையதாகிவிட்டது. /audit மீண்டும் அனுப்புங்கள்.
