# Segments and campaigns: /segment, /segments, /campaign, /campaigns, /redeem, /birthday, /promo.


## Command menu and /help
cmd-segment = ساختن بخش مشتریان
cmd-segments = بخش‌های ذخیره‌شده
cmd-campaign = ارسال پیشنهاد ویژه (مالک، سرپرست‌ها)
cmd-campaigns = کمپین‌ها و نتیجه‌شان
cmd-redeem = استفاده از کد تخفیف
cmd-birthday = ثبت تولد مشتری
cmd-promo = تنظیمات پیشنهادهای ویژه
help-segment = /segment — شرط‌ها را انتخاب کنید، ببینید چه کسانی می‌خورند، ذخیره کنید
help-segments = /segments — بخش‌های ذخیره‌شده با تعدادشان
help-campaign = /campaign — متن، عکس، لینک، کد؛ پیش‌نمایش، سپس ارسال یا زمان‌بندی
help-campaigns = /campaigns — پیشرفت و نتیجه؛ توقف، ادامه، لغو
help-redeem = /redeem K7M2QX9A  ·  /redeem SPRING25 علی رضایی
help-birthday = /birthday 12.05  ·  /birthday علی رضایی 1990-05-12
help-promo = /promo  ·  /promo cap 2  ·  /promo birthday تولدت مبارک!

## Segments: the builder
seg-title = 👥 بخش جدید
seg-hint = برای افزودن شرط بزنید، برای حذف دوباره بزنید. وقتی درست بود 💾 ذخیره کنید.
seg-hint-buttons = یکی از شرط‌های زیر را بزنید (یا /cancel).
seg-cond-none = همهٔ مشتریان (هنوز شرطی نیست)
seg-cond-tags = 🏷 با برچسب { $tags }
seg-cond-source = 📣 منبع: { $source }
seg-cond-stage = 📊 معاملهٔ باز در { $stage }
seg-cond-won = 🏆 معاملهٔ موفق دارد
seg-cond-lost = ❌ معاملهٔ ازدست‌رفته دارد
seg-cond-before = 🕒 آخرین فعالیت پیش از { $date }
seg-cond-after = 🕒 فعال از { $date }
seg-cond-total = 💰 دست‌کم { $amount } معاملهٔ موفق
seg-cond-purchases = 🛒 دست‌کم { $n } خرید
seg-cond-month = 🎂 تولد در
seg-cond-lang = 🌐 زبان:
seg-cond-subscribed = 🔔 مشترک پیشنهادهای ویژه
seg-cond-unsubscribed = 🔕 مشترک نیست
seg-count = 👥 { $total } مشتری می‌خورد، { $subscribed } مشترک
seg-sample = مثلاً: { $names }
seg-nobody = 🫥 هیچ مشتری‌ای نمی‌خورد. یک شرط را بردارید (دوباره بزنید) یا مقدار را عوض کنید.
seg-none-subscribed = ⚠️ هیچ‌کدام مشترک نیستند، پس کمپین به کسی نمی‌رسد. با /optin مشتریان را دعوت کنید.
seg-btn-tags = 🏷 برچسب
seg-btn-source = 📣 منبع
seg-btn-stage = 📊 مرحله
seg-btn-won = 🏆 موفق
seg-btn-lost = ❌ ازدست‌رفته
seg-btn-before = ⏮ بی‌فعالیت از
seg-btn-after = ⏭ فعال از
seg-btn-total = 💰 جمع خرید
seg-btn-purchases = 🛒 خریدها
seg-btn-month = 🎂 تولد
seg-btn-lang = 🌐 زبان
seg-btn-subscribed = 🔔 اشتراک
seg-btn-clear = 🧹 پاک کردن
seg-btn-save = 💾 ذخیره
seg-btn-yes = ✅ مشترک
seg-btn-no = 🔕 غیرمشترک
seg-btn-campaign = 📣 کمپین: { $name }

## Segments: questions
seg-ask-skip = برای بازگشت - بفرستید.
seg-ask-tags = کدام برچسب‌ها؟ هر کدام کافی است، مثلاً #vip #gold. برچسب‌های تیم: { $examples }
seg-ask-source = کدام منبع؟ بزنید یا بنویسید.
seg-ask-stage = مشتریانی با معاملهٔ باز در مرحلهٔ:
seg-ask-before = از کی بی‌فعالیت؟ مثلاً 01.09، 2026-09-01 یا 90 (روز پیش)
seg-ask-after = از کی فعال؟ مثلاً 01.09، 2026-09-01 یا 30 (روز پیش)
seg-ask-total = جمع معاملات موفق دست‌کم چقدر؟ مثلاً 50000 EUR
seg-ask-purchases = دست‌کم چند خرید (معاملهٔ موفق)؟ مثلاً 2
seg-ask-month = تولد در ماه:
seg-ask-lang = مشتریانی که می‌خوانند به زبان:
seg-ask-subscribed = مشترک پیشنهادهای ویژه؟
seg-ask-name = نام این بخش؟ مثلاً VIP تهران
seg-saved = 💾 بخش «{ $name }» ذخیره شد.

## Segments: mistakes
seg-err-stale = آن سازنده بسته شده است. دوباره شروع کنید: /segment
seg-err-tags = یک یا چند برچسب بنویسید، مثلاً #vip #gold. برچسب‌های تیم: { $examples }
seg-err-tag = هیچ مشتری‌ای برچسب { $tag } ندارد. برچسب‌های تیم: { $examples }
seg-err-source = هیچ مشتری‌ای از «{ $source }» نیامده. منابع شما: { $known }
seg-err-date = تاریخی در «{ $input }» پیدا نکردم. مثلاً 01.09، 2026-09-01 یا 30 یعنی ۳۰ روز پیش
seg-err-amount = مبلغی در «{ $input }» پیدا نکردم. مثلاً 50000 EUR
seg-err-currency = به چه ارزی؟ اضافه کنید، مثلاً 50000 EUR
seg-err-number = یک عدد صحیح از ۱ تا ۱۰۰۰، مثلاً 2
seg-err-name = نامی با ۱ تا { $max } نویسه، مثلاً VIP تهران
seg-err-name-taken = بخشی به نام «{ $name }» از قبل هست. نام دیگری انتخاب کنید.

## Segments: the list
seg-list-title = 👥 بخش‌ها:
seg-list-line = • { $name }: { $total } مشتری، { $subscribed } مشترک
seg-list-more = …و { $n } تای دیگر
seg-list-empty = هنوز بخشی نیست. یکی بسازید: /segment
seg-no-clients = 🫥 هنوز مشتری‌ای ندارید. با /add اضافه کنید یا با /optin دعوت کنید.

## Month names
seg-month = { $month ->
    [1] ژانویه
    [2] فوریه
    [3] مارس
    [4] آوریل
    [5] مه
    [6] ژوئن
    [7] ژوئیه
    [8] اوت
    [9] سپتامبر
    [10] اکتبر
    [11] نوامبر
    *[12] دسامبر
    }

## Campaigns: composing
camp-no-segments = اول مشخص کنید برای چه کسانی: با /segment یک بخش بسازید
camp-pick-segment = 📣 کمپین تازه. برای چه کسانی؟ یک بخش انتخاب کنید:
camp-picked = 👥 «{ $name }»: { $subscribed } مشتری مشترک.
camp-ask-text = ✍️ متن پیشنهاد را بنویسید به
camp-ask-text-hint = با کلمات خودتان، همان‌طور که مشتری می‌بیند (تا { $max } نویسه).
camp-text-saved = ✅ متن ذخیره شد.
camp-ask-versions = برخی مشتریان این بخش زبان دیگری می‌خوانند. برایشان نسخه‌ای بیفزایید یا «بعدی» را بزنید — همین متن را می‌گیرند.
camp-ask-photo = 🖼 عکس اضافه شود؟ همین حالا بفرستید (با عکس، متن تا ۱۰۲۴ نویسه).
camp-photo-saved = 🖼 عکس اضافه شد.
camp-ask-link = 🔗 دکمهٔ لینک اضافه شود؟ نشانی و در صورت تمایل برچسبش را بفرستید: https://shop.example/sale دیدن تخفیف‌ها
camp-ask-code = 🎟 کد تخفیف اضافه شود؟
camp-ask-shared-code = کدی را که همه می‌گیرند بنویسید، مثلاً SPRING25 (۳ تا ۳۲ حرف لاتین و رقم).
camp-ask-percent = چند درصد تخفیف (۱ تا ۹۰)؟ مثلاً 15 — هر مشتری کد خودش را می‌گیرد.
camp-ask-followup = ↪️ چند روز بعد برای کسانی که دکمه را نزدند پیگیری بفرستیم؟
camp-ask-followup-text = بعد از چند روز (۱ تا ۳۰) و چه متنی؟ مثلاً 3 آخرین فرصت: حراج فردا تمام می‌شود!
camp-btn-version = ✍️
camp-btn-version-done = ✅
camp-btn-next = ➡️ بعدی
camp-btn-skip = ⏭ رد شدن
camp-btn-code-none = بدون کد
camp-btn-code-shared = 🎟 یک کد برای همه
camp-btn-code-unique = 🔑 کد جدا برای هر نفر
camp-btn-code-percent = 💯 تخفیف درصدی شخصی
camp-btn-followup = ➕ افزودن پیگیری
camp-btn-drop = 🗑 حذف پیش‌نویس
camp-hint-buttons = لطفاً یکی از دکمه‌های زیر را بزنید.
camp-hint-photo = یک عکس بفرستید یا «رد شدن» را بزنید.
camp-photo-unexpected = عکس را فقط در کمپین‌ها به کار می‌برم. برای افزودن، با /campaign شروع کنید

## Campaigns: summary, preview, start
camp-summary-title = 📣 کمپین برای «{ $name }»
camp-audience = 👥 { $subscribed } مشترک در بخش · { $held } به‌خاطر سقف هفتگی ({ $cap } در هفته) نگه داشته می‌شوند · { $receive } نفر دریافت می‌کنند
camp-summary-langs = 🌐 متن‌ها: { $langs }
camp-summary-photo = 🖼 با عکس
camp-summary-no-photo = 🖼 بدون عکس
camp-summary-link = 🔗 { $url }
camp-summary-no-link = 🔗 بدون لینک
camp-summary-code-none = 🎟 بدون کد
camp-summary-code-shared = 🎟 کد مشترک: { $code }
camp-summary-code-unique = 🔑 یک کد یکتا برای هر مشتری
camp-summary-code-percent = 💯 کد تخفیف { $percent }٪ شخصی برای هر مشتری
camp-summary-followup = ↪️ پیگیری پس از { $days } روز برای کسانی که نزدند
camp-summary-no-followup = ↪️ بدون پیگیری
camp-summary-nobody = ⚠️ فعلاً سقف هفتگی همهٔ این بخش را نگه می‌دارد.
camp-btn-preview = 👁 پیش‌نمایش
camp-btn-send = 🚀 الان بفرست
camp-btn-schedule = 🕒 زمان‌بندی
camp-preview-note = 👆 مشتریان دقیقاً همین را می‌گیرند.
camp-preview-followup = ↪️ و { $days } روز بعد، برای کسانی که دکمه را نزدند:
camp-started = 🚀 در حال ارسال به { $receive } مشتری ({ $held } به‌خاطر سقف هفتگی نگه داشته شدند). پیشرفت همین‌جا نشان داده می‌شود.
camp-ask-when = 🕒 کی ارسال شود؟ به وقت شما ({ $zone })، مثلاً فردا 10:00 یا 25.12 09:30
camp-scheduled = 🕒 برای { $when } زمان‌بندی شد. تا آن موقع می‌توانید لغوش کنید: /campaigns
camp-dropped = 🗑 پیش‌نویس حذف شد.

## Campaigns: the list and a campaign's report
camp-list-title = 📣 کمپین‌های اخیر:
camp-list-figures = ✅ { $sent } · 👆 { $presses } · 🎟 { $redeemed } · 👋 { $unsubscribes }
camp-list-empty = هنوز کمپینی نیست. با /segment بخش بسازید، سپس با /campaign بفرستید
camp-kind-promo = 📣 { $name }
camp-kind-followup = ↪️ پیگیری: { $name }
camp-kind-birthday = 🎂 تبریک‌های تولد { $year }
camp-at = { $when }
camp-finished-at = 🏁 پایان در { $when }
camp-state-draft = پیش‌نویس
camp-state-scheduled = زمان‌بندی‌شده
camp-state-sending = در حال ارسال
camp-state-paused = متوقف
camp-state-done = تمام‌شده
camp-state-cancelled = لغوشده
camp-btn-pause = ⏸ توقف
camp-btn-resume = ▶️ ادامه
camp-btn-cancel = ✖ لغو کمپین
camp-paused = ⏸ متوقف شد: تا ادامه ندهید چیزی ارسال نمی‌شود.
camp-resumed = ▶️ ادامه یافت.
camp-cancelled = ✖ لغو شد: دیگر چیزی ارسال نمی‌شود.

## Codes and birthdays
camp-redeemed = ✅ کد { $code } ثبت شد.
camp-redeemed-client = 👤 { $name }
camp-redeemed-campaign = 📣 کمپین: { $name }
camp-birthday-set = 🎂 { $name }:
camp-birthday-cleared = 🎂 تولد { $name } پاک شد.
camp-birthday-hint = برای تبریک تولد مشتریان، متن تبریک را بنویسید: /promo birthday تولدت مبارک! ۱۰٪ تخفیف هدیهٔ ما
camp-card-birthday = 🎂 تولد:

## Promotion settings
camp-promo-title = 🎯 تنظیمات پیشنهادهای ویژه
camp-promo-saved = ✅ ذخیره شد.
camp-promo-cap = ✋ حداکثر { $cap } پیشنهاد در هفته برای هر مشتری (۰: بدون سقف)
camp-promo-paid-on = 💫 ارسال پولی: روشن (تا ۱۰۰۰ پیام در ثانیه، پرداخت با Stars)
camp-promo-paid-off = 🐢 ارسال پولی: خاموش (تا ۳۰ پیام در ثانیه، رایگان)
camp-promo-paid-explain = 💫 ارسال پولی به‌جای ۳۰ پیام تا ۱۰۰۰ پیام در ثانیه می‌فرستد؛ تلگرام برای هر پیام بیش از سقف رایگان Stars می‌گیرد. فقط مالک روشنش می‌کند.
camp-promo-birthday = 🎂 تبریک تولد (ساعت ۱۰:۰۰ به وقت مشتری):
camp-promo-birthday-off = 🎂 تبریک تولد: خاموش
camp-promo-gift-none = 🎁 هدیه: بدون کد
camp-promo-gift-unique = 🎁 هدیه: کد شخصی
camp-promo-gift-percent = 🎁 هدیه: کد تخفیف { $percent }٪ شخصی
camp-promo-usage = تغییر: /promo cap 2 · /promo birthday تولدت مبارک! · /promo birthday off · /promo gift none | unique | 15% · /promo paid on | off
camp-promo-read-only = فقط مالک و سرپرست‌ها می‌توانند تغییرشان دهند.
camp-btn-paid-on = 💫 روشن کردن ارسال پولی
camp-btn-paid-off = 🐢 خاموش کردن ارسال پولی

## Campaigns: mistakes and refusals
camp-err-role = فقط مالک و سرپرست‌ها کمپین می‌فرستند. می‌توانید آن‌ها را در /campaigns ببینید و با /redeem کد ثبت کنید.
camp-err-owner = این کار فقط از مالک تیم برمی‌آید.
camp-err-gone = آن کمپین دیگر وجود ندارد. دوباره شروع کنید: /campaign
camp-err-state = چیزی تغییر نکرد. وضعیت کمپین اکنون:
camp-err-nobody = «{ $name }» مشترکی ندارد ({ $total } مشتری می‌خورد، هیچ‌کدام مشترک نیست)، پس کسی برای ارسال نیست. با /optin دعوت کنید یا بخش دیگری انتخاب کنید.
camp-err-text-empty = پیشنهاد ویژه به متن نیاز دارد. بنویسید مشتری چه بخواند، مثلاً حراج بهاره: ۲۰٪ تخفیف همه‌چیز تا یکشنبه!
camp-err-text-long = این { $length } نویسه است؛ یک پیام { $max } نویسه جا دارد. لطفاً کوتاهش کنید.
camp-err-caption-long = با عکس، متن زیرنویس آن می‌شود: حداکثر { $max } نویسه، و این { $length } است. کوتاهش کنید یا بدون عکس بفرستید.
camp-err-caption-which = برای زیرنویس بلند است:
camp-err-link = این نشانی وب نیست. نشانی‌ای که با https:// شروع شود بفرستید، مثلاً https://shop.example/sale دیدن تخفیف‌ها
camp-err-label = برچسب دکمه خیلی بلند است (حداکثر { $max } نویسه).
camp-err-code = کد ۳ تا ۳۲ حرف لاتین و رقم است (- و _ در میانه مجاز)، مثلاً SPRING25
camp-err-percent = تخفیف عددی صحیح از ۱ تا ۹۰ است، مثلاً 15
camp-err-followup = اول تعداد روزها (۱ تا ۳۰)، بعد متن: 3 آخرین فرصت: حراج فردا تمام می‌شود!
camp-err-when = زمانی در «{ $input }» پیدا نکردم. مثلاً فردا 10:00، 25.12 09:30، جمعه 18:00
camp-err-past = { $when } گذشته است. زمانی در پیش رو انتخاب کنید، مثلاً فردا 10:00
camp-err-client = مشتری‌ای با «{ $name }» پیدا نشد. بررسی کنید: /find { $name }
camp-err-clients = چند مشتری با «{ $name }» می‌خورند: { $names }. نام را کامل‌تر بنویسید.
camp-err-redeem-usage = کدام کد؟ مثلاً /redeem K7M2QX9A (برای کد مشترک نام مشتری را هم بنویسید: /redeem SPRING25 علی رضایی)
camp-err-redeem-who = { $code } کد مشترک است: برای کدام مشتری؟ اول کارتش را باز کنید یا بنویسید /redeem { $code } علی رضایی
camp-err-redeemed-before = { $code } قبلاً در { $when } توسط { $member } ثبت شده است. چیزی تغییر نکرد.
camp-err-no-code = چنین کدی نیست: { $code }. بررسی کنید و همان‌طور که نوشته شده وارد کنید، مثلاً /redeem K7M2QX9A
camp-err-birthday-usage = تولد چه کسی و چه روزی؟ مثلاً /birthday 12.05 برای مشتری باز، یا /birthday علی رضایی 12.05
camp-err-birthday-date = تاریخ تولدی در «{ $input }» پیدا نکردم. نمونه‌ها: /birthday 12.05 · /birthday علی رضایی 1990-05-12
camp-err-birthday-who = کدام مشتری؟ اول یکی را باز کنید (/find علی) یا نامش را بنویسید: /birthday علی رضایی 12.05
camp-err-cap = سقف هفتگی عددی از ۰ تا ۱۰۰ است (۰: بدون سقف). مثلاً /promo cap 2
camp-err-paid = از /promo paid on یا /promo paid off استفاده کنید
camp-err-greeting = متن تبریک را بعد از فرمان بنویسید (تا ۴۰۹۶ نویسه): /promo birthday تولدت مبارک! 🎂 — یا خاموشش کنید: /promo birthday off
camp-err-gift = هدیهٔ تولد none، unique یا درصدی از ۱ تا ۹۰ است: /promo gift 15%
camp-err-promo-args = چنین تنظیمی نمی‌شناسم. مثلاً /promo cap 2 · /promo birthday تولدت مبارک! · /promo gift 10% · /promo paid on

## Progress and reports
camp-progress = 📤 ارسال‌شده { $sent } · ناموفق { $failed } · مسدود { $blocked } · مانده { $remaining }
camp-progress-paused = ⏸ متوقف شده
camp-eta-unknown = ⏱ در حال محاسبهٔ زمان باقی‌مانده…
camp-eta-seconds = ⏱ حدود { $seconds } ثانیه مانده
camp-eta-minutes = ⏱ حدود { $minutes } دقیقه مانده
camp-eta-hours = ⏱ حدود { $hours } ساعت و { $minutes } دقیقه مانده
camp-report-delivered = ✅ تحویل‌شده: { $n }
camp-report-blocked = 🚫 ربات را مسدود کردند: { $n }
camp-report-failed = ⚠️ ناموفق: { $n }
camp-report-held = ✋ به‌خاطر سقف هفتگی نگه داشته شد: { $n }
camp-report-unconfirmed = ❔ تأییدنشده (ارسال قطع شد): { $n }
camp-report-remaining = 📤 هنوز ارسال نشده: { $n }
camp-report-presses = 👆 دکمه را زدند: { $n }
camp-report-redeemed = 🎟 کدهای استفاده‌شده: { $n }
camp-report-unsubscribes = 👋 لغو اشتراک: { $n }
