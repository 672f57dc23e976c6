# Pocket CRM — فارسی (Persian).
# Keep replies phone-sized. Arguments in { $braces } are filled in by the bot.

## Date formats (chrono strftime patterns; month and day names come from the locale)
fmt-datetime = %a %d %b، %H:%M
fmt-date = %a %d %b %Y
fmt-time = %H:%M

## Command menu (setMyCommands) — short descriptions
cmd-add = افزودن مشتری
cmd-find = جستجوی مشتری
cmd-meet = ثبت یا برنامه‌ریزی جلسه
cmd-call = ثبت یا برنامه‌ریزی تماس
cmd-note = نوشتن یادداشت
cmd-remind = تنظیم یادآوری
cmd-today = برنامهٔ امروز
cmd-week = برنامهٔ این هفته
cmd-lang = تغییر زبان
cmd-tz = تغییر منطقهٔ زمانی
cmd-before = زمان یادآوری پیش از جلسه‌ها
cmd-cancel = لغو سؤال فعلی
cmd-help = دستورها با مثال
cmd-start = شروع و تنظیمات

## /help — one example per command
help-title = کارهایی که از من برمی‌آید:
help-add = /add علی رضایی +98 912 345 6789 ali@example.com #vip @Acme
help-find = /find رضایی  ·  /find 912 345  ·  /find #vip
help-meet = /meet فردا ساعت ۱۵:۰۰ دمو  ·  /meet دیروز ساعت ۱۱:۰۰ دربارهٔ قیمت صحبت کردیم
help-call = /call ۲ ساعت دیگر پیگیری  ·  /call برای دورهٔ آزمایشی توافق کردیم
help-note = /note برای ۳ لایسنس تخفیف می‌خواهد
help-remind = /remind فردا ساعت ۱۰:۰۰ تماس با علی  ·  /remind ۲ ساعت دیگر ارسال پیشنهاد قیمت  ·  /remind پنجشنبه ۹:۳۰ تبریک تولد
help-today = /today — جلسه‌ها، تماس‌ها و یادآوری‌های امروز
help-week = /week — ۷ روز آینده
help-lang = /lang — یا /lang en
help-tz = /tz Tehran  ·  /tz Asia/Tehran  ·  /tz UTC+4
help-before = /before 15 — یادآوری ۱۵ دقیقه پیش از جلسه‌ها و تماس‌ها
help-cancel = /cancel — توقف سؤال‌های مرحله‌به‌مرحله
help-help = /help — همین فهرست
help-start = /start — خوشامد، زبان و منطقهٔ زمانی

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
start-welcome = 👋 سلام { $name }! من Pocket CRM هستم: مشتری‌ها، جلسه‌ها و یادآوری‌های شما، همین‌جا در تلگرام.
start-welcome-back = 👋 خوش برگشتید، { $name }!
start-pick-lang = زبان خود را انتخاب کنید:
lang-set = ✅ زبان: فارسی.
tz-prompt = 🕒 منطقهٔ زمانی شما کجاست؟ یکی را انتخاب کنید، یا نام شهر، نام منطقه یا اختلاف ساعت را بنویسید (مثلاً Tehran، Asia/Tehran، UTC+4). اکنون: { $current }.
tz-set = ✅ منطقهٔ زمانی: { $zone }. ساعت شما اکنون: { $now }.
start-next = همه‌چیز آماده است. امتحان کنید: /add علی رضایی +98 912 345 6789 — یا برای دیدن همه‌چیز /help.
before-set = ✅ { $minutes ->
    [0] هنگام شروع
    [one] { $minutes } دقیقه پیش از شروع
   *[other] { $minutes } دقیقه پیش از شروع
} جلسه‌ها و تماس‌ها به شما یادآوری می‌کنم.
cancelled = بسیار خب، لغو شد. چیزی ذخیره نشد.

## Clients
add-ask-name = نام مشتری چیست؟ (می‌توانید تلفن، ایمیل، #برچسب و @شرکت را هم در همان خط بنویسید.)
add-ask-details = حالا تلفن، ایمیل، #برچسب و @شرکتِ { $name } — در یک خط. یا برای رد شدن - بفرستید.
client-added = ✅ مشتری اضافه شد: { $name }
client-updated = ✅ ذخیره شد: { $name }
contact-exists = این مخاطب از قبل مشتری شماست: { $name }
dup-found = ⚠️ به نظر می‌رسد { $count ->
    [one] این مشتری را از قبل دارید: { $name }.
   *[other] { $count } مشتری مشابه از قبل دارید، مثلاً { $name }.
} همان را باز کنید یا با این حال مشتری جدید بسازید؟
edit-prompt = اصلاحات { $name } را در یک خط بفرستید: نام جدید، +تلفن، ایمیل، #برچسب، @شرکت. تلفن، ایمیل و برچسب‌ها اضافه می‌شوند؛ نام و شرکت جایگزین می‌شوند.
find-results = 🔎 «{ $query }»: { $total ->
    [one] یک مشتری
   *[other] { $total } مشتری، نمایش { $from }–{ $to }
}
find-none = 🔎 کسی با «{ $query }» پیدا نشد. بخشی از نام، ارقام تلفن، ایمیل، @شرکت یا #برچسب را امتحان کنید — یا اضافه‌اش کنید: /add { $query }

## Client card
card-name = 👤 { $name }
card-company = 🏢 { $company }
card-phone = 📞 { $phone }
card-email = ✉️ { $email }
card-tags = 🏷 { $tags }
card-history = آخرین موارد:
card-no-history = هنوز جلسه، تماس یا یادداشتی ثبت نشده است.
card-next-reminder = ⏰ بعدی: { $when } — { $text }

## History lines
outcome-suffix = { $outcome ->
    [next] {" "}· ➡️ قدم بعدی
    [won] {" "}· 🏆 موفق
    [open] {" "}· ⏸ بدون تصمیم
    [lost] {" "}· ❌ ناموفق
   *[none] {""}
}
line-meeting = 🤝 { $when } جلسه: { $summary }{ outcome-suffix }
line-meeting-planned = 📅 { $when } جلسه (برنامه‌ریزی‌شده): { $summary }
line-call = 📞 { $when } تماس: { $summary }{ outcome-suffix }
line-call-planned = 📅 { $when } تماس (برنامه‌ریزی‌شده): { $summary }
line-note = 📝 { $when } { $summary }
line-message = 💬 { $when } { $summary }
line-reminder = { $state ->
    [sent] ✔️
    [done] ✅
    [failed] ❗
    [interrupted] ⚠️
   *[other] ⏰
} { $when } { $text }{ $state ->
    [interrupted] {" "}(ارسال قطع شد — شاید به دستتان نرسیده باشد)
    [failed] {" "}(ارسال نشد)
   *[other] {""}
}

## Meetings, calls, notes
ask-meeting = جلسه با { $name } کی بود یا کی خواهد بود، و دربارهٔ چه؟ مثلاً «فردا ساعت ۱۵:۰۰ دمو» یا «دیروز ساعت ۱۱:۰۰ دربارهٔ قیمت صحبت کردیم».
ask-call = تماس با { $name } کی بود یا کی خواهد بود، و دربارهٔ چه؟ مثلاً «۲ ساعت دیگر پیگیری» یا «برای دورهٔ آزمایشی توافق کردیم».
ask-note = یادداشت مربوط به { $name } را بفرستید.
logged-meeting = ✅ جلسه با { $name } ثبت شد ({ $when }). چطور پیش رفت؟
logged-call = ✅ تماس با { $name } ثبت شد ({ $when }). چطور پیش رفت؟
logged-note = ✅ یادداشت برای { $name } ذخیره شد ({ $when }).
planned-meeting = 📅 جلسه با { $name }: { $when }. یادآوری: { $remind }.
planned-call = 📅 تماس با { $name }: { $when }. یادآوری: { $remind }.
outcome-next = ➡️ قدم بعدی
outcome-won = 🏆 موفق
outcome-open = ⏸ بدون تصمیم
outcome-lost = ❌ ناموفق
outcome-saved = ✅ نتیجه ذخیره شد: { $outcome ->
    [next] قدم بعدی
    [won] موفق
    [lost] ناموفق
   *[open] بدون تصمیم
}.
note-offer = این را به‌عنوان یادداشت برای { $name } ذخیره کنم؟
note-dropped = بسیار خب، ذخیره نشد.

## Agenda
agenda-today = 📋 امروز، { $date } — { $count ->
    [0] برنامه‌ای نیست
    [one] یک مورد
   *[other] { $count } مورد
}
agenda-week = 📋 ۷ روز آینده از { $date } — { $count ->
    [0] برنامه‌ای نیست
    [one] یک مورد
   *[other] { $count } مورد
}
agenda-empty = کاملاً آزادید. چیزی برنامه‌ریزی کنید: /meet فردا ساعت ۱۵:۰۰ دمو

## Reminders
ask-remind = کی و برای چه چیزی دربارهٔ { $name } یادآوری کنم؟ مثلاً «فردا ساعت ۱۰:۰۰ ارسال پیشنهاد قیمت».
remind-set = ⏰ { $when } یادآوری می‌کنم: { $text }
remind-moved = ⏰ منتقل شد به { $when }: { $text }
reminder-due = ⏰ { $text }
reminder-activity = ⏰ { $kind ->
    [call] تماس
   *[meeting] جلسه
} با { $name } در { $when }: { $text }
reminder-client = 👤 { $name }
reminder-late = (با تأخیر: موعدش { $when } بود، من آفلاین بودم)
reminder-done = ✅ انجام شد: { $text }

## Buttons
btn-meeting = 🤝 جلسه
btn-call = 📞 تماس
btn-note = 📝 یادداشت
btn-remind = ⏰ یادآوری
btn-edit = ✏️ ویرایش
btn-open = باز کردن { $name }
btn-open-client = 👤 باز کردن مشتری
btn-create-anyway = ➕ با این حال بساز
btn-cancel = ✖️ لغو
btn-next = بعدی ›
btn-prev = ‹ قبلی
btn-done = ✅ انجام شد
btn-hour = +۱ ساعت
btn-tomorrow = فردا
btn-save-note = 📝 ذخیره به‌عنوان یادداشت
btn-share-contact = 📱 ارسال شمارهٔ تلفن من

## Hints
hint-start = 👋 برای شروع /start را بفرستید.
hint-plain = من مشتری‌ها، جلسه‌ها و یادآوری‌ها را نگه می‌دارم. اول یک مشتری را باز کنید (/find علی) تا پیشنهاد کنم متنتان را به‌عنوان یادداشت ذخیره کنم — یا /help را ببینید.

## Errors: short, with an example
err-internal = 😕 مشکلی از سمت من پیش آمد؛ چیزی ذخیره نشد. لطفاً کمی بعد دوباره امتحان کنید.
err-empty = اینجا فقط متن می‌خوانم. /help را امتحان کنید.
err-too-long = این برای من خیلی طولانی است ({ $length } نویسه؛ حداکثر { $max }). لطفاً کوتاه‌ترش کنید.
err-no-workspace = اول /start را بفرستید — ده ثانیه بیشتر طول نمی‌کشد.
err-unknown-command = { $command } را نمی‌شناسم. /help را ببینید — مثلاً /add علی رضایی +98 912 345 6789
err-lang = زبان‌های من: { $langs }. مثلاً /lang en
err-tz = منطقهٔ زمانی «{ $input }» را نفهمیدم. یک شهر (Tehran، Dubai)، یک منطقه (Asia/Tehran) یا اختلاف ساعت (UTC+4) را امتحان کنید.
err-before = تعداد دقیقه را بفرستید، مثلاً /before 15 (اکنون: { $current }).
err-add-name = لطفاً نام مشتری را بفرستید، مثلاً علی رضایی
err-add-details = «{ $words }» را نفهمیدم. مثلاً بفرستید: +98 912 345 6789 ali@example.com #vip @Acme — یا برای رد شدن -
err-name-long = نام خیلی طولانی است ({ $length } نویسه؛ حداکثر { $max }).
err-phone = «{ $input }» شبیه شمارهٔ تلفن نیست. مثال: +98 912 345 6789
err-email = «{ $input }» شبیه ایمیل نیست. مثال: ali@example.com
err-tag = «{ $input }» خالی است. مثال: #vip یا @Acme
err-find-empty = دنبال چه بگردم؟ مثلاً /find رضایی یا /find 912 345
err-client-gone = دیگر این مشتری را پیدا نمی‌کنم. /find را امتحان کنید
err-no-focus = کدام مشتری؟ اول یکی را باز کنید (/find علی) یا نامش را بنویسید: /meet علی رضایی فردا ساعت ۱۵:۰۰ دمو
err-date = تاریخ را در «{ $input }» نفهمیدم. مثال‌ها: فردا ۱۰:۰۰، پس‌فردا ۹:۳۰، 2026-12-25، ۲ ساعت دیگر
err-remind-empty = چه چیزی و کی؟ مثلاً /remind فردا ساعت ۱۰:۰۰ تماس با علی
err-remind-when = کی یادآوری کنم؟ در «{ $input }» زمانی پیدا نکردم. مثلاً /remind فردا ساعت ۱۰:۰۰ تماس با علی، /remind ۲ ساعت دیگر ارسال پیشنهاد قیمت
err-remind-text = { $when } چه چیزی را یادآوری کنم؟ مثلاً /remind فردا ساعت ۱۰:۰۰ تماس با علی
err-past = { $when } گذشته است. مثلاً /remind فردا ساعت ۱۰:۰۰ تماس با علی
err-summary-long = این از حد یک مورد بیشتر است (حداکثر { $max } نویسه).

## Teams: whose client it is
dup-owner = 👤 مسئول: { $owner } · آخرین تماس { $when }
dup-owner-quiet = 👤 مسئول: { $owner } · هنوز تماسی نبوده
card-owner = 🧑‍💼 مسئول: { $owner }
role-owner = مالک
role-lead = سرپرست
role-manager = کارشناس فروش
err-read-only = { $name } مشتری { $owner } است: می‌توانید ببینید، اما نمی‌توانید تغییر دهید. از { $owner } یا سرپرست تیم بپرسید.
err-role = نقش شما در تیم اجازهٔ این کار را نمی‌دهد. از مالک تیم بپرسید.
