# Ежедневная сводка, напоминания о «заснувших» сделках и командная группа (core/digest).

## Меню команд и /help
cmd-digest = Сводка дня: сейчас или по расписанию
help-digest = /digest — сейчас  ·  /digest 08:30 пн-пт  ·  /digest выкл  ·  /digest here (в группе команды)

## Сводка
digest-title-team = ☀️ { $team } — { $date }
digest-title-own = ☀️ Ваша сводка — { $date }
digest-late = ⏰ С опозданием: должна была прийти в { $when }, но я был недоступен.
digest-yesterday = 📒 Вчера, { $date }:
digest-since = 📒 С { $date }:
digest-idle = ничего не записано
digest-idle-members = ▫️ Ничего не записали: { $names }
digest-meetings = { $count ->
    [one] { $count } встреча
    [few] { $count } встречи
    [many] { $count } встреч
   *[other] { $count } встречи
}
digest-calls = { $count ->
    [one] { $count } звонок
    [few] { $count } звонка
    [many] { $count } звонков
   *[other] { $count } звонка
}
digest-notes = { $count ->
    [one] { $count } заметка
    [few] { $count } заметки
    [many] { $count } заметок
   *[other] { $count } заметки
}
digest-moves = { $count ->
    [one] { $count } сделка сдвинута
    [few] { $count } сделки сдвинуты
    [many] { $count } сделок сдвинуто
   *[other] { $count } сделки сдвинуты
}
digest-won = ✅ выиграно { $count }: { $amount }
digest-lost = ❌ проиграно { $count }: { $amount }
digest-targets = 🎯 Планы:
digest-target-team = • Команда, { $period ->
    [month] этот месяц
   *[quarter] этот квартал
}: { $done } из { $target } ({ $percent }%)
digest-target-member = • { $name }, { $period ->
    [month] этот месяц
   *[quarter] этот квартал
}: { $done } из { $target } ({ $percent }%)
digest-agenda = 📅 Сегодня: { $count }
digest-agenda-none = 📅 Сегодня ни встреч, ни звонков.
digest-agenda-line = • { $time } { $kind ->
    [call] 📞
   *[meeting] 🤝
} { $client }
digest-overdue = ⚠️ Просроченные напоминания: { $count }
digest-overdue-line = • { $when }: { $text }
digest-stale = 💤 Без движения { $days }+ дн.: { $count }
digest-stale-line = • { $title } ({ $client }), { $amount }, { $days } дн.
digest-new-clients = 🆕 Новые клиенты: { $count }
digest-no-source = без источника { $count }
digest-more = …и ещё { $count }
digest-btn-today = 📅 Сегодня

## Настройки
digest-footer-on = ⚙️ Приходит в { $time } —
digest-footer-off = ⚙️ Ежедневная сводка выключена: /digest вкл включит её.
digest-set = ✅ Сводка в { $time } —
digest-next = Следующая: { $when }.
digest-set-off = 🔕 Ежедневной сводки не будет. /digest покажет её в любой момент; /digest вкл вернёт.
digest-days-all = каждый день
digest-wd-1 = пн
digest-wd-2 = вт
digest-wd-3 = ср
digest-wd-4 = чт
digest-wd-5 = пт
digest-wd-6 = сб
digest-wd-7 = вс
err-digest-args = Не понял «{ $input }». Например: /digest 08:30  ·  /digest пн-пт  ·  /digest пн,ср,пт  ·  /digest вкл  ·  /digest выкл
err-digest-time = «{ $input }» — это не время. Например: /digest 08:30

## Группа команды
digest-here-private = Добавьте меня в Telegram-группу команды и отправьте там /digest here — каждое утро я буду присылать туда сводку команды.
digest-here-set = ✅ Сводка команды «{ $team }» будет приходить сюда в { $time } —
digest-here-owner = Выбрать группу команды может только владелец.
digest-here-taken = Эта группа уже получает сводку другой команды.
digest-here-off = 🔕 Сводка команды больше не приходит в группу.
digest-here-none = Группа команды не выбрана. Добавьте меня в группу и отправьте там /digest here.
digest-group-members-only = Я работаю только для участников команды «{ $team }».

## Без движения
stale-title = 💤 Без движения { $days }+ дн.: { $count }
stale-deal-line = • { $title } ({ $client }), { $amount } — тишина с { $since }
stale-client-line = • { $client } — тишина с { $since }
stale-more = …и ещё { $count } в следующий раз
stale-btn-call = 📞 { $name }
stale-btn-remind = ⏰ Напомнить
stale-btn-snooze = 💤 Через неделю
stale-snoozed = 💤 { $name }: отложено до { $until }.
