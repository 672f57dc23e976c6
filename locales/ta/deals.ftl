# டீல்களும் விற்பனை பைப்லைனும்: /deal, /deals, டீல் அட்டை, நிலைகள், /stages.

## கட்டளை மெனு மற்றும் /help
cmd-deal = திறந்த வாடிக்கையாளருக்குப் புதிய டீல்
cmd-deals = நிலை வாரியாக என் டீல்கள்
cmd-stages = பைப்லைன் நிலைகள் (உரிமையாளர்)
help-deal = /deal 12000 INR இணையதள மறுவடிவமைப்பு  ·  /deal 5000 USD தணிக்கை 25.12
help-deals = /deals — நிலை வாரியாக என்னுடையவை, தாமதமானவை, தேங்கியவை  ·  /deals all — முழுக் குழுவினுடையவை
help-stages = /stages — நிலைகளின் பெயர் மாற்ற, வரிசைப்படுத்த, சேர்க்க, மறைக்க

## புதிய டீல்
deal-ask-amount = { $name } உடன் புதிய டீல்: எவ்வளவு, எதைப் பற்றியது? எ.கா. 12000 INR இணையதள மறுவடிவமைப்பு
deal-ask-title = { $name } க்கு { $amount } — டீலின் பெயர் என்ன? எ.கா. இணையதள மறுவடிவமைப்பு
deal-created = ✅ டீல் உருவாக்கப்பட்டது: { $title }
deal-hint-close = டீல் எப்போது முடியும் என்று தெரிந்ததும் 📅 முடிவு தேதி என்பதைத் தட்டுங்கள்.
deal-hint-past-close = கவனிக்க: { $date } ஏற்கனவே கடந்துவிட்டது, அதனால் டீல் தாமதமானதாகக் காட்டப்படும்.

## டீல் அட்டை
deal-card-title = 💼 { $title }
deal-card-client = 👤 { $name }
deal-card-amount = 💰 { $amount }
deal-card-stage = 📊 { $stage } · { $probability }% · நிகழ்தகவுப்படி { $weighted }
deal-card-stage-closed = 📊 { $stage }
deal-card-close = 📅 எதிர்பார்க்கும் முடிவு: { $date }
deal-card-close-overdue = ⏰ எதிர்பார்க்கும் முடிவு: { $date } — தாமதம்
deal-card-no-close = 📅 முடிவு தேதி இன்னும் இல்லை
deal-card-won = 🏆 { $when } அன்று வெற்றி
deal-card-lost = ❌ { $when } அன்று இழப்பு
deal-card-owner = 🧑 பொறுப்பாளர்: { $owner }
deal-card-source = 📣 மூலம்: { $source }
deal-card-activity = 🕒 கடைசிச் செயல்பாடு: { $when }
deal-card-history = வரலாறு:
deal-card-read-only = 👀 { $owner } அவர்களின் டீல்: நீங்கள் பார்க்கலாம், மாற்ற முடியாது.
deal-event-created = { $when } · { $who }: { $to } இல் உருவாக்கப்பட்டது
deal-event-moved = { $when } · { $who }: { $from } → { $to }
deal-event-reassigned = { $when } · { $who }: ஒப்படைக்கப்பட்டது { $from } → { $to }
deal-event-amount = { $when } · { $who }: தொகை { $from } → { $to }
deal-event-close = { $when } · { $who }: முடிவு தேதி { $from } → { $to }
deal-line = { $title } — { $amount } · { $stage }
deal-client-deals = 💼 டீல்கள்:

## பொத்தான்கள்
deal-btn-new = ➕ புதிய டீல்
deal-btn-all = 💼 எல்லா டீல்களும்
deal-btn-close = 📅 முடிவு தேதி
deal-btn-reassign = 🔁 ஒப்படை
deal-btn-as-is = ✅ அதே தொகை

## பைப்லைனில் நகர்த்துதல்
deal-moved = ✅ நகர்த்தப்பட்டது: { $from } → { $to }
deal-stale = ⚠️ இதற்கிடையில் இந்த டீல் மாறிவிட்டது — இப்போது { $stage } இல் உள்ளது. எதுவும் நகர்த்தப்படவில்லை; மீண்டும் தேர்ந்தெடுங்கள்:
deal-stage-gone = ⚠️ அந்த நிலை இனி கிடைக்காது. டீல் { $stage } இல் உள்ளது; மீண்டும் தேர்ந்தெடுங்கள்:
deal-ask-lost-reason = “{ $title }” ஏன் இழக்கப்பட்டது? ஒரு காரணத்தைத் தட்டுங்கள் அல்லது உங்கள் காரணத்தை எழுதுங்கள்.
deal-reason-price = 💸 விலை
deal-reason-competitor = 🥊 போட்டியாளர்
deal-reason-no-budget = 🪙 பட்ஜெட் இல்லை
deal-reason-no-response = 🔇 பதில் இல்லை
deal-reason-timing = ⏳ சரியான நேரம் இல்லை
deal-won-ask = 🏆 { $amount } க்கு வெற்றியா? இறுதித் தொகை வேறு என்றால் அதை எழுதுங்கள் (எ.கா. 11500).
deal-won-kept = 🏆 { $title }: { $amount } க்கு வெற்றி.
deal-amount-set = ✅ தொகை சேமிக்கப்பட்டது.
deal-ask-close = “{ $title }” எப்போது முடிய வேண்டும்? எ.கா. 25.12, அடுத்த வெள்ளி, 2027-01-31 — அல்லது தேதியை நீக்க -
deal-close-set = ✅ முடிவு தேதி சேமிக்கப்பட்டது.
deal-pick-owner = “{ $title }” யாரிடம் ஒப்படைக்க வேண்டும்?
deal-reassigned = ✅ { $owner } இடம் ஒப்படைக்கப்பட்டது. வரலாறு டீலுடனே இருக்கும்.
deal-owner-unchanged = ⚠️ எதுவும் மாறவில்லை: அந்த உறுப்பினர் இனி குழுவில் இல்லை, அல்லது இதற்கிடையில் டீல் மாறிவிட்டது (இப்போது { $stage }).

## /deals
deals-title = 💼 என் டீல்கள்
deals-title-all = 💼 குழுவின் டீல்கள்
deals-stage = 📊 { $stage } ({ $count })
deals-overdue = ⏰ தாமதமானவை ({ $count })
deals-stale = 💤 { $days }+ நாட்களாகச் செயல்பாடு இல்லை ({ $count })
deals-more = …மேலும் { $count }
deals-none = திறந்த டீல்கள் இன்னும் இல்லை. ஒரு வாடிக்கையாளரைத் திறந்து அனுப்புங்கள், எ.கா. /deal 12000 INR இணையதள மறுவடிவமைப்பு
deals-of-client = 💼 { $name } அவர்களின் டீல்கள்:

## /stages
stages-title = பைப்லைன் நிலைகள் (பெயர்கள் { $lang ->
    [ru] ரஷ்ய
    [es] ஸ்பானிஷ்
    [hi] இந்தி
    [vi] வியட்நாமிய
    [fa] பாரசீக
    [ta] தமிழ்
   *[en] ஆங்கில
} மொழியில்):
stages-line = { $n }. { $name } · { $kind ->
    [won] 🏆
    [lost] ❌
   *[open] { $probability }%
}{ $hidden ->
    [yes] {" "}· மறைக்கப்பட்டது
   *[no] {""}
}
stages-hint = உங்கள் மொழியில் பெயரை மாற்ற பெயரைத் தட்டுங்கள் (மற்ற மொழிகளின் பெயர்கள் அப்படியே இருக்கும்; மொழியை /lang மூலம் மாற்றலாம்). ↑↓ வரிசையை மாற்றும், 🙈 நிலையைப் பொத்தான்களிலிருந்து மறைக்கும்.
stages-btn-add = ➕ நிலையைச் சேர்
stages-btn-hide = 🙈 மறை
stages-btn-show = 👁 காட்டு
stages-ask-rename = “{ $name }” க்குப் புதிய பெயர்? நிகழ்தகவையும் சேர்க்கலாம்: டெமோ 40%
stages-ask-new = புதிய நிலையின் பெயர்? நிகழ்தகவையும் சேர்க்கலாம்: டெமோ 40%
stages-saved = ✅ சேமிக்கப்பட்டது.

## சிக்கல்கள்
deal-err-no-client = எந்த வாடிக்கையாளர்? முதலில் அவரைத் திறக்கவும் (/find குமார்), பின்: /deal 12000 INR இணையதள மறுவடிவமைப்பு
deal-err-amount = தொகையைப் புரிந்துகொள்ள முடியவில்லை. எ.கா. /deal 12000 INR இணையதள மறுவடிவமைப்பு
deal-err-no-currency = எந்த நாணயம்? எ.கா. 12000 INR, ₹ 2,50,000, $99.99
deal-err-negative = தொகை எதிர்மறையாக இருக்க முடியாது. எ.கா. 12000 INR
deal-err-zero = தொகை பூஜ்ஜியத்தை விட அதிகமாக இருக்க வேண்டும். எ.கா. 12000 INR
deal-err-too-large = இந்தத் தொகை உண்மையாக இருக்க முடியாத அளவு பெரியது. எ.கா. 12000 INR
deal-err-currency = “{ $code }” என்ற நாணயம் எனக்குத் தெரியாது. INR, USD, EUR போன்ற குறியீடு அல்லது ₹, $, € போன்ற குறியைப் பயன்படுத்துங்கள்.
deal-err-decimals = { $code } இல் { $max ->
    [0] தசம இலக்கங்கள் இல்லை
   *[other] தசமத்திற்குப் பின் { $max } இலக்கங்கள் மட்டுமே
}. எ.கா. 12000 { $code }
deal-err-other-currency = இந்த டீல் { $code } இல் உள்ளது. தொகையை { $code } இல் எழுதுங்கள், எ.கா. 11500
deal-err-title = டீலின் பெயர் என்ன? எ.கா. இணையதள மறுவடிவமைப்பு
deal-err-title-long = பெயர் மிக நீளமானது ({ $length } எழுத்துகள்; அதிகபட்சம் { $max }).
deal-err-close = தேதி கிடைக்கவில்லை. எ.கா. 25.12, அடுத்த வெள்ளி, 2027-01-31 — அல்லது நீக்க -
deal-err-note-empty = குறிப்பின் உரையை அனுப்புங்கள்.
deal-err-gone = அந்த டீலை இனி காணவில்லை. /deals பாருங்கள்
deal-err-read-only = “{ $title }” { $owner } அவர்களின் டீல்: நீங்கள் பார்க்கலாம், மாற்ற முடியாது. { $owner } அல்லது குழுத் தலைவரிடம் கேளுங்கள்.
deal-err-no-stage = பைப்லைனில் திறந்த நிலை எதுவும் இல்லை. உரிமையாளர் ஒன்றைச் சேர்க்கலாம்: /stages
deal-err-no-colleague = ஒப்படைக்கக் குழுவில் வேறு யாரும் இல்லை. முதலில் ஒரு சக ஊழியரை அழையுங்கள்.
deal-err-deals-args = உங்களுடையவைக்கு /deals, முழுக் குழுவினுடையவைக்கு /deals all அனுப்புங்கள்.
stages-err-taken = “{ $name }” என்ற நிலை ஏற்கனவே உள்ளது. வேறு பெயரைத் தேர்ந்தெடுங்கள்.
stages-err-last = ⚠️ இது இந்த வகையின் கடைசியாகத் தெரியும் நிலை: குறைந்தது ஒரு திறந்த, ஒரு வெற்றி, ஒரு இழப்பு நிலை இருக்க வேண்டும்.
stages-err-name = நிலையின் பெயரை அனுப்புங்கள், எ.கா. டெமோ
stages-err-long = பெயர் மிக நீளமானது ({ $length } எழுத்துகள்; அதிகபட்சம் { $max }).
stages-err-probability = நிகழ்தகவு 0 முதல் 100 வரையிலான சதவீதம், எ.கா. டெமோ 40%
stages-err-too-many = ஒரு பைப்லைனில் அதிகபட்சம் { $max } நிலைகள் இருக்கலாம்.
