# Сделки и воронка: /deal, /deals, карточка сделки, этапы, /stages.

## Меню команд и /help
cmd-deal = Новая сделка для открытого клиента
cmd-deals = Мои сделки по этапам
cmd-stages = Этапы воронки (владелец)
help-deal = /deal 12000 EUR Редизайн сайта  ·  /deal 5000 USD Аудит 25.12
help-deals = /deals — мои по этапам, просроченные и забытые  ·  /deals all — вся команда
help-stages = /stages — переименовать, переставить, добавить и скрыть этапы

## Новая сделка
deal-ask-amount = Новая сделка с { $name }: сколько и что это? Например: 12000 EUR Редизайн сайта
deal-ask-title = { $amount } для { $name } — как назовём сделку? Например: Редизайн сайта
deal-created = ✅ Сделка создана: { $title }
deal-hint-close = Нажмите 📅 Дата закрытия, когда будет понятно, когда закроется сделка.
deal-hint-past-close = Внимание: { $date } уже прошло, поэтому сделка сразу просрочена.

## Карточка сделки
deal-card-title = 💼 { $title }
deal-card-client = 👤 { $name }
deal-card-amount = 💰 { $amount }
deal-card-stage = 📊 { $stage } · { $probability }% · с учётом вероятности { $weighted }
deal-card-stage-closed = 📊 { $stage }
deal-card-close = 📅 Ожидаемое закрытие: { $date }
deal-card-close-overdue = ⏰ Ожидаемое закрытие: { $date } — просрочено
deal-card-no-close = 📅 Дата закрытия пока не указана
deal-card-won = 🏆 Выиграна { $when }
deal-card-lost = ❌ Проиграна { $when }
deal-card-owner = 🧑 Ответственный: { $owner }
deal-card-source = 📣 Источник: { $source }
deal-card-activity = 🕒 Последняя активность: { $when }
deal-card-history = История:
deal-card-read-only = 👀 Сделка { $owner }: можно смотреть, но не менять.
deal-event-created = { $when } · { $who }: создана на этапе { $to }
deal-event-moved = { $when } · { $who }: { $from } → { $to }
deal-event-reassigned = { $when } · { $who }: передана { $from } → { $to }
deal-event-amount = { $when } · { $who }: сумма { $from } → { $to }
deal-event-close = { $when } · { $who }: дата закрытия { $from } → { $to }
deal-line = { $title } — { $amount } · { $stage }
deal-client-deals = 💼 Сделки:

## Кнопки
deal-btn-new = ➕ Новая сделка
deal-btn-all = 💼 Все сделки
deal-btn-close = 📅 Дата закрытия
deal-btn-reassign = 🔁 Передать
deal-btn-as-is = ✅ Сумма та же

## Движение по воронке
deal-moved = ✅ Перенесена: { $from } → { $to }
deal-stale = ⚠️ Сделку за это время изменили — сейчас она на этапе { $stage }. Ничего не перенесено; выберите снова:
deal-stage-gone = ⚠️ Этого этапа больше нет в списке. Сделка на этапе { $stage }; выберите снова:
deal-ask-lost-reason = Почему сделка «{ $title }» проиграна? Выберите причину или напишите свою.
deal-reason-price = 💸 Цена
deal-reason-competitor = 🥊 Конкурент
deal-reason-no-budget = 🪙 Нет бюджета
deal-reason-no-response = 🔇 Не отвечает
deal-reason-timing = ⏳ Не вовремя
deal-won-ask = 🏆 Выиграна на { $amount }? Если итоговая сумма другая, напишите её (например, 11500).
deal-won-kept = 🏆 { $title }: выиграна на { $amount }.
deal-amount-set = ✅ Сумма сохранена.
deal-ask-close = Когда должна закрыться «{ $title }»? Например: 25.12, в следующую пятницу, 2027-01-31 — или -, чтобы убрать дату.
deal-close-set = ✅ Дата закрытия сохранена.
deal-pick-owner = Кому передать «{ $title }»?
deal-reassigned = ✅ Передана: { $owner }. История остаётся со сделкой.
deal-owner-unchanged = ⚠️ Ничего не изменилось: этого участника уже нет в команде или сделку успели изменить (сейчас: { $stage }).

## /deals
deals-title = 💼 Мои сделки
deals-title-all = 💼 Сделки команды
deals-stage = 📊 { $stage } ({ $count })
deals-overdue = ⏰ Просрочены ({ $count })
deals-stale = 💤 Без активности { $days }+ { $days ->
    [one] день
    [few] дня
   *[many] дней
} ({ $count })
deals-more = …и ещё { $count }
deals-none = Открытых сделок пока нет. Откройте клиента и отправьте, например: /deal 12000 EUR Редизайн сайта
deals-of-client = 💼 Сделки клиента { $name }:

## /stages
stages-title = Этапы воронки (названия на языке: { $lang ->
    [ru] русский
    [es] испанский
    [hi] хинди
    [vi] вьетнамский
    [fa] персидский
    [ta] тамильский
   *[en] английский
}):
stages-line = { $n }. { $name } · { $kind ->
    [won] 🏆
    [lost] ❌
   *[open] { $probability }%
}{ $hidden ->
    [yes] {" "}· скрыт
   *[no] {""}
}
stages-hint = Нажмите на название, чтобы переименовать этап на вашем языке (на других языках названия останутся; язык меняется через /lang). ↑↓ — порядок, 🙈 убирает этап из кнопок.
stages-btn-add = ➕ Добавить этап
stages-btn-hide = 🙈 Скрыть
stages-btn-show = 👁 Показать
stages-ask-rename = Новое название для «{ $name }»? Можно добавить вероятность: Демо 40%
stages-ask-new = Как назвать новый этап? Можно добавить вероятность: Демо 40%
stages-saved = ✅ Сохранено.

## Ошибки
deal-err-no-client = С каким клиентом? Сначала откройте его (/find Иван), затем: /deal 12000 EUR Редизайн сайта
deal-err-amount = Не понял сумму. Пример: /deal 12000 EUR Редизайн сайта
deal-err-no-currency = В какой валюте? Например: 12000 EUR, $99.99, ₽ 5000
deal-err-negative = Сумма не может быть отрицательной. Пример: 12000 EUR
deal-err-zero = Сумма должна быть больше нуля. Пример: 12000 EUR
deal-err-too-large = Слишком большая сумма, чтобы быть правдой. Пример: 12000 EUR
deal-err-currency = Не знаю валюту «{ $code }». Укажите код (EUR, USD, RUB, INR) или знак (€, $, ₽).
deal-err-decimals = У { $code } { $max ->
    [0] нет дробной части
    [one] только { $max } знак после запятой
    [few] только { $max } знака после запятой
   *[many] только { $max } знаков после запятой
}. Пример: 12000 { $code }
deal-err-other-currency = Эта сделка в { $code }. Напишите сумму в { $code }, например 11500
deal-err-title = Как назовём сделку? Например: Редизайн сайта
deal-err-title-long = Слишком длинное название ({ $length } символов; максимум { $max }).
deal-err-close = Не нашёл дату. Например: 25.12, в следующую пятницу, 2027-01-31 — или -, чтобы убрать её.
deal-err-note-empty = Пришлите текст заметки.
deal-err-gone = Не могу найти эту сделку. Посмотрите /deals
deal-err-read-only = «{ $title }» — сделка { $owner }: её можно смотреть, но не менять. Обратитесь к { $owner } или к руководителю.
deal-err-no-stage = В воронке нет открытого этапа. Владелец может добавить его: /stages
deal-err-no-colleague = В команде больше никого нет. Сначала пригласите коллегу.
deal-err-deals-args = Отправьте /deals — ваши сделки, или /deals all — сделки всей команды.
stages-err-taken = Этап «{ $name }» уже есть. Выберите другое название.
stages-err-last = ⚠️ Это последний видимый этап такого типа: должен остаться хотя бы один открытый, один выигрышный и один проигрышный этап.
stages-err-name = Пришлите название этапа, например: Демо
stages-err-long = Слишком длинное название ({ $length } символов; максимум { $max }).
stages-err-probability = Вероятность — это процент от 0 до 100, например: Демо 40%
stages-err-too-many = В воронке может быть не больше { $max } этапов.
