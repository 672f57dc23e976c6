# آمار در لحظه: /pipeline، /stats، /when، /target، /source، /sources.

## منوی فرمان‌ها و /help
cmd-pipeline = قیف فروش: مرحله‌ها، پیش‌بینی، نرخ موفقیت
cmd-stats = جلسه‌ها: برگزارشده، پیگیری، برنامه‌ریزی‌شده
cmd-when = جلسهٔ بعدی و قبلی من با یک مشتری
cmd-target = هدف فروش و پیشرفت آن
cmd-source = منبع مشتری، هزینهٔ منبع‌ها
cmd-sources = کدام منبع مشتری سود می‌دهد
help-pipeline = /pipeline  ·  /pipeline فصل  ·  /pipeline 01.10..31.12 @Sara
help-stats = /stats — هفتهٔ گذشته  ·  /stats این ماه  ·  /stats ماه بعد @Sara
help-when = /when Ahmadi — جلسه و تماس بعدی و قبلی من با او
help-target = /target 50000 EUR ماه  ·  /target 150000 EUR فصل @Sara  ·  /target
help-source = /source Banner (مشتری باز)  ·  /source cost Banner 500 EUR 2026-11
help-sources = /sources  ·  /sources فصل

## دوره‌ها و افراد
rep-period-month = { $month ->
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
} { $year }
rep-period-quarter = فصل { $quarter } سال { $year }
rep-period-range = { $from } تا { $to }
rep-who-team = تیم

## دکمه‌ها
rep-btn-week = هفته
rep-btn-month = ماه
rep-btn-quarter = فصل
rep-btn-last-week = هفتهٔ گذشته
rep-btn-this-week = این هفته
rep-btn-last-month = ماه گذشته
rep-btn-this-month = این ماه
rep-btn-next-month = ماه بعد
rep-btn-open-client = باز کردن { $name }

## /pipeline
rep-pipe-title = 📊 قیف فروش
rep-pipe-open = معامله‌های باز الان:
rep-pipe-empty = هنوز معاملهٔ بازی نیست.
rep-pipe-stage = { $number }. { $name } — { $count ->
    [0] بدون معامله
   *[other] { $count } معامله · { $sum }
}
rep-pipe-weighted = { "   " }با احتمال { $sum }
rep-pipe-moved = { "   " }جلو رفتند: { $forward } از { $left } ({ $percent }٪)
rep-pipe-forecast = پیش‌بینی با احتمال: { $sum }
rep-pipe-flow = { $new } جدید · { $won } موفق · { $lost } ناموفق
rep-pipe-won = موفق: { $sum }
rep-pipe-win-rate = نرخ موفقیت: { $percent }٪ ({ $won } از { $closed })
rep-pipe-no-closed = در این دوره هیچ معامله‌ای بسته نشد.
rep-pipe-days = میانگین زمان تا موفقیت: { $days } روز

## هدف‌ها
rep-target-progress = { $won } از { $target } — { $percent }٪
rep-target-set-team = ✅ هدف تیم: { $amount }
rep-target-set-member = ✅ هدف { $name }: { $amount }
rep-target-removed = 🗑 هدف به { $currency } حذف شد:
rep-targets-title = 🎯 هدف‌های این ماه و این فصل
rep-targets-none = هنوز هدفی نیست. یکی بگذارید: /target 50000 EUR ماه

## /stats و /when
rep-stats-title = 📅 جلسه‌ها
rep-stats-held = برگزارشده: { $held }
rep-stats-outcomes = → قدم بعدی: { $next } · → موفق: { $won }
rep-stats-booked = جلسه‌های پیگیری تعیین‌شده: { $count }
rep-stats-planned = { $count ->
    [0] جلسه‌ای برنامه‌ریزی نشده
   *[other] { $count } جلسه برنامه‌ریزی شده
}
rep-when-title = 🗓 { $name }
rep-when-next-meeting = ⏭ جلسهٔ بعدی: { $when }
rep-when-last-meeting = ⏮ جلسهٔ قبلی: { $when }
rep-when-next-call = 📞 تماس بعدی: { $when }
rep-when-last-call = 📞 تماس قبلی: { $when }
rep-when-no-next-meeting = ⏭ جلسه‌ای برنامه‌ریزی نشده.
rep-when-no-last-meeting = ⏮ هنوز جلسه‌ای نبوده.
rep-when-no-next-call = 📞 تماسی برنامه‌ریزی نشده.
rep-when-no-last-call = 📞 هنوز تماسی نبوده.
rep-when-pick = { $count } مشتری با «{ $query }» جور است. کدام؟

## منبع مشتری
rep-source-is = { $name }: منبع «{ $source }». تغییر: /source Banner
rep-source-unset = { $name } هنوز منبعی ندارد. تعیین: /source Banner
rep-source-set = ✅ { $name }: منبع «{ $source }»
rep-source-cleared = ✅ { $name }: منبع حذف شد
rep-source-none = (بدون منبع)
rep-cost-set = ✅ هزینهٔ { $source }: { $amount }
rep-sources-title = 📣 منبع‌های مشتری
rep-sources-empty = در این دوره چیزی نیست: نه مشتری جدید، نه معامله، نه هزینه.
rep-sources-return = بازده { $return }
rep-sources-return-roi = بازده { $return } (ROI { $roi }٪)
rep-sources-detail = { "   " }موفق { $won } ({ $won_deals }) · هزینه { $cost } · مشتری جدید { $clients } · معامله { $deals }
rep-sources-quiet = هنوز بدون درآمد و هزینه:
rep-sources-counts = مشتری جدید { $clients } · معامله { $deals }

## ورودی نادرست
rep-err-period = دورهٔ «{ $input }» را نمی‌شناسم. مثلاً: هفته، ماه، فصل، ماه گذشته، 2026-11، Q4 2026 یا 01.10..31.12
rep-err-date = «{ $input }» تاریخ نیست. مثال: /pipeline 01.10..31.12
rep-err-range-reversed = دوره پیش از شروع تمام می‌شود. مثال: /pipeline 01.10..31.12
rep-err-range-long = دوره خیلی طولانی است: حداکثر { $days } روز.
rep-err-nobody = در تیم شما کسی به نام «{ $name }» نیست. /team را ببینید.
rep-err-several-members = چند نفر با «{ $name }» جورند: { $names }. نام را کامل‌تر بنویسید.
rep-err-own-only = شما آمار خودتان را می‌بینید؛ آمار تیم برای مالک و سرپرست‌هاست.
rep-err-amount = مبلغ را در «{ $input }» نمی‌فهمم. مثال: /target 50000 EUR ماه
rep-err-no-currency = به چه ارزی؟ مثال: /target 50000 EUR ماه
rep-err-currency = «{ $code }» ارزی نیست که بشناسم. کدی مثل IRR، USD یا EUR بنویسید.
rep-err-negative = مبلغ باید عددی مثبت باشد.
rep-err-too-large = این مبلغ بزرگ‌تر از آن است که واقعی باشد.
rep-err-decimals = { $currency } { $max ->
    [0] رقم اعشار ندارد
   *[other] { $max } رقم اعشار دارد
}.
rep-err-target-period = هدف برای یک ماه یا یک فصل است. مثال: /target 50000 EUR فصل
rep-err-target-past = آن دوره گذشته است: برای این ماه یا فصل یا بعد از آن هدف بگذارید.
rep-err-when-empty = با چه کسی؟ مثال: /when Ahmadi
rep-err-when-none = هیچ مشتری‌ای با «{ $query }» جور نیست.
rep-err-source-no-focus = اول یک مشتری را باز کنید (/find)، بعد: /source Banner
rep-err-source-long = نام منبع حداکثر { $max } نویسه است (این یکی { $length }).
rep-err-cost-usage = منبع، مبلغ و ماه را بنویسید. مثال: /source cost Banner 500 EUR 2026-11
rep-err-cost-month = هزینه ماهانه ثبت می‌شود. مثال: /source cost Banner 500 EUR 2026-11
