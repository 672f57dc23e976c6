# Pocket CRM — தமிழ் (Tamil).
# Keep replies phone-sized. Arguments in { $braces } are filled in by the bot.

## Date formats (chrono strftime patterns; month and day names come from the locale)
fmt-datetime = %a %d %b, %H:%M
fmt-date = %a %d %b %Y
fmt-time = %H:%M

## Command menu (setMyCommands) — short descriptions
cmd-add = வாடிக்கையாளரைச் சேர்க்க
cmd-find = வாடிக்கையாளரைத் தேட
cmd-meet = சந்திப்பைப் பதிவுசெய்ய அல்லது திட்டமிட
cmd-call = அழைப்பைப் பதிவுசெய்ய அல்லது திட்டமிட
cmd-note = குறிப்பு எழுத
cmd-remind = நினைவூட்டல் அமைக்க
cmd-today = இன்றைய அட்டவணை
cmd-week = இந்த வார அட்டவணை
cmd-lang = மொழியை மாற்ற
cmd-tz = நேர மண்டலத்தை மாற்ற
cmd-before = சந்திப்புக்கு முன் நினைவூட்டும் நேரம்
cmd-cancel = என் கேள்வியை ரத்துசெய்ய
cmd-help = எடுத்துக்காட்டுகளுடன் கட்டளைகள்
cmd-start = தொடக்கம், அமைப்புகள்

## /help — one example per command
help-title = நான் செய்யக்கூடியவை:
help-add = /add முருகன் செல்வம் +91 98765 43210 murugan@example.com #vip @Acme
help-find = /find செல்வம்  ·  /find 98765  ·  /find #vip
help-meet = /meet நாளை 15:00 டெமோ  ·  /meet நேற்று 11:00 விலை பற்றிப் பேசினோம்
help-call = /call 2 மணி நேரத்தில் பின்தொடர்தல்  ·  /call இலவச சோதனைக்கு ஒப்புக்கொண்டார்
help-note = /note 3 லைசென்ஸ்களுக்குத் தள்ளுபடி கேட்கிறார்
help-remind = /remind நாளை 10:00 முருகனை அழைக்கவும்  ·  /remind 2 மணி நேரத்தில் விலைப்புள்ளி அனுப்பவும்  ·  /remind வெள்ளி 9:30 வாழ்த்து
help-today = /today — இன்றைய சந்திப்புகள், அழைப்புகள், நினைவூட்டல்கள்
help-week = /week — அடுத்த 7 நாட்கள்
help-lang = /lang — அல்லது /lang en
help-tz = /tz Kolkata  ·  /tz Asia/Singapore  ·  /tz UTC+8
help-before = /before 15 — சந்திப்பு, அழைப்புக்கு 15 நிமிடம் முன் நினைவூட்டல்
help-cancel = /cancel — படிப்படியான கேள்விகளை நிறுத்த
help-help = /help — இந்தப் பட்டியல்
help-start = /start — வரவேற்பு, மொழி, நேர மண்டலம்

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
start-welcome = 👋 வணக்கம், { $name }! நான் Pocket CRM: உங்கள் வாடிக்கையாளர்கள், சந்திப்புகள், நினைவூட்டல்கள் — இங்கேயே Telegram-இல்.
start-welcome-back = 👋 மீண்டும் வருக, { $name }!
start-pick-lang = உங்கள் மொழியைத் தேர்ந்தெடுக்கவும்:
lang-set = ✅ மொழி: தமிழ்.
tz-prompt = 🕒 உங்கள் நேர மண்டலம் எது? ஒன்றைத் தட்டவும், அல்லது நகரம், மண்டலப் பெயர் அல்லது நேர வேறுபாட்டை எழுதவும் (எ.கா. Kolkata, Asia/Singapore, UTC+8). இப்போது: { $current }.
tz-set = ✅ நேர மண்டலம்: { $zone }. உங்கள் நேரம் இப்போது: { $now }.
start-next = எல்லாம் தயார். முயற்சிக்கவும்: /add முருகன் செல்வம் +91 98765 43210 — அல்லது எல்லாவற்றுக்கும் /help.
before-set = ✅ சந்திப்புகள், அழைப்புகள் { $minutes ->
    [0] தொடங்கும்போதே
    [one] தொடங்குவதற்கு { $minutes } நிமிடம் முன்பு
   *[other] தொடங்குவதற்கு { $minutes } நிமிடங்கள் முன்பு
} நினைவூட்டுகிறேன்.
cancelled = சரி, ரத்துசெய்யப்பட்டது. எதுவும் சேமிக்கப்படவில்லை.

## Clients
add-ask-name = வாடிக்கையாளரின் பெயர் என்ன? (அதே வரியில் தொலைபேசி, மின்னஞ்சல், #குறிச்சொற்கள், @நிறுவனம் ஆகியவற்றையும் சேர்க்கலாம்.)
add-ask-details = இப்போது { $name } பற்றிய விவரங்கள்: தொலைபேசி, மின்னஞ்சல், #குறிச்சொற்கள், @நிறுவனம் — ஒரே வரியில். தவிர்க்க - அனுப்பவும்.
client-added = ✅ வாடிக்கையாளர் சேர்க்கப்பட்டார்: { $name }
client-updated = ✅ சேமிக்கப்பட்டது: { $name }
contact-exists = இந்தத் தொடர்பு ஏற்கனவே உங்கள் வாடிக்கையாளர்: { $name }
dup-found = ⚠️ { $count ->
    [one] இந்த வாடிக்கையாளர் ஏற்கனவே இருப்பதாகத் தெரிகிறது: { $name }.
   *[other] ஒத்த { $count } வாடிக்கையாளர்கள் ஏற்கனவே இருப்பதாகத் தெரிகிறது, எ.கா. { $name }.
} அதைத் திறக்கவா, அல்லது புதியதாக உருவாக்கவா?
edit-prompt = { $name } பற்றிய திருத்தங்களை ஒரே வரியில் அனுப்பவும்: புதிய பெயர், +தொலைபேசி, மின்னஞ்சல், #குறிச்சொல், @நிறுவனம். தொலைபேசி, மின்னஞ்சல், குறிச்சொற்கள் சேர்க்கப்படும்; பெயரும் நிறுவனமும் மாற்றப்படும்.
find-results = 🔎 “{ $query }”: { $total ->
    [one] ஒரு வாடிக்கையாளர்
   *[other] { $total } வாடிக்கையாளர்கள், காட்டப்படுவது { $from }–{ $to }
}
find-none = 🔎 “{ $query }” உடன் யாரும் பொருந்தவில்லை. பெயரின் ஒரு பகுதி, தொலைபேசி எண்கள், மின்னஞ்சல், @நிறுவனம் அல்லது #குறிச்சொல்லை முயற்சிக்கவும் — அல்லது சேர்க்கவும்: /add { $query }

## Client card
card-name = 👤 { $name }
card-company = 🏢 { $company }
card-phone = 📞 { $phone }
card-email = ✉️ { $email }
card-tags = 🏷 { $tags }
card-history = சமீபத்தியவை:
card-no-history = இதுவரை சந்திப்புகள், அழைப்புகள், குறிப்புகள் எதுவும் இல்லை.
card-next-reminder = ⏰ அடுத்தது: { $when } — { $text }

## History lines
outcome-suffix = { $outcome ->
    [next] {" "}· ➡️ அடுத்த படி
    [won] {" "}· 🏆 வெற்றி
    [open] {" "}· ⏸ முடிவாகவில்லை
    [lost] {" "}· ❌ தோல்வி
   *[none] {""}
}
line-meeting = 🤝 { $when } சந்திப்பு: { $summary }{ outcome-suffix }
line-meeting-planned = 📅 { $when } சந்திப்பு (திட்டம்): { $summary }
line-call = 📞 { $when } அழைப்பு: { $summary }{ outcome-suffix }
line-call-planned = 📅 { $when } அழைப்பு (திட்டம்): { $summary }
line-note = 📝 { $when } { $summary }
line-message = 💬 { $when } { $summary }
line-reminder = { $state ->
    [sent] ✔️
    [done] ✅
    [failed] ❗
    [interrupted] ⚠️
   *[other] ⏰
} { $when } { $text }{ $state ->
    [interrupted] {" "}(அனுப்புதல் தடைபட்டது — உங்களுக்கு வராமல் போயிருக்கலாம்)
    [failed] {" "}(அனுப்ப முடியவில்லை)
   *[other] {""}
}

## Meetings, calls, notes
ask-meeting = { $name } உடனான சந்திப்பு எப்போது நடந்தது அல்லது நடக்கும், எதைப் பற்றி? எ.கா. “நாளை 15:00 டெமோ” அல்லது “நேற்று 11:00 விலை பற்றிப் பேசினோம்”.
ask-call = { $name } உடனான அழைப்பு எப்போது நடந்தது அல்லது நடக்கும், எதைப் பற்றி? எ.கா. “2 மணி நேரத்தில் பின்தொடர்தல்” அல்லது “இலவச சோதனைக்கு ஒப்புக்கொண்டார்”.
ask-note = { $name } பற்றிய குறிப்பை அனுப்பவும்.
logged-meeting = ✅ { $name } உடனான சந்திப்பு பதிவானது ({ $when }). எப்படி நடந்தது?
logged-call = ✅ { $name } உடனான அழைப்பு பதிவானது ({ $when }). எப்படி நடந்தது?
logged-note = ✅ { $name } பற்றிய குறிப்பு சேமிக்கப்பட்டது ({ $when }).
planned-meeting = 📅 { $name } உடன் சந்திப்பு: { $when }. நினைவூட்டல்: { $remind }.
planned-call = 📅 { $name } உடன் அழைப்பு: { $when }. நினைவூட்டல்: { $remind }.
outcome-next = ➡️ அடுத்த படி
outcome-won = 🏆 வெற்றி
outcome-open = ⏸ முடிவாகவில்லை
outcome-lost = ❌ தோல்வி
outcome-saved = ✅ விளைவு சேமிக்கப்பட்டது: { $outcome ->
    [next] அடுத்த படி
    [won] வெற்றி
    [lost] தோல்வி
   *[open] முடிவாகவில்லை
}.
note-offer = இதை { $name } பற்றிய குறிப்பாகச் சேமிக்கவா?
note-dropped = சரி, சேமிக்கவில்லை.

## Agenda
agenda-today = 📋 இன்று, { $date } — { $count ->
    [0] எதுவும் திட்டமிடவில்லை
    [one] ஒரு நிகழ்வு
   *[other] { $count } நிகழ்வுகள்
}
agenda-week = 📋 { $date } முதல் அடுத்த 7 நாட்கள் — { $count ->
    [0] எதுவும் திட்டமிடவில்லை
    [one] ஒரு நிகழ்வு
   *[other] { $count } நிகழ்வுகள்
}
agenda-empty = முழுக்க ஓய்வு! ஏதாவது திட்டமிடுங்கள்: /meet நாளை 15:00 டெமோ

## Reminders
ask-remind = { $name } பற்றி எப்போது, எதை நினைவூட்ட வேண்டும்? எ.கா. “நாளை 10:00 விலைப்புள்ளி அனுப்பவும்”.
remind-set = ⏰ { $when } நினைவூட்டுகிறேன்: { $text }
remind-moved = ⏰ புதிய நேரம் { $when }: { $text }
reminder-due = ⏰ { $text }
reminder-activity = ⏰ { $name } உடன் { $kind ->
    [call] அழைப்பு
   *[meeting] சந்திப்பு
}, { $when }: { $text }
reminder-client = 👤 { $name }
reminder-late = (தாமதமாக: நேரம் { $when }, நான் ஆஃப்லைனில் இருந்தேன்)
reminder-done = ✅ முடிந்தது: { $text }

## Buttons
btn-meeting = 🤝 சந்திப்பு
btn-call = 📞 அழைப்பு
btn-note = 📝 குறிப்பு
btn-remind = ⏰ நினைவூட்டல்
btn-edit = ✏️ திருத்த
btn-open = திறக்க: { $name }
btn-open-client = 👤 வாடிக்கையாளரைத் திறக்க
btn-create-anyway = ➕ புதியதாக உருவாக்க
btn-cancel = ✖️ ரத்துசெய்
btn-next = அடுத்து ›
btn-prev = ‹ முந்தையது
btn-done = ✅ முடிந்தது
btn-hour = +1 மணி நேரம்
btn-tomorrow = நாளை
btn-save-note = 📝 குறிப்பாகச் சேமிக்க
btn-share-contact = 📱 என் தொலைபேசி எண்ணைப் பகிர

## Hints
hint-start = 👋 தொடங்க /start அனுப்பவும்.
hint-plain = நான் வாடிக்கையாளர்கள், சந்திப்புகள், நினைவூட்டல்களை வைத்திருக்கிறேன். முதலில் ஒரு வாடிக்கையாளரைத் திறக்கவும் (/find முருகன்), பிறகு உங்கள் உரையைக் குறிப்பாகச் சேமிக்கட்டுமா என்று கேட்பேன் — அல்லது /help பார்க்கவும்.

## Errors: short, with an example
err-internal = 😕 என் பக்கத்தில் ஏதோ தவறு நடந்தது; எதுவும் சேமிக்கப்படவில்லை. சிறிது நேரத்தில் மீண்டும் முயற்சிக்கவும்.
err-empty = இங்கே நான் உரையை மட்டுமே படிக்கிறேன். /help முயற்சிக்கவும்.
err-too-long = இது எனக்கு மிக நீளம் ({ $length } எழுத்துகள்; அதிகபட்சம் { $max }). தயவுசெய்து சுருக்கவும்.
err-no-workspace = முதலில் /start அனுப்பவும் — பத்து வினாடிகளே ஆகும்.
err-unknown-command = { $command } எனக்குத் தெரியாது. /help பார்க்கவும் — எ.கா. /add முருகன் செல்வம் +91 98765 43210
err-lang = நான் பேசும் மொழிகள்: { $langs }. எ.கா. /lang en
err-tz = “{ $input }” என்ற நேர மண்டலம் புரியவில்லை. நகரம் (Kolkata, Singapore), மண்டலம் (Asia/Kolkata) அல்லது நேர வேறுபாடு (UTC+8) முயற்சிக்கவும்.
err-before = நிமிடங்களை அனுப்பவும், எ.கா. /before 15 (இப்போது: { $current }).
err-add-name = வாடிக்கையாளரின் பெயரை அனுப்பவும், எ.கா. முருகன் செல்வம்
err-add-details = “{ $words }” புரியவில்லை. இப்படி அனுப்பவும்: +91 98765 43210 murugan@example.com #vip @Acme — அல்லது தவிர்க்க -
err-name-long = பெயர் மிக நீளம் ({ $length } எழுத்துகள்; அதிகபட்சம் { $max }).
err-phone = “{ $input }” தொலைபேசி எண் போலத் தெரியவில்லை. எடுத்துக்காட்டு: +91 98765 43210
err-email = “{ $input }” மின்னஞ்சல் போலத் தெரியவில்லை. எடுத்துக்காட்டு: murugan@example.com
err-tag = “{ $input }” காலியாக உள்ளது. எடுத்துக்காட்டு: #vip அல்லது @Acme
err-find-empty = எதைத் தேட வேண்டும்? எ.கா. /find செல்வம் அல்லது /find 98765
err-client-gone = அந்த வாடிக்கையாளரை இனி காணவில்லை. /find முயற்சிக்கவும்
err-no-focus = எந்த வாடிக்கையாளர்? முதலில் ஒருவரைத் திறக்கவும் (/find முருகன்) அல்லது பெயரைக் குறிப்பிடவும்: /meet முருகன் செல்வம் நாளை 15:00 டெமோ
err-date = “{ $input }” இல் தேதி புரியவில்லை. எடுத்துக்காட்டுகள்: நாளை 10:00, வெள்ளி 9:30, 2026-12-25, 2 மணி நேரத்தில்
err-remind-empty = எதை, எப்போது? எ.கா. /remind நாளை 10:00 முருகனை அழைக்கவும்
err-remind-when = எப்போது நினைவூட்ட வேண்டும்? “{ $input }” இல் நேரம் எதுவும் இல்லை. எ.கா. /remind நாளை 10:00 முருகனை அழைக்கவும், /remind 2 மணி நேரத்தில் விலைப்புள்ளி அனுப்பவும்
err-remind-text = { $when } — எதை நினைவூட்ட வேண்டும்? எ.கா. /remind நாளை 10:00 முருகனை அழைக்கவும்
err-past = { $when } ஏற்கனவே கடந்துவிட்டது. எ.கா. /remind நாளை 10:00 முருகனை அழைக்கவும்
err-summary-long = ஒரு பதிவில் நான் வைக்கக்கூடியதைவிட இது நீளம் (அதிகபட்சம் { $max } எழுத்துகள்).

## Teams: whose client it is
dup-owner = 👤 { $owner } இவருடன் பணியாற்றுகிறார் · கடைசி தொடர்பு { $when }
dup-owner-quiet = 👤 { $owner } இவருடன் பணியாற்றுகிறார் · இன்னும் தொடர்பு இல்லை
card-owner = 🧑‍💼 பொறுப்பாளர்: { $owner }
role-owner = உரிமையாளர்
role-lead = குழுத் தலைவர்
role-manager = மேலாளர்
err-read-only = { $name } { $owner } அவர்களின் வாடிக்கையாளர்: நீங்கள் பார்க்கலாம், மாற்ற முடியாது. { $owner } அல்லது குழுத் தலைவரிடம் கேளுங்கள்.
err-role = குழுவில் உங்கள் பங்கு இதை அனுமதிக்காது. குழு உரிமையாளரிடம் கேளுங்கள்.
