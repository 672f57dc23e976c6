# Цифры по запросу: /pipeline, /stats, /when, /target, /source, /sources.

## Меню команд и /help
cmd-pipeline = Воронка: этапы, прогноз, конверсия
cmd-stats = Встречи: проведено, повторные, в планах
cmd-when = Моя следующая и последняя встреча с клиентом
cmd-target = Планы продаж и их выполнение
cmd-source = Источник клиента, затраты на источники
cmd-sources = Какой источник окупается
help-pipeline = /pipeline  ·  /pipeline квартал  ·  /pipeline 01.10..31.12 @Анна
help-stats = /stats — прошлая неделя  ·  /stats этот месяц  ·  /stats следующий месяц @Анна
help-when = /when Иванов — моя следующая и последняя встреча и звонок с ним
help-target = /target 50000 RUB месяц  ·  /target 150000 RUB квартал @Анна  ·  /target
help-source = /source Баннер (открытый клиент)  ·  /source cost Баннер 5000 RUB 2026-11
help-sources = /sources  ·  /sources квартал

## Периоды и люди
rep-period-month = { $month ->
    [1] Январь
    [2] Февраль
    [3] Март
    [4] Апрель
    [5] Май
    [6] Июнь
    [7] Июль
    [8] Август
    [9] Сентябрь
    [10] Октябрь
    [11] Ноябрь
   *[12] Декабрь
} { $year }
rep-period-quarter = { $quarter }-й квартал { $year }
rep-period-range = { $from } – { $to }
rep-who-team = Команда

## Кнопки
rep-btn-week = Неделя
rep-btn-month = Месяц
rep-btn-quarter = Квартал
rep-btn-last-week = Прошлая неделя
rep-btn-this-week = Эта неделя
rep-btn-last-month = Прошлый месяц
rep-btn-this-month = Этот месяц
rep-btn-next-month = Следующий месяц
rep-btn-open-client = Открыть: { $name }

## /pipeline
rep-pipe-title = 📊 Воронка
rep-pipe-open = Открытые сделки сейчас:
rep-pipe-empty = Открытых сделок пока нет.
rep-pipe-stage = { $number }. { $name } — { $count ->
    [0] нет сделок
    [one] { $count } сделка · { $sum }
    [few] { $count } сделки · { $sum }
   *[other] { $count } сделок · { $sum }
}
rep-pipe-weighted = { "   " }с учётом вероятности { $sum }
rep-pipe-moved = { "   " }пошли дальше: { $forward } из { $left } ({ $percent }%)
rep-pipe-forecast = Прогноз с учётом вероятности: { $sum }
rep-pipe-flow = новых { $new } · выиграно { $won } · проиграно { $lost }
rep-pipe-won = Выиграно: { $sum }
rep-pipe-win-rate = Доля выигранных: { $percent }% ({ $won } из { $closed })
rep-pipe-no-closed = За этот период сделки не закрывались.
rep-pipe-days = В среднем до победы: { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}

## Планы
rep-target-progress = { $won } из { $target } — { $percent }%
rep-target-set-team = ✅ План команды: { $amount }
rep-target-set-member = ✅ План для { $name }: { $amount }
rep-target-removed = 🗑 План в { $currency } удалён:
rep-targets-title = 🎯 Планы на месяц и квартал
rep-targets-none = Планов пока нет. Задайте: /target 50000 RUB месяц

## /stats и /when
rep-stats-title = 📅 Встречи
rep-stats-held = Проведено: { $held }
rep-stats-outcomes = → следующий шаг: { $next } · → сделка: { $won }
rep-stats-booked = Назначено повторных встреч: { $count }
rep-stats-planned = { $count ->
    [0] встреч не запланировано
    [one] запланирована { $count } встреча
    [few] запланировано { $count } встречи
   *[other] запланировано { $count } встреч
}
rep-when-title = 🗓 { $name }
rep-when-next-meeting = ⏭ Следующая встреча: { $when }
rep-when-last-meeting = ⏮ Последняя встреча: { $when }
rep-when-next-call = 📞 Следующий звонок: { $when }
rep-when-last-call = 📞 Последний звонок: { $when }
rep-when-no-next-meeting = ⏭ Встреч не запланировано.
rep-when-no-last-meeting = ⏮ Встреч ещё не было.
rep-when-no-next-call = 📞 Звонков не запланировано.
rep-when-no-last-call = 📞 Звонков ещё не было.
rep-when-pick = Под «{ $query }» подходят { $count } клиентов. Кто именно?

## Источники
rep-source-is = { $name }: источник «{ $source }». Изменить: /source Баннер
rep-source-unset = У клиента { $name } источник не указан. Указать: /source Баннер
rep-source-set = ✅ { $name }: источник «{ $source }»
rep-source-cleared = ✅ { $name }: источник убран
rep-source-none = (без источника)
rep-cost-set = ✅ Затраты на «{ $source }»: { $amount }
rep-sources-title = 📣 Источники клиентов
rep-sources-empty = За этот период ничего: ни новых клиентов, ни сделок, ни затрат.
rep-sources-return = отдача { $return }
rep-sources-return-roi = отдача { $return } (ROI { $roi }%)
rep-sources-detail = { "   " }выиграно { $won } ({ $won_deals }) · затраты { $cost } · новых клиентов { $clients } · сделок { $deals }
rep-sources-quiet = Пока без выручки и затрат:
rep-sources-counts = новых клиентов { $clients } · сделок { $deals }

## Ошибки ввода
rep-err-period = Не понимаю период «{ $input }». Например: неделя, месяц, квартал, прошлый месяц, 2026-11, Q4 2026 или 01.10..31.12
rep-err-date = «{ $input }» — не дата. Пример: /pipeline 01.10..31.12
rep-err-range-reversed = Период заканчивается раньше, чем начинается. Пример: /pipeline 01.10..31.12
rep-err-range-long = Слишком длинный период: не больше { $days } дней.
rep-err-nobody = В вашей команде нет «{ $name }». Проверьте /team.
rep-err-several-members = Под «{ $name }» подходят несколько человек: { $names }. Напишите имя подробнее.
rep-err-own-only = Вам видны ваши собственные цифры; цифры команды — владельцу и руководителям.
rep-err-amount = Не вижу сумму в «{ $input }». Пример: /target 50000 RUB месяц
rep-err-no-currency = В какой валюте? Пример: /target 50000 RUB месяц
rep-err-currency = «{ $code }» — неизвестная валюта. Укажите код, например RUB, EUR или USD.
rep-err-negative = Сумма должна быть положительным числом.
rep-err-too-large = Слишком большая сумма, чтобы быть правдой.
rep-err-decimals = В { $currency } { $max ->
    [0] нет копеек
    [one] { $max } знак после запятой
    [few] { $max } знака после запятой
   *[other] { $max } знаков после запятой
}.
rep-err-target-period = План ставится на месяц или квартал. Пример: /target 50000 RUB квартал
rep-err-target-past = Этот период уже прошёл: задайте план на текущий или будущий месяц или квартал.
rep-err-when-empty = С кем? Пример: /when Иванов
rep-err-when-none = Клиента «{ $query }» не нашлось.
rep-err-source-no-focus = Сначала откройте клиента (/find), затем: /source Баннер
rep-err-source-long = Название источника — не больше { $max } символов (сейчас { $length }).
rep-err-cost-usage = Укажите источник, сумму и месяц. Пример: /source cost Баннер 5000 RUB 2026-11
rep-err-cost-month = Затраты указываются за месяц. Пример: /source cost Баннер 5000 RUB 2026-11
