# مشتریان: آنچه مشتری می‌بیند، و فرمان‌های تیم درباره‌ی مشتریان.

promo-code = کد شما: { $code }
promo-code-percent = تخفیف ویژه‌ی شما: { $percent }٪ با کد { $code }
promo-open-link = باز کردن
promo-unsubscribe = لغو اشتراک

## /optin — سمت تیم
cmd-optin = لینک و کد QR اشتراک مشتریان
help-optin = /optin — لینک و کد QR تیم برای مشتریان  ·  /optin سارا — لینک شخصی برای یک مشتری
cust-optin-team = 📣 مشتریان با این لینک مشترک پیشنهادهای { $team } می‌شوند (کد QR بالا همین لینک است):
cust-optin-team-how = کد QR را چاپ کنید یا لینک را بفرستید. مشتری می‌بیند چه کسی پیام می‌دهد و با یک لمس موافقت می‌کند؛ حداکثر { $cap } تبلیغ در هفته می‌گیرد و هر وقت بخواهد می‌تواند لغو کند.
cust-optin-personal = 🔗 لینک شخصی برای { $name }:
cust-optin-personal-how = آن را برای { $name } بفرستید: وقتی موافقت کند، اشتراک روی کارت او ثبت می‌شود.
cust-optin-pick = { $count } مشتری پیدا شد. لینک شخصی برای کدام؟
cust-optin-none = هیچ‌یک از مشتریان شما با «{ $query }» جور نیست. مثال: /optin سارا
cust-optin-subscribed = { $name } از قبل مشترک است.
cust-optin-renew-ask = لینک تازه‌ای برای تیم ساخته شود؟ لینک قبلی و کدهای QR چاپ‌شده‌اش فوراً از کار می‌افتند.
cust-optin-renewed = ✅ لینک تازه ساخته شد؛ لینک قبلی دیگر کار نمی‌کند.
cust-optin-own-team = این لینک { $team } برای مشتریان است و آن‌ها را مشترک تبلیغات شما می‌کند. شما عضو تیم هستید، پس چیزی تغییر نکرد.
cust-btn-personal = 🔗 لینک شخصی: { $name }
cust-btn-renew = ♻️ لینک تازه‌ی تیم
cust-btn-renew-yes = بله، لینک تازه

## باز کردن لینک
cust-offer = 👋 { $team } می‌خواهد تبلیغات و پیشنهادهای ویژه را همین‌جا در تلگرام برایتان بفرستد.
cust-offer-terms = • حداکثر { $cap } پیام در هفته.
    • هر وقت خواستید لغو کنید: زیر هر پیام «لغو اشتراک» را بزنید، یا /stop بفرستید.
    • /mydata نشان می‌دهد { $team } چه چیزی درباره‌ی شما نگه می‌دارد؛ /forget آن را پاک می‌کند.
cust-btn-agree = ✅ موافقم
cust-subscribed = ✅ انجام شد! پیشنهادهای { $team } همین‌جا می‌رسد، حداکثر { $cap } در هفته. هر وقت خواستید /stop.
cust-share-ask = می‌خواهید { $team } شما را بشناسد؟ شماره‌تان را با دکمه‌ی پایین به اشتراک بگذارید (اختیاری).
cust-already-subscribed = شما از قبل مشترک پیشنهادهای { $team } هستید.
cust-link-unknown = این لینک کار نمی‌کند (شاید عوض شده باشد). لینک تازه بخواهید. چیزی ذخیره نشد.
cust-link-taken = این لینک شخصی مال کس دیگری است. لینک خودتان را بخواهید. چیزی ذخیره نشد.
cust-notice-subscribed = 🔔 { $how ->
    [personal] اشتراک با لینک شخصی شما:
    [resume] دوباره مشترک شد:
   *[team] مشترک تازه (لینک تیم):
}

## شماره‌ی تلفن مشتری
cust-contact-not-own = فقط شماره‌ی خودتان را می‌توانم بپذیرم: دکمه‌ی پایین را بزنید. چیزی ذخیره نشد.
cust-contact-bad = نتوانستم این شماره را بخوانم. چیزی ذخیره نشد.
cust-contact-saved = ✅ ممنون! حالا { $team } شماره‌ی شما را دارد.
cust-contact-matched = ✅ ممنون! { $team } شما را شناخت.
cust-notice-phone = 📞 مشترک شما شماره‌اش را فرستاد: { $phone }
cust-notice-matched = 📞 یک مشترک شماره‌ی { $phone } را فرستاد: همین مشتری شماست و حالا وصل شد.

## کارهایی که مشتری می‌تواند بکند
cust-cmd-stop = توقف تبلیغات
cust-cmd-start = اشتراک دوباره
cust-cmd-lang = زبان
cust-cmd-mydata = چه چیزی درباره‌ی من ذخیره شده
cust-cmd-forget = پاک کردن داده‌هایم
cust-help-stop = /stop — دیگر تبلیغ نفرست
cust-help-start = /start — دوباره بفرست
cust-help-lang = /lang — انتخاب زبان
cust-help-mydata = /mydata — ببینید تیم چه چیزی درباره‌ی شما نگه می‌دارد
cust-help-forget = /forget — پاکش کنید
cust-help = این کارها را می‌توانید بکنید:
cust-text-only = فقط پیام‌های متنی به تیم می‌رسد. لطفاً با کلمات بنویسید.
cust-message-sent = ✉️ برای { $team } فرستاده شد.
cust-cancelled = باشه، چیزی تغییر نکرد.
cust-stale-button = این دکمه دیگر کار نمی‌کند. می‌توانید از این‌ها استفاده کنید: /stop، /start، /lang، /mydata، /forget.
cust-nothing-stored = هیچ چیزی درباره‌ی شما ذخیره نشده است.
cust-preview-button = این پیش‌نمایش است: دکمه‌ها در پیام‌های مشتریان کار می‌کنند.
cust-link-here = لینک { $team }:

cust-stop-none = شما مشترک هیچ تبلیغی نیستید.
cust-stop-which = تبلیغات کدام تیم متوقف شود؟
cust-stopped = ✅ دیگر از { $team } تبلیغی نمی‌گیرید.
cust-stopped-all = ✅ تبلیغات متوقف شد ({ $count } تیم).
cust-btn-stop = توقف تبلیغات
cust-btn-stop-all = همه
cust-btn-resume = اشتراک دوباره
cust-start-subscribed = شما مشترک این‌ها هستید: { $teams }. برای توقف /stop.
cust-start-which = اشتراک دوباره‌ی کدام تیم؟
cust-resumed = ✅ دوباره مشترک { $team } شدید: حداکثر { $cap } در هفته. هر وقت خواستید /stop.
cust-lang-pick = زبان خود را انتخاب کنید:
cust-lang-set = ✅ زبان: فارسی.
cust-lang-bad = این زبان را نمی‌شناسم. یکی از این‌ها را امتحان کنید: { $langs } (مثلاً /lang fa).

cust-forget-ask = همه‌ی آنچه { $team } درباره‌ی شما نگه می‌دارد پاک شود؟ تبلیغات هم متوقف می‌شود. قابل برگشت نیست.
cust-forget-which = داده‌هایتان در کدام تیم پاک شود؟
cust-btn-forget = بله، پاک کن
cust-btn-forget-all = همه‌ی تیم‌ها
cust-btn-cancel = لغو
cust-forgotten = ✅ انجام شد: { $team } دیگر چیزی درباره‌ی شما نگه نمی‌دارد. فقط یادداشتی برای اینکه به شما پیام ندهد مانده است.
cust-forgotten-all = ✅ انجام شد: { $count } تیم دیگر چیزی درباره‌ی شما نگه نمی‌دارند. فقط یادداشتی برای اینکه به شما پیام ندهند مانده است.

## /mydata
cust-mydata-title = 📋 آنچه { $team } درباره‌ی شما نگه می‌دارد:
cust-mydata-lang = 🌐 زبان: { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}
cust-mydata-state = 📣 تبلیغات: { $state ->
    [subscribed] مشترک
    [stopped] متوقف
    [blocked] متوقف (ربات را مسدود کردید)
   *[none] بدون اشتراک
} از { $since }
cust-mydata-consents = تاریخچه‌ی رضایت شما ({ $count }):
cust-mydata-consent = • { $at }: { $action ->
    [optin] موافقت
    [stop] توقف
    [resume] اشتراک دوباره
    [block] مسدود کردن ربات
   *[forget] پاک کردن داده‌ها
} (متن { $version })
cust-mydata-promos = تبلیغات دریافتی ({ $count }):
cust-mydata-promo = • { $at }: { $kind ->
    [birthday] تبریک تولد
    [followup] یادآوری
   *[promo] تبلیغ
}
cust-mydata-code = ، کد { $code }
cust-mydata-redeemed = 🎟 کد { $code } استفاده شد: { $at }
cust-mydata-forget = /forget همه‌ی این‌ها را پاک می‌کند.

## پیام‌های میان مشتری و تیم
cust-inbound = 💬 { $name } (مشتری { $team }) می‌نویسد:
cust-btn-reply = ↩️ پاسخ
cust-btn-card = باز کردن کارت
cust-reply-ask = پاسخ خود به { $name } را بنویسید؛ از طرف تیم فرستاده می‌شود. برای لغو /cancel.
cust-reply-sent = ✅ برای { $name } فرستاده شد.
cust-reply-gone = از طریق ربات نمی‌توان به { $name } پیام داد (از تلگرام مشترک نشده یا خواسته داده‌هایش پاک شود). چیزی فرستاده نشد.
cust-from-team = 💬 { $team }:
cust-line-in = ⬅️ { $when } { $summary }
cust-line-out = ➡️ { $when } { $summary }

## کارت مشتری
cust-card-subscribed = 📣 مشترک تبلیغات از { $since }
cust-card-stopped = 🔕 تبلیغات را در { $since } متوقف کرد
cust-card-blocked = 🚫 ربات را در { $since } مسدود کرد
