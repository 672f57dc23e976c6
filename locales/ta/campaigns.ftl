# Segments and campaigns: /segment, /segments, /campaign, /campaigns, /redeem, /birthday, /promo.


## Command menu and /help
cmd-segment = வாடிக்கையாளர் பிரிவை உருவாக்கு
cmd-segments = சேமித்த பிரிவுகள்
cmd-campaign = விளம்பரம் அனுப்பு (உரிமையாளர், தலைவர்கள்)
cmd-campaigns = பிரச்சாரங்களும் முடிவுகளும்
cmd-redeem = விளம்பரக் குறியீட்டைப் பயன்படுத்து
cmd-birthday = வாடிக்கையாளரின் பிறந்தநாளைப் பதி
cmd-promo = விளம்பர அமைப்புகள்
help-segment = /segment — நிபந்தனைகளைத் தேர்ந்து, பொருந்துவோரைப் பார்த்து, சேமி
help-segments = /segments — சேமித்த பிரிவுகளும் எண்ணிக்கையும்
help-campaign = /campaign — உரை, படம், இணைப்பு, குறியீடு; முன்னோட்டம், பிறகு அனுப்பு அல்லது நேரம் அமை
help-campaigns = /campaigns — முன்னேற்றமும் முடிவுகளும்; இடைநிறுத்து, தொடர், ரத்து செய்
help-redeem = /redeem K7M2QX9A  ·  /redeem SPRING25 அருண் குமார்
help-birthday = /birthday 12.05  ·  /birthday அருண் குமார் 12 மே 1990
help-promo = /promo  ·  /promo cap 2  ·  /promo birthday பிறந்தநாள் வாழ்த்துகள்!

## Segments: the builder
seg-title = 👥 புதிய பிரிவு
seg-hint = நிபந்தனையைச் சேர்க்கத் தட்டு, நீக்க மீண்டும் தட்டு. சரியாக இருந்தால் 💾 சேமி.
seg-hint-buttons = கீழே ஒரு நிபந்தனையைத் தட்டு (அல்லது /cancel).
seg-cond-none = எல்லா வாடிக்கையாளர்களும் (இன்னும் நிபந்தனை இல்லை)
seg-cond-tags = 🏷 குறிச்சொல் { $tags }
seg-cond-source = 📣 மூலம்: { $source }
seg-cond-stage = 📊 { $stage } நிலையில் திறந்த ஒப்பந்தம்
seg-cond-won = 🏆 வென்ற ஒப்பந்தம் உள்ளது
seg-cond-lost = ❌ இழந்த ஒப்பந்தம் உள்ளது
seg-cond-before = 🕒 கடைசி செயல்பாடு { $date } க்கு முன்
seg-cond-after = 🕒 { $date } முதல் செயலில்
seg-cond-total = 💰 குறைந்தது { $amount } வென்றது
seg-cond-purchases = 🛒 குறைந்தது { $n } கொள்முதல்
seg-cond-month = 🎂 பிறந்தநாள்:
seg-cond-lang = 🌐 மொழி:
seg-cond-subscribed = 🔔 விளம்பரங்களுக்குப் பதிவுசெய்தவர்
seg-cond-unsubscribed = 🔕 பதிவு செய்யவில்லை
seg-count = 👥 { $total } வாடிக்கையாளர்கள் பொருந்துகின்றனர், { $subscribed } பதிவுசெய்தவர்
seg-sample = உதாரணம்: { $names }
seg-nobody = 🫥 யாரும் பொருந்தவில்லை. ஒரு நிபந்தனையை நீக்கு (மீண்டும் தட்டு) அல்லது மதிப்பை மாற்று.
seg-none-subscribed = ⚠️ இவர்களில் யாரும் பதிவு செய்யவில்லை; பிரச்சாரம் யாரையும் அடையாது. /optin மூலம் அழையுங்கள்.
seg-btn-tags = 🏷 குறிச்சொல்
seg-btn-source = 📣 மூலம்
seg-btn-stage = 📊 நிலை
seg-btn-won = 🏆 வென்றது
seg-btn-lost = ❌ இழந்தது
seg-btn-before = ⏮ அமைதியாக உள்ளது
seg-btn-after = ⏭ செயலில் உள்ளது
seg-btn-total = 💰 மொத்த வெற்றி
seg-btn-purchases = 🛒 கொள்முதல்
seg-btn-month = 🎂 பிறந்தநாள்
seg-btn-lang = 🌐 மொழி
seg-btn-subscribed = 🔔 பதிவு
seg-btn-clear = 🧹 அழி
seg-btn-save = 💾 சேமி
seg-btn-yes = ✅ பதிவுசெய்தவர்
seg-btn-no = 🔕 பதிவு செய்யாதவர்
seg-btn-campaign = 📣 பிரச்சாரம்: { $name }

## Segments: questions
seg-ask-skip = திரும்ப - அனுப்பு.
seg-ask-tags = எந்த குறிச்சொற்கள்? ஏதாவது ஒன்று போதும், எ.கா. #vip #gold. உங்கள் அணியில்: { $examples }
seg-ask-source = எந்த மூலம்? தட்டு அல்லது எழுது.
seg-ask-stage = இந்த நிலையில் திறந்த ஒப்பந்தம் உள்ளவர்கள்:
seg-ask-before = எப்போதிலிருந்து அமைதி? எ.கா. 01.09, 1 Sep 2026, அல்லது 90 (நாட்களுக்கு முன்)
seg-ask-after = எப்போதிலிருந்து செயலில்? எ.கா. 01.09, 1 Sep 2026, அல்லது 30 (நாட்களுக்கு முன்)
seg-ask-total = வென்ற ஒப்பந்தங்கள் மொத்தம் குறைந்தது எவ்வளவு? எ.கா. 50000 INR
seg-ask-purchases = குறைந்தது எத்தனை கொள்முதல் (வென்ற ஒப்பந்தங்கள்)? எ.கா. 2
seg-ask-month = பிறந்தநாள் மாதம்:
seg-ask-lang = இந்த மொழி படிக்கும் வாடிக்கையாளர்கள்:
seg-ask-subscribed = விளம்பரங்களுக்குப் பதிவு செய்தவரா?
seg-ask-name = இந்தப் பிரிவுக்குப் பெயர்? எ.கா. VIP சென்னை
seg-saved = 💾 “{ $name }” பிரிவு சேமிக்கப்பட்டது.

## Segments: mistakes
seg-err-stale = அந்த உருவாக்கி மூடப்பட்டது. மீண்டும் தொடங்கு: /segment
seg-err-tags = ஒன்று அல்லது பல குறிச்சொற்களை எழுது, எ.கா. #vip #gold. உங்கள் அணியில்: { $examples }
seg-err-tag = எந்த வாடிக்கையாளருக்கும் { $tag } குறிச்சொல் இல்லை. உங்கள் அணியில்: { $examples }
seg-err-source = “{ $source }” மூலம் யாரும் வரவில்லை. உங்கள் மூலங்கள்: { $known }
seg-err-date = “{ $input }” இல் தேதி புரியவில்லை. எ.கா. 01.09, 1 Sep 2026, அல்லது 30 என்றால் 30 நாட்களுக்கு முன்
seg-err-amount = “{ $input }” இல் தொகை புரியவில்லை. எ.கா. 50000 INR
seg-err-currency = எந்த நாணயம்? சேர்க்கவும், எ.கா. 50000 INR
seg-err-number = 1 முதல் 1000 வரை ஒரு முழு எண், எ.கா. 2
seg-err-name = 1–{ $max } எழுத்துகளில் பெயர், எ.கா. VIP சென்னை
seg-err-name-taken = “{ $name }” என்ற பிரிவு ஏற்கனவே உள்ளது. வேறு பெயர் தேர்ந்தெடு.

## Segments: the list
seg-list-title = 👥 பிரிவுகள்:
seg-list-line = • { $name }: { $total } வாடிக்கையாளர்கள், { $subscribed } பதிவுசெய்தவர்
seg-list-more = …மேலும் { $n }
seg-list-empty = இன்னும் பிரிவுகள் இல்லை. ஒன்றை உருவாக்கு: /segment
seg-no-clients = 🫥 இன்னும் வாடிக்கையாளர்கள் இல்லை. /add மூலம் சேர், அல்லது /optin மூலம் அழை.

## Month names
seg-month = { $month ->
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
    }

## Campaigns: composing
camp-no-segments = முதலில் யாருக்கு என்று தேர்ந்தெடு: /segment மூலம் பிரிவை உருவாக்கு
camp-pick-segment = 📣 புதிய பிரச்சாரம். யாருக்கு? ஒரு பிரிவைத் தேர்ந்தெடு:
camp-picked = 👥 “{ $name }”: { $subscribed } பதிவுசெய்த வாடிக்கையாளர்கள்.
camp-ask-text = ✍️ விளம்பரத்தை எழுது, மொழி:
camp-ask-text-hint = உங்கள் சொற்களில், வாடிக்கையாளர் பார்ப்பது போலவே ({ $max } எழுத்துகள் வரை).
camp-text-saved = ✅ உரை சேமிக்கப்பட்டது.
camp-ask-versions = இப்பிரிவில் சிலர் வேறு மொழிகள் படிக்கின்றனர். அவர்களுக்கு ஒரு பதிப்பைச் சேர், அல்லது அடுத்து தட்டு — உங்கள் உரையே செல்லும்.
camp-ask-photo = 🖼 படம் சேர்க்கவா? இப்போதே அனுப்பு (படத்துடன் உரை 1024 எழுத்துகள் வரை).
camp-photo-saved = 🖼 படம் சேர்க்கப்பட்டது.
camp-ask-link = 🔗 இணைப்புப் பொத்தான் சேர்க்கவா? முகவரியும் விரும்பினால் பெயரும் அனுப்பு: https://shop.example/sale தள்ளுபடிகளைப் பார்
camp-ask-code = 🎟 விளம்பரக் குறியீடு சேர்க்கவா?
camp-ask-shared-code = எல்லோருக்குமான குறியீட்டை எழுது, எ.கா. SPRING25 (3–32 எழுத்து, எண்).
camp-ask-percent = எத்தனை சதவீத தள்ளுபடி (1–90)? எ.கா. 15 — ஒவ்வொருவருக்கும் தனிக் குறியீடு.
camp-ask-followup = ↪️ பொத்தானை அழுத்தாதவர்களுக்கு சில நாட்களில் நினைவூட்டல் அனுப்பவா?
camp-ask-followup-text = எத்தனை நாட்களில் (1–30), என்ன சொல்ல? எ.கா. 3 கடைசி வாய்ப்பு: நாளை விற்பனை முடிகிறது!
camp-btn-version = ✍️
camp-btn-version-done = ✅
camp-btn-next = ➡️ அடுத்து
camp-btn-skip = ⏭ தவிர்
camp-btn-code-none = குறியீடு வேண்டாம்
camp-btn-code-shared = 🎟 அனைவருக்கும் ஒரே குறியீடு
camp-btn-code-unique = 🔑 ஒவ்வொருவருக்கும் தனிக் குறியீடு
camp-btn-code-percent = 💯 தனிப்பட்ட % தள்ளுபடி
camp-btn-followup = ➕ நினைவூட்டல் சேர்
camp-btn-drop = 🗑 வரைவை நீக்கு
camp-hint-buttons = கீழே உள்ள ஒரு பொத்தானைத் தட்டவும்.
camp-hint-photo = ஒரு படம் அனுப்பு, அல்லது தவிர் தட்டு.
camp-photo-unexpected = படங்களைப் பிரச்சாரங்களில் மட்டுமே பயன்படுத்துகிறேன். சேர்க்க /campaign இல் தொடங்கு

## Campaigns: summary, preview, start
camp-summary-title = 📣 “{ $name }” க்கான பிரச்சாரம்
camp-audience = 👥 பிரிவில் { $subscribed } பதிவுசெய்தவர் · வாராந்திர வரம்பால் ({ $cap }/வாரம்) { $held } நிறுத்தம் · { $receive } பேர் பெறுவர்
camp-summary-langs = 🌐 உரைகள்: { $langs }
camp-summary-photo = 🖼 படத்துடன்
camp-summary-no-photo = 🖼 படம் இல்லை
camp-summary-link = 🔗 { $url }
camp-summary-no-link = 🔗 இணைப்பு இல்லை
camp-summary-code-none = 🎟 குறியீடு இல்லை
camp-summary-code-shared = 🎟 அனைவருக்கும் குறியீடு: { $code }
camp-summary-code-unique = 🔑 ஒவ்வொரு வாடிக்கையாளருக்கும் தனிக் குறியீடு
camp-summary-code-percent = 💯 ஒவ்வொருவருக்கும் { $percent }% தள்ளுபடிக் குறியீடு
camp-summary-followup = ↪️ { $days } நாட்களில் அழுத்தாதவர்களுக்கு நினைவூட்டல்
camp-summary-no-followup = ↪️ நினைவூட்டல் இல்லை
camp-summary-nobody = ⚠️ இப்போது வாராந்திர வரம்பு பிரிவில் அனைவரையும் நிறுத்துகிறது.
camp-btn-preview = 👁 முன்னோட்டம்
camp-btn-send = 🚀 இப்போது அனுப்பு
camp-btn-schedule = 🕒 நேரம் அமை
camp-preview-note = 👆 வாடிக்கையாளர்கள் பெறுவது சரியாக இதுதான்.
camp-preview-followup = ↪️ பிறகு { $days } நாட்களில், பொத்தானை அழுத்தாதவர்களுக்கு:
camp-started = 🚀 { $receive } வாடிக்கையாளர்களுக்கு அனுப்புகிறேன் (வாராந்திர வரம்பால் { $held } நிறுத்தம்). முன்னேற்றம் இங்கே தெரியும்.
camp-ask-when = 🕒 எப்போது அனுப்ப? உங்கள் நேரம் ({ $zone }), எ.கா. நாளை 10:00 அல்லது 25.12 09:30
camp-scheduled = 🕒 { $when } க்கு அமைக்கப்பட்டது. அதுவரை ரத்து செய்யலாம்: /campaigns
camp-dropped = 🗑 வரைவு நீக்கப்பட்டது.

## Campaigns: the list and a campaign's report
camp-list-title = 📣 சமீபத்திய பிரச்சாரங்கள்:
camp-list-figures = ✅ { $sent } · 👆 { $presses } · 🎟 { $redeemed } · 👋 { $unsubscribes }
camp-list-empty = இன்னும் பிரச்சாரம் இல்லை. /segment மூலம் பிரிவை உருவாக்கி /campaign மூலம் அனுப்பு
camp-kind-promo = 📣 { $name }
camp-kind-followup = ↪️ நினைவூட்டல்: { $name }
camp-kind-birthday = 🎂 பிறந்தநாள் வாழ்த்துகள் { $year }
camp-at = { $when }
camp-finished-at = 🏁 { $when } அன்று முடிந்தது
camp-state-draft = வரைவு
camp-state-scheduled = நேரம் அமைக்கப்பட்டது
camp-state-sending = அனுப்பப்படுகிறது
camp-state-paused = இடைநிறுத்தம்
camp-state-done = முடிந்தது
camp-state-cancelled = ரத்து
camp-btn-pause = ⏸ இடைநிறுத்து
camp-btn-resume = ▶️ தொடர்
camp-btn-cancel = ✖ பிரச்சாரத்தை ரத்து செய்
camp-paused = ⏸ இடைநிறுத்தப்பட்டது: தொடரும் வரை எதுவும் செல்லாது.
camp-resumed = ▶️ தொடர்கிறது.
camp-cancelled = ✖ ரத்து: இனி எதுவும் செல்லாது.

## Codes and birthdays
camp-redeemed = ✅ { $code } குறியீடு பயன்படுத்தப்பட்டது.
camp-redeemed-client = 👤 { $name }
camp-redeemed-campaign = 📣 பிரச்சாரம்: { $name }
camp-birthday-set = 🎂 { $name }:
camp-birthday-cleared = 🎂 { $name } பிறந்தநாள் நீக்கப்பட்டது.
camp-birthday-hint = வாடிக்கையாளர்களைப் பிறந்தநாளில் வாழ்த்த, வாழ்த்தை எழுது: /promo birthday பிறந்தநாள் வாழ்த்துகள்! உங்களுக்கு 10% தள்ளுபடி
camp-card-birthday = 🎂 பிறந்தநாள்:

## Promotion settings
camp-promo-title = 🎯 விளம்பர அமைப்புகள்
camp-promo-saved = ✅ சேமிக்கப்பட்டது.
camp-promo-cap = ✋ ஒரு வாடிக்கையாளருக்கு வாரத்திற்கு அதிகபட்சம் { $cap } விளம்பரங்கள் (0: வரம்பு இல்லை)
camp-promo-paid-on = 💫 கட்டண ஒளிபரப்பு: இயக்கத்தில் (விநாடிக்கு 1000 செய்திகள் வரை, Stars கட்டணம்)
camp-promo-paid-off = 🐢 கட்டண ஒளிபரப்பு: அணைப்பு (விநாடிக்கு 30 செய்திகள் வரை, இலவசம்)
camp-promo-paid-explain = 💫 கட்டண ஒளிபரப்பு விநாடிக்கு 30 க்குப் பதிலாக 1000 செய்திகள் வரை அனுப்பும்; இலவச வரம்புக்கு மேல் ஒவ்வொரு செய்திக்கும் Telegram Stars வசூலிக்கும். உரிமையாளர் மட்டுமே இயக்குவார்.
camp-promo-birthday = 🎂 பிறந்தநாள் வாழ்த்து (வாடிக்கையாளர் நேரப்படி 10:00 க்கு):
camp-promo-birthday-off = 🎂 பிறந்தநாள் வாழ்த்துகள்: அணைப்பு
camp-promo-gift-none = 🎁 பரிசு: குறியீடு இல்லை
camp-promo-gift-unique = 🎁 பரிசு: தனிக் குறியீடு
camp-promo-gift-percent = 🎁 பரிசு: { $percent }% தள்ளுபடிக் குறியீடு
camp-promo-usage = மாற்ற: /promo cap 2 · /promo birthday பிறந்தநாள் வாழ்த்துகள்! · /promo birthday off · /promo gift none | unique | 15% · /promo paid on | off
camp-promo-read-only = உரிமையாளரும் தலைவர்களும் மட்டுமே மாற்றலாம்.
camp-btn-paid-on = 💫 கட்டண ஒளிபரப்பை இயக்கு
camp-btn-paid-off = 🐢 கட்டண ஒளிபரப்பை அணை

## Campaigns: mistakes and refusals
camp-err-role = உரிமையாளரும் தலைவர்களும் மட்டுமே பிரச்சாரம் அனுப்புவர். /campaigns இல் பார்க்கலாம், /redeem மூலம் குறியீடுகளைப் பயன்படுத்தலாம்.
camp-err-owner = இதை அணியின் உரிமையாளர் மட்டுமே செய்ய முடியும்.
camp-err-gone = அந்தப் பிரச்சாரம் இப்போது இல்லை. மீண்டும் தொடங்கு: /campaign
camp-err-state = எதுவும் மாறவில்லை. பிரச்சாரம் இப்போது:
camp-err-nobody = “{ $name }” இல் பதிவுசெய்தவர் இல்லை ({ $total } பேர் பொருந்துகின்றனர், யாரும் பதிவு செய்யவில்லை); அனுப்ப யாரும் இல்லை. /optin மூலம் அழை அல்லது வேறு பிரிவைத் தேர்ந்தெடு.
camp-err-text-empty = விளம்பரத்திற்கு உரை வேண்டும். வாடிக்கையாளர் படிக்க வேண்டியதை எழுது, எ.கா. வசந்த விற்பனை: ஞாயிறு வரை எல்லாவற்றிலும் 20% தள்ளுபடி!
camp-err-text-long = இது { $length } எழுத்துகள்; ஒரு செய்தியில் { $max } மட்டுமே. சுருக்கவும்.
camp-err-caption-long = படத்துடன் உரை தலைப்பாகும்: அதிகபட்சம் { $max } எழுத்துகள், இதில் { $length }. சுருக்கவும் அல்லது படத்தைத் தவிர்.
camp-err-caption-which = தலைப்புக்கு மிக நீளம்:
camp-err-link = இது இணைய முகவரி அல்ல. https:// இல் தொடங்கும் ஒன்றை அனுப்பு, எ.கா. https://shop.example/sale தள்ளுபடிகளைப் பார்
camp-err-label = பொத்தானின் பெயர் மிக நீளம் (அதிகபட்சம் { $max } எழுத்துகள்).
camp-err-code = குறியீடு 3–32 லத்தீன் எழுத்து, எண்கள் (நடுவில் - மற்றும் _), எ.கா. SPRING25
camp-err-percent = தள்ளுபடி 1 முதல் 90 வரை முழு எண், எ.கா. 15
camp-err-followup = முதலில் நாட்களின் எண்ணிக்கை (1–30), பிறகு உரை: 3 கடைசி வாய்ப்பு: நாளை விற்பனை முடிகிறது!
camp-err-when = “{ $input }” இல் நேரம் புரியவில்லை. எ.கா. நாளை 10:00, 25.12 09:30, வெள்ளி 18:00
camp-err-past = { $when } ஏற்கனவே கடந்துவிட்டது. வரவிருக்கும் நேரத்தைத் தேர்ந்தெடு, எ.கா. நாளை 10:00
camp-err-client = “{ $name }” உடன் எந்த வாடிக்கையாளரும் பொருந்தவில்லை. சரிபார்: /find { $name }
camp-err-clients = “{ $name }” உடன் பலர் பொருந்துகின்றனர்: { $names }. பெயரை இன்னும் எழுது.
camp-err-redeem-usage = எந்தக் குறியீடு? எ.கா. /redeem K7M2QX9A (பொதுக் குறியீட்டுக்கு வாடிக்கையாளரைச் சேர்: /redeem SPRING25 அருண் குமார்)
camp-err-redeem-who = { $code } அனைவருக்குமான குறியீடு: எந்த வாடிக்கையாளருக்கு? அவரது அட்டையைத் திற, அல்லது /redeem { $code } அருண் குமார்
camp-err-redeemed-before = { $code } ஏற்கனவே { $when } அன்று { $member } பயன்படுத்தினார். எதுவும் மாறவில்லை.
camp-err-no-code = இப்படி ஒரு குறியீடு இல்லை: { $code }. சரிபார்த்து அச்சிட்டபடி எழுது, எ.கா. /redeem K7M2QX9A
camp-err-birthday-usage = யாருடைய பிறந்தநாள், எப்போது? எ.கா. திறந்த வாடிக்கையாளருக்கு /birthday 12.05, அல்லது /birthday அருண் குமார் 12 மே
camp-err-birthday-date = “{ $input }” இல் பிறந்த தேதி புரியவில்லை. உதாரணங்கள்: /birthday 12.05 · /birthday அருண் குமார் 12 மே 1990
camp-err-birthday-who = எந்த வாடிக்கையாளர்? முதலில் திற (/find அருண்) அல்லது பெயரிடு: /birthday அருண் குமார் 12.05
camp-err-cap = வாராந்திர வரம்பு 0 முதல் 100 வரை எண் (0: வரம்பு இல்லை). எ.கா. /promo cap 2
camp-err-paid = /promo paid on அல்லது /promo paid off பயன்படுத்து
camp-err-greeting = கட்டளைக்குப் பின் வாழ்த்தை எழுது (4096 எழுத்துகள் வரை): /promo birthday பிறந்தநாள் வாழ்த்துகள்! 🎂 — அல்லது அணை: /promo birthday off
camp-err-gift = பிறந்தநாள் பரிசு none, unique, அல்லது 1 முதல் 90 சதவீதம்: /promo gift 15%
camp-err-promo-args = அந்த அமைப்பு தெரியாது. எ.கா. /promo cap 2 · /promo birthday பிறந்தநாள் வாழ்த்துகள்! · /promo gift 10% · /promo paid on

## Progress and reports
camp-progress = 📤 அனுப்பியது { $sent } · தோல்வி { $failed } · தடுத்தவர் { $blocked } · மீதம் { $remaining }
camp-progress-paused = ⏸ இடைநிறுத்தம்
camp-eta-unknown = ⏱ மீதி நேரத்தைக் கணக்கிடுகிறேன்…
camp-eta-seconds = ⏱ சுமார் { $seconds } விநாடி மீதம்
camp-eta-minutes = ⏱ சுமார் { $minutes } நிமிடம் மீதம்
camp-eta-hours = ⏱ சுமார் { $hours } மணி { $minutes } நிமிடம் மீதம்
camp-report-delivered = ✅ சென்றடைந்தது: { $n }
camp-report-blocked = 🚫 பாட்டைத் தடுத்தவர்: { $n }
camp-report-failed = ⚠️ தோல்வி: { $n }
camp-report-held = ✋ வாராந்திர வரம்பால் நிறுத்தப்பட்டது: { $n }
camp-report-unconfirmed = ❔ உறுதியாகவில்லை (அனுப்புதல் தடைபட்டது): { $n }
camp-report-remaining = 📤 இன்னும் அனுப்ப வேண்டியது: { $n }
camp-report-presses = 👆 பொத்தானை அழுத்தியவர்: { $n }
camp-report-redeemed = 🎟 பயன்படுத்திய குறியீடுகள்: { $n }
camp-report-unsubscribes = 👋 விலகியவர்: { $n }
