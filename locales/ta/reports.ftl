# கேட்டவுடன் எண்கள்: /pipeline, /stats, /when, /target, /source, /sources.

## கட்டளை மெனு மற்றும் /help
cmd-pipeline = விற்பனைப் புனல்: நிலைகள், கணிப்பு, வெற்றி விகிதம்
cmd-stats = சந்திப்புகள்: நடந்தவை, தொடர், திட்டமிட்டவை
cmd-when = வாடிக்கையாளருடன் என் அடுத்த, கடைசி சந்திப்பு
cmd-target = விற்பனை இலக்குகள் மற்றும் முன்னேற்றம்
cmd-source = வாடிக்கையாளர் மூலம், மூலங்களின் செலவு
cmd-sources = எந்த மூலம் லாபம் தருகிறது
help-pipeline = /pipeline  ·  /pipeline காலாண்டு  ·  /pipeline 01.10..31.12 @Priya
help-stats = /stats — கடந்த வாரம்  ·  /stats இந்த மாதம்  ·  /stats அடுத்த மாதம் @Priya
help-when = /when Kumar — அவருடன் என் அடுத்த, கடைசி சந்திப்பும் அழைப்பும்
help-target = /target 500000 INR மாதம்  ·  /target 1500000 INR காலாண்டு @Priya  ·  /target
help-source = /source Banner (திறந்துள்ள வாடிக்கையாளர்)  ·  /source cost Banner 5000 INR 2026-11
help-sources = /sources  ·  /sources காலாண்டு

## காலங்களும் நபர்களும்
rep-period-month = { $month ->
    [1] ஜனவரி
    [2] பிப்ரவரி
    [3] மார்ச்
    [4] ஏப்ரல்
    [5] மே
    [6] ஜூன்
    [7] ஜூலை
    [8] ஆகஸ்ட்
    [9] செப்டம்பர்
    [10] அக்டோபர்
    [11] நவம்பர்
   *[12] டிசம்பர்
} { $year }
rep-period-quarter = காலாண்டு { $quarter }, { $year }
rep-period-range = { $from } – { $to }
rep-who-team = குழு

## பொத்தான்கள்
rep-btn-week = வாரம்
rep-btn-month = மாதம்
rep-btn-quarter = காலாண்டு
rep-btn-last-week = கடந்த வாரம்
rep-btn-this-week = இந்த வாரம்
rep-btn-last-month = கடந்த மாதம்
rep-btn-this-month = இந்த மாதம்
rep-btn-next-month = அடுத்த மாதம்
rep-btn-open-client = { $name } திற

## /pipeline
rep-pipe-title = 📊 விற்பனைப் புனல்
rep-pipe-open = இப்போது திறந்த ஒப்பந்தங்கள்:
rep-pipe-empty = இன்னும் திறந்த ஒப்பந்தம் இல்லை.
rep-pipe-stage = { $number }. { $name } — { $count ->
    [0] ஒப்பந்தம் இல்லை
    [one] 1 ஒப்பந்தம் · { $sum }
   *[other] { $count } ஒப்பந்தங்கள் · { $sum }
}
rep-pipe-weighted = { "   " }வாய்ப்பின்படி { $sum }
rep-pipe-moved = { "   " }முன்னேறியவை: { $left } இல் { $forward } ({ $percent }%)
rep-pipe-forecast = வாய்ப்பின்படி கணிப்பு: { $sum }
rep-pipe-flow = புதியவை { $new } · வென்றவை { $won } · தோற்றவை { $lost }
rep-pipe-won = வென்றது: { $sum }
rep-pipe-win-rate = வெற்றி விகிதம்: { $percent }% ({ $closed } இல் { $won })
rep-pipe-no-closed = இந்தக் காலத்தில் எந்த ஒப்பந்தமும் வெல்லவோ தோற்கவோ இல்லை.
rep-pipe-days = வெல்ல சராசரி நேரம்: { $days ->
    [one] 1 நாள்
   *[other] { $days } நாட்கள்
}

## இலக்குகள்
rep-target-progress = { $target } இல் { $won } — { $percent }%
rep-target-set-team = ✅ குழு இலக்கு: { $amount }
rep-target-set-member = ✅ { $name } இலக்கு: { $amount }
rep-target-removed = 🗑 { $currency } இலக்கு நீக்கப்பட்டது:
rep-targets-title = 🎯 இந்த மாத, காலாண்டு இலக்குகள்
rep-targets-none = இன்னும் இலக்கு இல்லை. ஒன்றை அமைக்க: /target 500000 INR மாதம்

## /stats மற்றும் /when
rep-stats-title = 📅 சந்திப்புகள்
rep-stats-held = நடந்தவை: { $held }
rep-stats-outcomes = → அடுத்த படி: { $next } · → வெற்றி: { $won }
rep-stats-booked = பதிவான தொடர் சந்திப்புகள்: { $count }
rep-stats-planned = { $count ->
    [0] சந்திப்பு எதுவும் திட்டமிடவில்லை
    [one] 1 சந்திப்பு திட்டமிடப்பட்டுள்ளது
   *[other] { $count } சந்திப்புகள் திட்டமிடப்பட்டுள்ளன
}
rep-when-title = 🗓 { $name }
rep-when-next-meeting = ⏭ அடுத்த சந்திப்பு: { $when }
rep-when-last-meeting = ⏮ கடைசி சந்திப்பு: { $when }
rep-when-next-call = 📞 அடுத்த அழைப்பு: { $when }
rep-when-last-call = 📞 கடைசி அழைப்பு: { $when }
rep-when-no-next-meeting = ⏭ சந்திப்பு எதுவும் திட்டமிடவில்லை.
rep-when-no-last-meeting = ⏮ இன்னும் சந்திப்பு நடக்கவில்லை.
rep-when-no-next-call = 📞 அழைப்பு எதுவும் திட்டமிடவில்லை.
rep-when-no-last-call = 📞 இன்னும் அழைப்பு இல்லை.
rep-when-pick = “{ $query }” உடன் { $count } வாடிக்கையாளர்கள் பொருந்துகின்றனர். எவர்?

## மூலங்கள்
rep-source-is = { $name }: மூலம் “{ $source }”. மாற்ற: /source Banner
rep-source-unset = { $name } க்கு இன்னும் மூலம் இல்லை. அமைக்க: /source Banner
rep-source-set = ✅ { $name }: மூலம் “{ $source }”
rep-source-cleared = ✅ { $name }: மூலம் நீக்கப்பட்டது
rep-source-none = (மூலம் இல்லை)
rep-cost-set = ✅ { $source } செலவு: { $amount }
rep-sources-title = 📣 வாடிக்கையாளர் மூலங்கள்
rep-sources-empty = இந்தக் காலத்தில் எதுவும் இல்லை: புதிய வாடிக்கையாளர், ஒப்பந்தம், செலவு எதுவுமில்லை.
rep-sources-return = வருவாய் { $return }
rep-sources-return-roi = வருவாய் { $return } (ROI { $roi }%)
rep-sources-detail = { "   " }வென்றது { $won } ({ $won_deals }) · செலவு { $cost } · புதிய வாடிக்கையாளர் { $clients } · ஒப்பந்தம் { $deals }
rep-sources-quiet = இன்னும் வருமானமோ செலவோ இல்லை:
rep-sources-counts = புதிய வாடிக்கையாளர் { $clients } · ஒப்பந்தம் { $deals }

## தவறான உள்ளீடு
rep-err-period = “{ $input }” என்ற காலம் புரியவில்லை. இப்படி எழுதுங்கள்: வாரம், மாதம், காலாண்டு, கடந்த மாதம், 2026-11, Q4 2026 அல்லது 01.10..31.12
rep-err-date = “{ $input }” ஒரு தேதி அல்ல. எடுத்துக்காட்டு: /pipeline 01.10..31.12
rep-err-range-reversed = காலம் தொடங்கும் முன்பே முடிகிறது. எடுத்துக்காட்டு: /pipeline 01.10..31.12
rep-err-range-long = காலம் மிக நீளம்: அதிகபட்சம் { $days } நாட்கள்.
rep-err-nobody = உங்கள் குழுவில் “{ $name }” என்று யாருமில்லை. /team பாருங்கள்.
rep-err-several-members = “{ $name }” உடன் பலர் பொருந்துகின்றனர்: { $names }. பெயரை இன்னும் எழுதுங்கள்.
rep-err-own-only = உங்கள் சொந்த எண்களை மட்டும் காணலாம்; குழுவின் எண்கள் உரிமையாளர், தலைவர்களுக்கு.
rep-err-amount = “{ $input }” இல் தொகை புரியவில்லை. எடுத்துக்காட்டு: /target 500000 INR மாதம்
rep-err-no-currency = எந்த நாணயத்தில்? எடுத்துக்காட்டு: /target 500000 INR மாதம்
rep-err-currency = “{ $code }” எனக்குத் தெரிந்த நாணயம் அல்ல. INR, USD, EUR போன்ற குறியீட்டைப் பயன்படுத்துங்கள்.
rep-err-negative = தொகை நேர்மறை எண்ணாக இருக்க வேண்டும்.
rep-err-too-large = இந்தத் தொகை உண்மையாக இருக்க முடியாத அளவு பெரியது.
rep-err-decimals = { $currency } இல் { $max ->
    [0] தசம இலக்கங்கள் இல்லை
    [one] 1 தசம இலக்கம் மட்டுமே
   *[other] { $max } தசம இலக்கங்கள் மட்டுமே
}.
rep-err-target-period = இலக்கு ஒரு மாதம் அல்லது காலாண்டுக்கு. எடுத்துக்காட்டு: /target 500000 INR காலாண்டு
rep-err-target-past = அந்தக் காலம் முடிந்துவிட்டது: இந்த அல்லது வரும் மாதம், காலாண்டுக்கு இலக்கு அமையுங்கள்.
rep-err-when-empty = யாருடன்? எடுத்துக்காட்டு: /when Kumar
rep-err-when-none = “{ $query }” உடன் எந்த வாடிக்கையாளரும் பொருந்தவில்லை.
rep-err-source-no-focus = முதலில் ஒரு வாடிக்கையாளரைத் திறக்கவும் (/find), பிறகு: /source Banner
rep-err-source-long = மூலத்தின் பெயர் அதிகபட்சம் { $max } எழுத்துகள் (இதில் { $length }).
rep-err-cost-usage = மூலம், தொகை, மாதம் எழுதுங்கள். எடுத்துக்காட்டு: /source cost Banner 5000 INR 2026-11
rep-err-cost-month = செலவு மாதாந்திரம். எடுத்துக்காட்டு: /source cost Banner 5000 INR 2026-11
