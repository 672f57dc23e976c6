# Журнал действий: /audit (только владелец команды). Строка: «когда · кто: что — с чем»; имена берутся из живых
# записей, поэтому удалённая запись выглядит как «удалённый клиент #12».
# $role — код роли (owner, lead, manager): сообщения ниже превращают его в слова.

## Меню команд и /help
cmd-audit = Журнал: кто что менял и когда
help-audit = /audit  ·  /audit @Анна  ·  /audit сделки неделя  ·  /audit 01.11..30.11  ·  /audit keep 365

## Страница
audit-title = 📜 Журнал команды, сначала новые
audit-group = { $group ->
    [clients] клиенты
    [activities] заметки, встречи, звонки, напоминания
    [deals] сделки
    [team] команда и приглашения
    [settings] настройки
    [campaigns] рассылки
   *[customers] покупатели
}
audit-empty = Пока ничего не записано. Здесь появятся изменения клиентов, сделок и команды.
audit-empty-filter = По этому фильтру ничего нет.
audit-hint = Фильтр: /audit @Анна · /audit сделки · /audit неделя · /audit 01.11..30.11 · Срок хранения: /audit keep
audit-btn-older = ◀ Раньше
audit-btn-newer = Позже ▶
audit-when = { $when }
audit-when-dated = { $date }, { $time }
audit-who-customer = Покупатель
audit-gone = { $kind ->
    [client] удалённый клиент
    [deal] удалённая сделка
    [campaign] удалённая рассылка
   *[member] бывший участник
} #{ $id }
audit-campaign-unnamed = рассылка #{ $id }
audit-other = что-то изменил(а)

## Что произошло
audit-client-added = добавил(а) клиента
audit-client-edited = изменил(а) данные клиента
audit-client-assigned = передал(а) клиента: { $to }
audit-activity = { $kind ->
    [meeting] записал(а) встречу
    [call] записал(а) звонок
    [message] написал(а) покупателю
   *[note] добавил(а) заметку
}
audit-outcome = отметил(а) итог
audit-reminder = { $change ->
    [set] поставил(а) напоминание
    [done] выполнил(а) напоминание
   *[moved] перенёс(ла) напоминание
}
audit-deal-created = создал(а) сделку, { $amount }
audit-deal-moved = сдвинул(а) сделку: { $from } → { $to }
audit-deal-won = 🏆 выиграл(а) сделку: { $from } → { $to }
audit-deal-lost = ❌ закрыл(а) сделку как проигранную: { $from } → { $to }
audit-deal-edited = изменил(а) { $field ->
    [amount] сумму сделки
   *[close] дату закрытия сделки
}
audit-deal-assigned = передал(а) сделку: { $to }
audit-member-joined = вступил(а) в команду, роль: { $role ->
    [owner] владелец
    [lead] руководитель
   *[manager] менеджер
}
audit-member-removed = исключил(а) участника, его работа перешла: { $to }
audit-role-changed = сменил(а) роль участника на «{ $role ->
    [owner] владелец
    [lead] руководитель
   *[manager] менеджер
}»
audit-invite-created = пригласил(а) в роли «{ $role ->
    [owner] владелец
    [lead] руководитель
   *[manager] менеджер
}»
audit-invite-withdrawn = отозвал(а) приглашение
audit-team-settings = изменил(а) { $what ->
    [name] название команды
    [shared] общую базу
   *[stale] срок «без движения»
}
audit-stages = изменил(а) этапы воронки
audit-target = изменил(а) план продаж
audit-source-cost = записал(а) расход на источник
audit-promo-settings = изменил(а) настройки рассылок
audit-keep-changed = задал(а) хранение журнала: { $days } дн.
audit-campaign = { $change ->
    [created] начал(а) черновик рассылки
    [started] отправил(а) рассылку
    [scheduled] запланировал(а) рассылку
    [paused] приостановил(а) рассылку
    [resumed] возобновил(а) рассылку
    [cancelled] отменил(а) рассылку
   *[deleted] удалил(а) черновик рассылки
}
audit-segment = сохранил(а) сегмент
audit-code = погасил(а) промокод
audit-customer-erased = по своей просьбе стёр свои данные
audit-consent = { $change ->
    [in] подписался на рассылку
    [stop] отписался от рассылки
   *[resume] снова подписался на рассылку
}

## Срок хранения и ошибки
audit-keep-now = Журнал хранит события { $days } дн. Изменить: /audit keep 90
audit-keep-set = ✅ Теперь журнал хранит события { $days } дн. Более старые удалятся в течение часа.
audit-err-keep = «{ $input }» не подходит. Храните журнал от { $min } до { $max } дней, например: /audit keep 365
audit-err-filter = Не понимаю фильтр «{ $input }». Например: /audit @Анна · /audit клиенты, сделки, заметки, команда, настройки, рассылки или покупатели · /audit неделя · /audit 01.11..30.11
audit-err-stale = Эта страница журнала устарела. Отправьте /audit ещё раз.
