# معامله‌ها و قیف فروش: /deal، /deals، کارت معامله، مرحله‌ها، /stages.

## منوی فرمان‌ها و /help
cmd-deal = معامله‌ی جدید برای مشتری باز
cmd-deals = معامله‌های من بر اساس مرحله
cmd-stages = مرحله‌های قیف فروش (مالک)
help-deal = /deal 12000 EUR طراحی دوباره‌ی سایت  ·  /deal 5000 USD ممیزی 25.12
help-deals = /deals — مال من بر اساس مرحله، عقب‌افتاده و راکد  ·  /deals all — همه‌ی تیم
help-stages = /stages — تغییر نام، ترتیب، افزودن و پنهان کردن مرحله‌ها

## ساختن معامله
deal-ask-amount = معامله‌ی جدید با { $name }: چه مبلغی و درباره‌ی چه؟ مثلاً: 12000 EUR طراحی دوباره‌ی سایت
deal-ask-title = { $amount } برای { $name } — نام معامله چیست؟ مثلاً: طراحی دوباره‌ی سایت
deal-created = ✅ معامله ساخته شد: { $title }
deal-hint-close = وقتی دانستید معامله کی بسته می‌شود، 📅 تاریخ بستن را بزنید.
deal-hint-past-close = توجه: { $date } گذشته است، پس معامله عقب‌افتاده نشان داده می‌شود.

## کارت معامله
deal-card-title = 💼 { $title }
deal-card-client = 👤 { $name }
deal-card-amount = 💰 { $amount }
deal-card-stage = 📊 { $stage } · { $probability }% · وزن‌دار { $weighted }
deal-card-stage-closed = 📊 { $stage }
deal-card-close = 📅 بستن مورد انتظار: { $date }
deal-card-close-overdue = ⏰ بستن مورد انتظار: { $date } — عقب‌افتاده
deal-card-no-close = 📅 هنوز تاریخ بستن تعیین نشده
deal-card-won = 🏆 موفق در { $when }
deal-card-lost = ❌ ناموفق در { $when }
deal-card-owner = 🧑 مسئول: { $owner }
deal-card-source = 📣 منبع: { $source }
deal-card-activity = 🕒 آخرین فعالیت: { $when }
deal-card-history = تاریخچه:
deal-card-read-only = 👀 معامله‌ی { $owner }: می‌توانید ببینید، اما نمی‌توانید تغییر دهید.
deal-event-created = { $when } · { $who }: ساخته شد در { $to }
deal-event-moved = { $when } · { $who }: { $from } ← { $to }
deal-event-reassigned = { $when } · { $who }: واگذار شد { $from } ← { $to }
deal-event-amount = { $when } · { $who }: مبلغ { $from } ← { $to }
deal-event-close = { $when } · { $who }: تاریخ بستن { $from } ← { $to }
deal-line = { $title } — { $amount } · { $stage }
deal-client-deals = 💼 معامله‌ها:

## دکمه‌ها
deal-btn-new = ➕ معامله‌ی جدید
deal-btn-all = 💼 همه‌ی معامله‌ها
deal-btn-close = 📅 تاریخ بستن
deal-btn-reassign = 🔁 واگذاری
deal-btn-as-is = ✅ همان مبلغ

## جابه‌جایی در قیف
deal-moved = ✅ منتقل شد: { $from } ← { $to }
deal-stale = ⚠️ این معامله در این فاصله تغییر کرده — اکنون در { $stage } است. چیزی منتقل نشد؛ دوباره انتخاب کنید:
deal-stage-gone = ⚠️ آن مرحله دیگر در دسترس نیست. معامله در { $stage } است؛ دوباره انتخاب کنید:
deal-ask-lost-reason = چرا «{ $title }» از دست رفت؟ یک دلیل را بزنید یا دلیل خودتان را بنویسید.
deal-reason-price = 💸 قیمت
deal-reason-competitor = 🥊 رقیب
deal-reason-no-budget = 🪙 بودجه ندارد
deal-reason-no-response = 🔇 پاسخی نداد
deal-reason-timing = ⏳ زمان مناسب نبود
deal-won-ask = 🏆 با { $amount } موفق شد؟ اگر مبلغ نهایی فرق دارد، آن را بنویسید (مثلاً 11500).
deal-won-kept = 🏆 { $title }: با { $amount } موفق شد.
deal-amount-set = ✅ مبلغ ذخیره شد.
deal-ask-close = «{ $title }» کی باید بسته شود؟ مثلاً: 25.12، جمعه‌ی بعد، 2027-01-31 — یا - برای حذف تاریخ.
deal-close-set = ✅ تاریخ بستن ذخیره شد.
deal-pick-owner = «{ $title }» به چه کسی واگذار شود؟
deal-reassigned = ✅ به { $owner } واگذار شد. تاریخچه همراه معامله می‌ماند.
deal-owner-unchanged = ⚠️ چیزی تغییر نکرد: آن عضو دیگر در تیم نیست، یا معامله در این فاصله تغییر کرده (اکنون در { $stage }).

## /deals
deals-title = 💼 معامله‌های من
deals-title-all = 💼 معامله‌های تیم
deals-stage = 📊 { $stage } ({ $count })
deals-overdue = ⏰ عقب‌افتاده ({ $count })
deals-stale = 💤 بدون فعالیت بیش از { $days } روز ({ $count })
deals-more = …و { $count } مورد دیگر
deals-none = هنوز معامله‌ی بازی نیست. یک مشتری را باز کنید و بفرستید، مثلاً: /deal 12000 EUR طراحی دوباره‌ی سایت
deals-of-client = 💼 معامله‌های { $name }:

## /stages
stages-title = مرحله‌های قیف فروش (نام‌ها به { $lang ->
    [ru] روسی
    [es] اسپانیایی
    [hi] هندی
    [vi] ویتنامی
    [fa] فارسی
    [ta] تامیلی
   *[en] انگلیسی
}):
stages-line = { $n }. { $name } · { $kind ->
    [won] 🏆
    [lost] ❌
   *[open] { $probability }%
}{ $hidden ->
    [yes] {" "}· پنهان
   *[no] {""}
}
stages-hint = برای تغییر نام مرحله به زبان خودتان، روی نام بزنید (زبان‌های دیگر نام خود را نگه می‌دارند؛ زبان را با /lang عوض کنید). ↑↓ ترتیب را عوض می‌کند، 🙈 مرحله را از دکمه‌ها برمی‌دارد.
stages-btn-add = ➕ افزودن مرحله
stages-btn-hide = 🙈 پنهان کن
stages-btn-show = 👁 نمایش بده
stages-ask-rename = نام تازه برای «{ $name }»؟ می‌توانید احتمال هم بنویسید: دمو 40%
stages-ask-new = نام مرحله‌ی جدید؟ می‌توانید احتمال هم بنویسید: دمو 40%
stages-saved = ✅ ذخیره شد.

## مشکل‌ها
deal-err-no-client = کدام مشتری؟ اول او را باز کنید (/find علی)، بعد: /deal 12000 EUR طراحی دوباره‌ی سایت
deal-err-amount = مبلغ را متوجه نشدم. مثال: /deal 12000 EUR طراحی دوباره‌ی سایت
deal-err-no-currency = به چه ارزی؟ مثال: 12000 EUR، ‎$99.99، ‎5000000 IRR
deal-err-negative = مبلغ نمی‌تواند منفی باشد. مثال: 12000 EUR
deal-err-zero = مبلغ باید بیشتر از صفر باشد. مثال: 12000 EUR
deal-err-too-large = این مبلغ بزرگ‌تر از آن است که واقعی باشد. مثال: 12000 EUR
deal-err-currency = ارز «{ $code }» را نمی‌شناسم. کدی مثل IRR، EUR، USD یا نمادی مثل €، $ بنویسید.
deal-err-decimals = { $code } { $max ->
    [0] رقم اعشار ندارد
   *[other] فقط { $max } رقم اعشار دارد
}. مثال: 12000 { $code }
deal-err-other-currency = این معامله به { $code } است. مبلغ را به { $code } بنویسید، مثلاً 11500
deal-err-title = نام معامله چیست؟ مثلاً: طراحی دوباره‌ی سایت
deal-err-title-long = نام خیلی طولانی است ({ $length } نویسه؛ حداکثر { $max }).
deal-err-close = تاریخی پیدا نکردم. مثلاً: 25.12، جمعه‌ی بعد، 2027-01-31 — یا - برای حذف آن.
deal-err-note-empty = متن یادداشت را بفرستید.
deal-err-gone = دیگر این معامله را پیدا نمی‌کنم. /deals را ببینید
deal-err-read-only = «{ $title }» معامله‌ی { $owner } است: می‌توانید ببینید، اما نمی‌توانید تغییر دهید. از { $owner } یا سرپرست تیم بپرسید.
deal-err-no-stage = قیف فروش هیچ مرحله‌ی بازی ندارد. مالک می‌تواند یکی اضافه کند: /stages
deal-err-no-colleague = کس دیگری در تیم نیست که به او واگذار شود. اول یک همکار را دعوت کنید.
deal-err-deals-args = برای معامله‌های خودتان /deals و برای همه‌ی تیم /deals all را بفرستید.
stages-err-taken = مرحله‌ای به نام «{ $name }» از قبل هست. نام دیگری انتخاب کنید.
stages-err-last = ⚠️ این آخرین مرحله‌ی قابل‌مشاهده از این نوع است: دست‌کم یک مرحله‌ی باز، یک موفق و یک ناموفق باید بماند.
stages-err-name = نام مرحله را بفرستید، مثلاً: دمو
stages-err-long = نام خیلی طولانی است ({ $length } نویسه؛ حداکثر { $max }).
stages-err-probability = احتمال درصدی از 0 تا 100 است، مثلاً: دمو 40%
stages-err-too-many = قیف فروش حداکثر { $max } مرحله دارد.
