# گزارش روزانه، هشدار بی‌تحرکی و گروه تیم (core/digest).

## فهرست فرمان‌ها و /help
cmd-digest = گزارش روزانه: همین حالا یا طبق برنامه
help-digest = /digest — همین حالا  ·  /digest 08:30 شنبه-چهارشنبه  ·  /digest off  ·  /digest here (در گروه تیم)

## گزارش
digest-title-team = ☀️ { $team } — { $date }
digest-title-own = ☀️ گزارش شما — { $date }
digest-late = ⏰ با تأخیر: باید ساعت { $when } می‌رسید، اما من آفلاین بودم.
digest-yesterday = 📒 دیروز، { $date }:
digest-since = 📒 از { $date }:
digest-idle = چیزی ثبت نشده
digest-idle-members = ▫️ چیزی ثبت نکرده‌اند: { $names }
digest-meetings = { $count ->
    [one] { $count } جلسه
   *[other] { $count } جلسه
}
digest-calls = { $count ->
    [one] { $count } تماس
   *[other] { $count } تماس
}
digest-notes = { $count ->
    [one] { $count } یادداشت
   *[other] { $count } یادداشت
}
digest-moves = { $count ->
    [one] { $count } معامله جابه‌جا شد
   *[other] { $count } معامله جابه‌جا شد
}
digest-won = ✅ برنده { $count }: { $amount }
digest-lost = ❌ از دست رفته { $count }: { $amount }
digest-targets = 🎯 هدف‌ها:
digest-target-team = • تیم، { $period ->
    [month] این ماه
   *[quarter] این فصل
}: { $done } از { $target } ({ $percent }٪)
digest-target-member = • { $name }، { $period ->
    [month] این ماه
   *[quarter] این فصل
}: { $done } از { $target } ({ $percent }٪)
digest-agenda = 📅 امروز: { $count }
digest-agenda-none = 📅 امروز نه جلسه‌ای هست نه تماسی.
digest-agenda-line = • { $time } { $kind ->
    [call] 📞
   *[meeting] 🤝
} { $client }
digest-overdue = ⚠️ یادآوری‌های عقب‌افتاده: { $count }
digest-overdue-line = • { $when }: { $text }
digest-stale = 💤 بی‌تحرک بیش از { $days } روز: { $count }
digest-stale-line = • { $title } ({ $client })، { $amount }، { $days } روز
digest-new-clients = 🆕 مشتریان جدید: { $count }
digest-no-source = بدون منبع { $count }
digest-more = …و { $count } مورد دیگر
digest-btn-today = 📅 امروز

## تنظیمات
digest-footer-on = ⚙️ ساعت { $time } می‌رسد —
digest-footer-off = ⚙️ گزارش روزانه خاموش است: با /digest on روشنش کنید.
digest-set = ✅ گزارش ساعت { $time } —
digest-next = بعدی: { $when }.
digest-set-off = 🔕 گزارش روزانه فرستاده نمی‌شود. /digest هر وقت بخواهید نشانش می‌دهد؛ /digest on دوباره روشنش می‌کند.
digest-days-all = هر روز
digest-wd-1 = دوشنبه
digest-wd-2 = سه‌شنبه
digest-wd-3 = چهارشنبه
digest-wd-4 = پنجشنبه
digest-wd-5 = جمعه
digest-wd-6 = شنبه
digest-wd-7 = یکشنبه
err-digest-args = «{ $input }» را نفهمیدم. مثلاً: /digest 08:30  ·  /digest شنبه-چهارشنبه  ·  /digest mon,wed,fri  ·  /digest on  ·  /digest off
err-digest-time = «{ $input }» ساعت نیست. مثال: /digest 08:30

## گروه تیم
digest-here-private = مرا به گروه تلگرام تیمتان اضافه کنید و آنجا /digest here بفرستید: هر صبح گزارش تیم را آنجا می‌گذارم.
digest-here-set = ✅ گزارش { $team } ساعت { $time } اینجا گذاشته می‌شود —
digest-here-owner = فقط مالک تیم می‌تواند گروه تیم را انتخاب کند.
digest-here-taken = این گروه از قبل گزارش تیم دیگری را می‌گیرد.
digest-here-off = 🔕 گزارش تیم دیگر در گروه گذاشته نمی‌شود.
digest-here-none = گروه تیم انتخاب نشده است. مرا به گروهی اضافه کنید و آنجا /digest here بفرستید.
digest-group-members-only = من فقط برای اعضای تیم { $team } کار می‌کنم.

## هشدار بی‌تحرکی
stale-title = 💤 بی‌تحرک بیش از { $days } روز: { $count }
stale-deal-line = • { $title } ({ $client })، { $amount } — بی‌تحرک از { $since }
stale-client-line = • { $client } — بی‌تحرک از { $since }
stale-more = …و { $count } مورد دیگر دفعهٔ بعد
stale-btn-call = 📞 { $name }
stale-btn-remind = ⏰ یادآوری
stale-btn-snooze = 💤 یک هفته
stale-snoozed = 💤 { $name }: تا { $until } به تعویق افتاد.
