# گزارش فعالیت: /audit (فقط مالک تیم). هر سطر: «کی · چه کسی: چه کاری — روی چه چیزی»؛ نام‌ها از رکوردهای فعلی
# خوانده می‌شوند، پس رکورد حذف‌شده به شکل «مشتری حذف‌شده #12» دیده می‌شود.
# $role کد نقش است (owner، lead، manager): پیام‌های زیر آن را به کلمه تبدیل می‌کنند.

## منوی فرمان‌ها و /help
cmd-audit = گزارش تیم: چه کسی چه چیزی را کی تغییر داد
help-audit = /audit  ·  /audit @Sara  ·  /audit معامله هفته  ·  /audit 01.11..30.11  ·  /audit keep 365

## صفحه
audit-title = 📜 گزارش تیم، تازه‌ترین‌ها اول
audit-group = { $group ->
    [clients] مشتری‌ها
    [activities] یادداشت، جلسه، تماس، یادآور
    [deals] معامله‌ها
    [team] تیم و دعوت‌ها
    [settings] تنظیمات
    [campaigns] کمپین‌ها
   *[customers] خریداران
}
audit-empty = هنوز چیزی ثبت نشده. تغییرات مشتری‌ها، معامله‌ها و تیم اینجا نشان داده می‌شود.
audit-empty-filter = چیزی با این فیلتر پیدا نشد.
audit-hint = فیلتر: /audit @Sara · /audit معامله · /audit هفته · /audit 01.11..30.11 · مدت نگهداری: /audit keep
audit-btn-older = ◀ قدیمی‌تر
audit-btn-newer = جدیدتر ▶
audit-when = { $when }
audit-when-dated = { $date }، { $time }
audit-who-customer = یک خریدار
audit-gone = { $kind ->
    [client] مشتری حذف‌شده
    [deal] معاملهٔ حذف‌شده
    [campaign] کمپین حذف‌شده
   *[member] عضو سابق
} #{ $id }
audit-campaign-unnamed = کمپین #{ $id }
audit-other = تغییری داد

## چه شد
audit-client-added = مشتری اضافه کرد
audit-client-edited = اطلاعات مشتری را تغییر داد
audit-client-assigned = مشتری را به { $to } سپرد
audit-activity = { $kind ->
    [meeting] جلسه ثبت کرد
    [call] تماس ثبت کرد
    [message] به خریدار پیام داد
   *[note] یادداشت گذاشت
}
audit-outcome = نتیجه را ثبت کرد
audit-reminder = { $change ->
    [set] یادآور گذاشت
    [done] یادآور را انجام داد
   *[moved] یادآور را جابه‌جا کرد
}
audit-deal-created = معامله ساخت، { $amount }
audit-deal-moved = معامله را جابه‌جا کرد: { $from } ← { $to }
audit-deal-won = 🏆 معامله را برد: { $from } ← { $to }
audit-deal-lost = ❌ معامله را باخت: { $from } ← { $to }
audit-deal-edited = { $field ->
    [amount] مبلغ معامله را تغییر داد
   *[close] تاریخ بسته‌شدن معامله را تغییر داد
}
audit-deal-assigned = معامله را به { $to } سپرد
audit-member-joined = با نقش { $role ->
    [owner] مالک
    [lead] سرپرست
   *[manager] کارشناس فروش
} به تیم پیوست
audit-member-removed = عضوی را حذف کرد؛ کارهایش به { $to } رسید
audit-role-changed = نقش عضو را { $role ->
    [owner] مالک
    [lead] سرپرست
   *[manager] کارشناس فروش
} کرد
audit-invite-created = با نقش { $role ->
    [owner] مالک
    [lead] سرپرست
   *[manager] کارشناس فروش
} دعوت کرد
audit-invite-withdrawn = دعوت را پس گرفت
audit-team-settings = { $what ->
    [name] نام تیم را تغییر داد
    [shared] پایگاه مشترک را تغییر داد
   *[stale] روزهای «بی‌حرکت» را تغییر داد
}
audit-stages = مراحل قیف فروش را تغییر داد
audit-target = هدف فروش را تغییر داد
audit-source-cost = هزینهٔ منبع مشتری را ثبت کرد
audit-promo-settings = تنظیمات تبلیغات را تغییر داد
audit-keep-changed = نگهداری گزارش را { $days } روز کرد
audit-campaign = { $change ->
    [created] پیش‌نویس کمپین را شروع کرد
    [started] کمپین را فرستاد
    [scheduled] کمپین را زمان‌بندی کرد
    [paused] کمپین را متوقف کرد
    [resumed] کمپین را از سر گرفت
    [cancelled] کمپین را لغو کرد
   *[deleted] پیش‌نویس کمپین را حذف کرد
}
audit-segment = یک بخش را ذخیره کرد
audit-code = کد تخفیف را استفاده کرد
audit-customer-erased = به درخواست خودش داده‌هایش را پاک کرد
audit-consent = { $change ->
    [in] عضو پیام‌های تبلیغاتی شد
    [stop] پیام‌های تبلیغاتی را قطع کرد
   *[resume] دوباره عضو پیام‌های تبلیغاتی شد
}

## مدت نگهداری و خطاها
audit-keep-now = گزارش رویدادها را { $days } روز نگه می‌دارد. تغییر: /audit keep 90
audit-keep-set = ✅ از این به بعد گزارش رویدادها را { $days } روز نگه می‌دارد. قدیمی‌ترها تا یک ساعت دیگر پاک می‌شوند.
audit-err-keep = «{ $input }» تعداد روز قابل قبولی نیست. گزارش را بین { $min } تا { $max } روز نگه دارید، مثلاً /audit keep 365
audit-err-filter = با «{ $input }» نمی‌توانم فیلتر کنم. مثلاً: /audit @Sara · /audit مشتری، معامله، یادداشت، تیم، تنظیمات، کمپین یا پاک‌شده · /audit هفته · /audit 01.11..30.11
audit-err-stale = این صفحهٔ گزارش قدیمی شده. دوباره /audit بفرستید.
