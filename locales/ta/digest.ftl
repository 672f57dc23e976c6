# தினசரி சுருக்கம், அசைவற்ற டீல்/வாடிக்கையாளர் எச்சரிக்கைகள், அணிக் குழு (core/digest).

## கட்டளைப் பட்டியல் மற்றும் /help
cmd-digest = தினசரி சுருக்கம்: இப்போது அல்லது அட்டவணைப்படி
help-digest = /digest — இப்போது  ·  /digest 08:30 mon-fri  ·  /digest off  ·  /digest here (அணிக் குழுவில்)

## சுருக்கம்
digest-title-team = ☀️ { $team } — { $date }
digest-title-own = ☀️ உங்கள் சுருக்கம் — { $date }
digest-late = ⏰ தாமதமாக: { $when } மணிக்கு வர வேண்டியது, அப்போது நான் இணைப்பில் இல்லை.
digest-yesterday = 📒 நேற்று, { $date }:
digest-since = 📒 { $date } முதல்:
digest-idle = எதுவும் பதியவில்லை
digest-idle-members = ▫️ எதுவும் பதியாதவர்கள்: { $names }
digest-meetings = { $count ->
    [one] 1 சந்திப்பு
   *[other] { $count } சந்திப்புகள்
}
digest-calls = { $count ->
    [one] 1 அழைப்பு
   *[other] { $count } அழைப்புகள்
}
digest-notes = { $count ->
    [one] 1 குறிப்பு
   *[other] { $count } குறிப்புகள்
}
digest-moves = { $count ->
    [one] 1 டீல் நகர்ந்தது
   *[other] { $count } டீல்கள் நகர்ந்தன
}
digest-won = ✅ வென்றது { $count }: { $amount }
digest-lost = ❌ இழந்தது { $count }: { $amount }
digest-targets = 🎯 இலக்குகள்:
digest-target-team = • அணி, { $period ->
    [month] இந்த மாதம்
   *[quarter] இந்தக் காலாண்டு
}: { $target } இல் { $done } ({ $percent }%)
digest-target-member = • { $name }, { $period ->
    [month] இந்த மாதம்
   *[quarter] இந்தக் காலாண்டு
}: { $target } இல் { $done } ({ $percent }%)
digest-agenda = 📅 இன்று: { $count }
digest-agenda-none = 📅 இன்று சந்திப்போ அழைப்போ இல்லை.
digest-agenda-line = • { $time } { $kind ->
    [call] 📞
   *[meeting] 🤝
} { $client }
digest-overdue = ⚠️ தவறிய நினைவூட்டல்கள்: { $count }
digest-overdue-line = • { $when }: { $text }
digest-stale = 💤 { $days }+ நாட்களாக அசைவில்லை: { $count }
digest-stale-line = • { $title } ({ $client }), { $amount }, { $days } நா
digest-new-clients = 🆕 புதிய வாடிக்கையாளர்கள்: { $count }
digest-no-source = மூலம் இல்லை { $count }
digest-more = …மேலும் { $count }
digest-btn-today = 📅 இன்று

## அமைப்புகள்
digest-footer-on = ⚙️ { $time } மணிக்கு வரும் —
digest-footer-off = ⚙️ தினசரி சுருக்கம் அணைக்கப்பட்டுள்ளது: /digest on மூலம் இயக்கலாம்.
digest-set = ✅ சுருக்கம் { $time } மணிக்கு —
digest-next = அடுத்தது: { $when }.
digest-set-off = 🔕 தினசரி சுருக்கம் வராது. /digest மூலம் எப்போதும் பார்க்கலாம்; /digest on மீண்டும் இயக்கும்.
digest-days-all = ஒவ்வொரு நாளும்
digest-wd-1 = திங்
digest-wd-2 = செவ்
digest-wd-3 = புத
digest-wd-4 = வியா
digest-wd-5 = வெள்
digest-wd-6 = சனி
digest-wd-7 = ஞாயி
err-digest-args = “{ $input }” புரியவில்லை. இப்படி முயலுங்கள்: /digest 08:30  ·  /digest திங்கள்-வெள்ளி  ·  /digest mon,wed,fri  ·  /digest on  ·  /digest off
err-digest-time = “{ $input }” ஒரு நேரம் அல்ல. எடுத்துக்காட்டு: /digest 08:30

## அணிக் குழு
digest-here-private = உங்கள் அணியின் Telegram குழுவில் என்னைச் சேர்த்து, அங்கே /digest here அனுப்புங்கள்: ஒவ்வொரு காலையும் அணிச் சுருக்கத்தை அங்கே இடுவேன்.
digest-here-set = ✅ { $team } சுருக்கம் இங்கே { $time } மணிக்கு இடப்படும் —
digest-here-owner = அணிக் குழுவை அணி உரிமையாளர் மட்டுமே தேர்வு செய்ய முடியும்.
digest-here-taken = இந்தக் குழு ஏற்கனவே வேறொரு அணியின் சுருக்கத்தைப் பெறுகிறது.
digest-here-off = 🔕 அணிச் சுருக்கம் இனி குழுவில் இடப்படாது.
digest-here-none = அணிக் குழு அமைக்கப்படவில்லை. ஒரு குழுவில் என்னைச் சேர்த்து அங்கே /digest here அனுப்புங்கள்.
digest-group-members-only = நான் { $team } அணி உறுப்பினர்களுக்காக மட்டுமே வேலை செய்கிறேன்.

## அசைவற்றவை
stale-title = 💤 { $days }+ நாட்களாக அசைவில்லை: { $count }
stale-deal-line = • { $title } ({ $client }), { $amount } — { $since } முதல் அமைதி
stale-client-line = • { $client } — { $since } முதல் அமைதி
stale-more = …மேலும் { $count } அடுத்த முறை
stale-btn-call = 📞 { $name }
stale-btn-remind = ⏰ நினைவூட்டு
stale-btn-snooze = 💤 ஒரு வாரம்
stale-snoozed = 💤 { $name }: { $until } வரை ஒத்திவைக்கப்பட்டது.
