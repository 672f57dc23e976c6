# تیم‌ها: دعوت‌نامه، ‎/team، نقش‌ها، حذف عضو، تعویض تیم، واگذاری مشتری.
# ‎$role همیشه کد نقش است: owner، lead یا manager (role-name آن را به کلمه تبدیل می‌کند).

## منوی فرمان‌ها و /help
cmd-invite = دعوت از همکار
cmd-invites = دعوت‌نامه‌های باز
cmd-team = اعضا و تنظیمات تیم
cmd-teams = تیم‌های من، تعویض تیم
cmd-assign = واگذاری مشتری به همکار
help-invite = /invite — یک کارشناس فروش  ·  /invite lead — یک سرپرست
help-invites = /invites — لینک‌های باز، لغو یکی از آن‌ها
help-team = /team  ·  /team name Acme Sales  ·  /team stale 14  ·  /team shared off
help-teams = /teams — کار در تیمی دیگر
help-assign = /assign — مشتریِ باز به فرد دیگری واگذار می‌شود

## نقش‌ها به کلمه
role-name = { $role ->
    [owner] مالک
    [lead] سرپرست
   *[manager] کارشناس فروش
}

## دعوت‌نامه‌ها
invite-created = ✉️ دعوت به { $team } با نقش { role-name }، معتبر تا { $until }.
invite-link = این لینک را برای همکارتان بفرستید: { $link }
invite-raw = یا خودش برای من بفرستد: /start { $code }
invite-once = لینک فقط یک بار کار می‌کند. برای لغو: /invites
invites-title = ✉️ دعوت‌نامه‌های باز: { $count }
invites-line = { $n }. { role-name } · تا { $until } · { $link }
invites-none = دعوت‌نامهٔ بازی نیست. یکی بسازید: /invite یا /invite lead
invite-revoked = ✅ دعوت‌نامه لغو شد: آن لینک دیگر کار نمی‌کند.
btn-revoke = ✖️ لغو { $n }
err-invite-role = می‌توانم کارشناس فروش یا سرپرست دعوت کنم، نه «{ $input }». مثلاً: /invite یا /invite lead
err-invite-limit = الان { $max } دعوت‌نامهٔ باز دارید. اول چندتا را لغو کنید: /invites
err-invite-gone = این دعوت‌نامه دیگر باز نیست. ببینید: /invites

## پیوستن به تیم
join-welcome = 🎉 به { $team } خوش آمدید! نقش شما: { role-name }.
join-what = { $role ->
    [lead] همهٔ مشتری‌ها و معامله‌های تیم را می‌بینید و ویرایش می‌کنید و خلاصهٔ روزانه را دریافت می‌کنید.
   *[manager] { $shared ->
        [yes] مشتری‌ها و معامله‌های خودتان را پیش می‌برید و مشتری‌های تیم را هم می‌توانید ببینید (فقط خواندنی).
       *[no] مشتری‌ها و معامله‌های خودتان را پیش می‌برید.
    }
}
join-next = اولین مشتری را اضافه کنید: /add علی رضایی +98 912 345 6789 · تیم‌های شما: /teams · همه چیز: /help
join-settings = منطقهٔ زمانی شما: { $zone }. برای تغییر آن /tz و برای زبان /lang.
join-unknown = این لینک دعوت کار نمی‌کند. مطمئن شوید کامل کپی شده، یا از مالک تیم لینک تازه بخواهید.
join-expired = ⌛ مهلت این دعوت‌نامه تمام شده است. از مالک تیم لینک تازه بخواهید.
join-used = از این دعوت‌نامه قبلاً استفاده شده — هر لینک فقط یک بار کار می‌کند. از مالک تیم لینک تازه بخواهید.
join-revoked = مالک تیم این دعوت‌نامه را لغو کرده است. از او لینک تازه بخواهید.
join-already = شما همین حالا عضو { $team } هستید. برای کار در آن: /teams
join-owner = شما مالک تیمی هستید که اعضای دیگری دارد، پس نمی‌توانید به تیم دیگری بروید. اول آن‌ها را حذف کنید (/team)، یا بخواهید حساب دیگری را دعوت کنند.

## /team
team-title = 👥 { $team } — { $count } عضو
team-line = • { $name }{ $you ->
    [yes] {" "}(شما)
   *[no] {""}
} — { role-name } · { $clients ->
    [0] بدون مشتری
   *[other] { $clients } مشتری
}
team-settings = ⚙️ پایگاه مشترک: { $shared ->
    [yes] روشن (کارشناس‌ها مشتری‌های تیم را فقط خواندنی می‌بینند)
   *[no] خاموش (کارشناس‌ها فقط مشتری‌های خودشان را می‌بینند)
} · راکد پس از { $days } روز بدون فعالیت
team-owner-hint = تغییر: /team name Acme Sales · /team stale 14 · دعوت: /invite
btn-make-lead = ⬆️ { $name }: سرپرست شود
btn-make-manager = ⬇️ { $name }: کارشناس شود
btn-remove = ✖️ حذف { $name }
btn-shared-on = 👁 روشن کردن پایگاه مشترک
btn-shared-off = 🔒 خاموش کردن پایگاه مشترک
team-role-set = ✅ { $name } اکنون { role-name } است.
team-remove-ask = { $name } از تیم حذف شود؟ دسترسی‌اش فوراً قطع می‌شود. { $clients ->
    [0] معامله‌هایش
   *[other] { $clients } مشتری و معامله‌هایش
} به چه کسی برسد؟
btn-heir = ➡️ { $name }
team-removed = ✅ { $name } دیگر عضو تیم نیست.
team-handed-over = { $heir } { $clients } مشتری و { $deals } معامله را تحویل گرفت؛ سابقه همان‌طور که بود می‌ماند.
team-reminders-cancelled = { $count ->
    [0] {""}
   *[other] { $count } یادآوری او لغو شد.
}
team-renamed = ✅ نام تیم اکنون { $team } است.
team-stale-set = ✅ معامله یا مشتری پس از { $days } روز بدون فعالیت راکد حساب می‌شود.
team-shared-set = { $on ->
    [yes] ✅ پایگاه مشترک روشن شد: کارشناس‌ها مشتری‌های تیم را می‌بینند (فقط خواندنی).
   *[no] 🔒 پایگاه مشترک خاموش شد: کارشناس‌ها فقط مشتری‌های خودشان را می‌بینند.
}
err-member-gone = این فرد (دیگر) عضو تیم شما نیست. ببینید: /team
err-owner-fixed = نقش مالک تغییر نمی‌کند و مالک را نمی‌توان حذف کرد.
err-heir-gone = کسی را انتخاب کنید که هنوز در تیم است: /team
err-team-args = این‌ها را می‌فهمم: /team · /team name Acme Sales · /team stale 14 · /team shared on (یا off)
err-team-name = نام تازه را بفرستید، مثلاً /team name Acme Sales (حداکثر { $max } نویسه).
err-stale-days = تعداد روز را از ۱ تا ۳۶۵ بفرستید، مثلاً /team stale 14
err-team-shared = بفرستید /team shared on یا /team shared off — یا دکمهٔ زیر /team را بزنید.

## /teams
teams-title = 👥 تیم‌های شما:
teams-line = { $current ->
    [yes] ▶️
   *[no] •
} { $team } — { role-name } · { $members } عضو
teams-none = هنوز عضو هیچ تیمی نیستید. برای ساختن تیم خودتان /start بفرستید، یا لینک دعوت مالک یک تیم را باز کنید.
btn-switch = ↪️ کار در { $team }
team-switched = ✅ اکنون در { $team } کار می‌کنید ({ role-name }).
err-team-gone = شما (دیگر) عضو آن تیم نیستید. ببینید: /teams

## واگذاری مشتری
btn-assign = 👥 واگذاری
btn-assign-to = ➡️ { $name }
assign-pick = از این به بعد چه کسی با { $name } کار کند؟ اکنون: { $owner }.
assign-done = ✅ { $name } اکنون مشتری { $owner } است. سابقه همان‌طور که بود می‌ماند.
err-assign-focus = اول مشتری را باز کنید (/find علی)، بعد /assign را بفرستید — یا روی کارت 👥 واگذاری را بزنید.
err-assign-alone = هنوز کس دیگری در تیم نیست. از همکارتان دعوت کنید: /invite

## Notices to other members
team-joined-notice = 👋 { $name } با نقش { role-name } به تیم شما پیوست.
team-removed-notice = شما دیگر در تیم { $team } نیستید: مشتریان و معاملات آن دیگر برای شما باز نیست. { $others ->
    [0] اکنون عضو هیچ تیمی نیستید: برای ساختن تیم خودتان /start بفرستید، یا یک لینک دعوت را باز کنید.
   *[other] تیم‌های دیگرتان سر جایشان هستند — /teams.
}
