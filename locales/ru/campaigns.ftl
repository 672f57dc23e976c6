# Segments and campaigns: /segment, /segments, /campaign, /campaigns, /redeem, /birthday, /promo.


## Command menu and /help
cmd-segment = Собрать сегмент клиентов
cmd-segments = Сохранённые сегменты
cmd-campaign = Отправить акцию (владелец, руководители)
cmd-campaigns = Рассылки и их результаты
cmd-redeem = Погасить промокод
cmd-birthday = Указать день рождения клиента
cmd-promo = Настройки акций
help-segment = /segment — выберите условия, посмотрите, кто подходит, сохраните
help-segments = /segments — сохранённые сегменты и сколько в них клиентов
help-campaign = /campaign — текст, фото, ссылка, код; предпросмотр, затем отправка или расписание
help-campaigns = /campaigns — ход и результаты; пауза, продолжение, отмена
help-redeem = /redeem K7M2QX9A  ·  /redeem SPRING25 Иван Петров
help-birthday = /birthday 12.05  ·  /birthday Иван Петров 12 мая 1990
help-promo = /promo  ·  /promo cap 2  ·  /promo birthday С днём рождения!

## Segments: the builder
seg-title = 👥 Новый сегмент
seg-hint = Нажмите условие, чтобы добавить; ещё раз — чтобы убрать. 💾 Сохраните, когда всё верно.
seg-hint-buttons = Нажмите условие ниже (или /cancel).
seg-cond-none = Все клиенты (условий пока нет)
seg-cond-tags = 🏷 С тегом { $tags }
seg-cond-source = 📣 Источник: { $source }
seg-cond-stage = 📊 Открытая сделка на этапе { $stage }
seg-cond-won = 🏆 Есть выигранная сделка
seg-cond-lost = ❌ Есть проигранная сделка
seg-cond-before = 🕒 Последняя активность до { $date }
seg-cond-after = 🕒 Активность с { $date }
seg-cond-total = 💰 Выиграно не меньше { $amount }
seg-cond-purchases = 🛒 Покупок не меньше { $n }
seg-cond-month = 🎂 День рождения:
seg-cond-lang = 🌐 Язык:
seg-cond-subscribed = 🔔 Подписан на акции
seg-cond-unsubscribed = 🔕 Не подписан
seg-count = 👥 Подходят: { $total }, из них подписаны: { $subscribed }
seg-sample = например: { $names }
seg-nobody = 🫥 Никто не подходит. Уберите условие (нажмите его ещё раз) или измените значение.
seg-none-subscribed = ⚠️ Никто из них не подписан на акции — рассылка никого не достигнет. Пригласите клиентов через /optin.
seg-btn-tags = 🏷 Теги
seg-btn-source = 📣 Источник
seg-btn-stage = 📊 Этап
seg-btn-won = 🏆 Выиграл
seg-btn-lost = ❌ Проиграл
seg-btn-before = ⏮ Молчит с
seg-btn-after = ⏭ Активен с
seg-btn-total = 💰 Сумма покупок
seg-btn-purchases = 🛒 Покупки
seg-btn-month = 🎂 День рождения
seg-btn-lang = 🌐 Язык
seg-btn-subscribed = 🔔 Подписка
seg-btn-clear = 🧹 Сбросить
seg-btn-save = 💾 Сохранить
seg-btn-yes = ✅ Подписаны
seg-btn-no = 🔕 Не подписаны
seg-btn-campaign = 📣 Рассылка: { $name }

## Segments: questions
seg-ask-skip = Отправьте -, чтобы вернуться.
seg-ask-tags = Какие теги? Подходит любой из них, например #vip #gold. В команде есть: { $examples }
seg-ask-source = Какой источник? Нажмите или напишите.
seg-ask-stage = Клиенты с открытой сделкой на этапе:
seg-ask-before = Молчит с какого дня? Например 01.09, 1 сентября 2026 или 90 (дней назад)
seg-ask-after = Активен с какого дня? Например 01.09, 1 сентября 2026 или 30 (дней назад)
seg-ask-total = Сумма выигранных сделок не меньше скольких? Например 50000 RUB
seg-ask-purchases = Сколько покупок (выигранных сделок) минимум? Например 2
seg-ask-month = День рождения в месяце:
seg-ask-lang = Клиенты, читающие на языке:
seg-ask-subscribed = Подписан на акции?
seg-ask-name = Как назвать сегмент? Например: VIP Москва
seg-saved = 💾 Сегмент «{ $name }» сохранён.

## Segments: mistakes
seg-err-stale = Этот конструктор уже закрыт. Начните заново: /segment
seg-err-tags = Напишите один или несколько тегов, например #vip #gold. В команде есть: { $examples }
seg-err-tag = Ни у одного клиента нет тега { $tag }. В команде есть: { $examples }
seg-err-source = Нет клиентов из источника «{ $source }». Ваши источники: { $known }
seg-err-date = Не понял дату в «{ $input }». Например: 01.09, 1 сентября 2026 или 30 — тридцать дней назад
seg-err-amount = Не понял сумму в «{ $input }». Например: 50000 RUB
seg-err-currency = В какой валюте? Добавьте её, например 50000 RUB
seg-err-number = Нужно целое число от 1 до 1000, например 2
seg-err-name = Название — от 1 до { $max } символов, например: VIP Москва
seg-err-name-taken = Сегмент «{ $name }» уже есть. Выберите другое название.

## Segments: the list
seg-list-title = 👥 Сегменты:
seg-list-line = • { $name }: клиентов { $total }, подписаны { $subscribed }
seg-list-more = …и ещё { $n }
seg-list-empty = Сегментов пока нет. Соберите первый: /segment
seg-no-clients = 🫥 Клиентов пока нет. Добавьте через /add или пригласите покупателей через /optin.

## Month names
seg-month = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
    *[12] декабрь
    }

## Campaigns: composing
camp-no-segments = Сначала выберите, кому писать: соберите сегмент через /segment
camp-pick-segment = 📣 Новая рассылка. Кому? Выберите сегмент:
camp-picked = 👥 «{ $name }»: подписанных клиентов — { $subscribed }.
camp-ask-text = ✍️ Напишите текст акции на языке:
camp-ask-text-hint = Своими словами, ровно так, как увидят клиенты (до { $max } символов).
camp-text-saved = ✅ Текст сохранён.
camp-ask-versions = Часть клиентов сегмента читает на других языках. Добавьте версию для них или нажмите «Дальше» — они получат ваш текст.
camp-ask-photo = 🖼 Добавить фото? Пришлите его сейчас (с фото текст — до 1024 символов).
camp-photo-saved = 🖼 Фото добавлено.
camp-ask-link = 🔗 Добавить кнопку-ссылку? Пришлите адрес и, если хотите, подпись: https://shop.example/sale Смотреть скидки
camp-ask-code = 🎟 Добавить промокод?
camp-ask-shared-code = Напишите код, общий для всех, например SPRING25 (3–32 латинские буквы и цифры).
camp-ask-percent = Какая скидка в процентах (1–90)? Например 15 — каждый получит свой код.
camp-ask-followup = ↪️ Отправить напоминание через несколько дней тем, кто не нажал кнопку?
camp-ask-followup-text = Через сколько дней (1–30) и что написать? Например: 3 Последний шанс: распродажа заканчивается завтра!
camp-btn-version = ✍️
camp-btn-version-done = ✅
camp-btn-next = ➡️ Дальше
camp-btn-skip = ⏭ Пропустить
camp-btn-code-none = Без кода
camp-btn-code-shared = 🎟 Один код для всех
camp-btn-code-unique = 🔑 Свой код каждому
camp-btn-code-percent = 💯 Личная скидка в %
camp-btn-followup = ➕ Добавить напоминание
camp-btn-drop = 🗑 Удалить черновик
camp-hint-buttons = Нажмите одну из кнопок ниже.
camp-hint-photo = Пришлите фото или нажмите «Пропустить».
camp-photo-unexpected = Фото я использую только в рассылках. Чтобы добавить, начните с /campaign

## Campaigns: summary, preview, start
camp-summary-title = 📣 Рассылка для «{ $name }»
camp-audience = 👥 Подписаны в сегменте: { $subscribed } · не получат из-за недельного лимита ({ $cap } в неделю): { $held } · получат: { $receive }
camp-summary-langs = 🌐 Тексты: { $langs }
camp-summary-photo = 🖼 С фото
camp-summary-no-photo = 🖼 Без фото
camp-summary-link = 🔗 { $url }
camp-summary-no-link = 🔗 Без ссылки
camp-summary-code-none = 🎟 Без кода
camp-summary-code-shared = 🎟 Общий код: { $code }
camp-summary-code-unique = 🔑 Каждому клиенту свой код
camp-summary-code-percent = 💯 Личный код на скидку { $percent }% каждому клиенту
camp-summary-followup = ↪️ Напоминание через { $days } дн. тем, кто не нажал
camp-summary-no-followup = ↪️ Без напоминания
camp-summary-nobody = ⚠️ Сейчас недельный лимит не пропустит никого из сегмента.
camp-btn-preview = 👁 Предпросмотр
camp-btn-send = 🚀 Отправить сейчас
camp-btn-schedule = 🕒 Запланировать
camp-preview-note = 👆 Именно так сообщение увидят клиенты.
camp-preview-followup = ↪️ А через { $days } дн. — тем, кто не нажал кнопку:
camp-started = 🚀 Отправляю { $receive } клиентам ({ $held } не получат из-за недельного лимита). Ход рассылки появится здесь.
camp-ask-when = 🕒 Когда отправить? По вашему времени ({ $zone }), например: завтра 10:00 или 25.12 09:30
camp-scheduled = 🕒 Запланировано на { $when }. До этого времени можно отменить: /campaigns
camp-dropped = 🗑 Черновик удалён.

## Campaigns: the list and a campaign's report
camp-list-title = 📣 Последние рассылки:
camp-list-figures = ✅ { $sent } · 👆 { $presses } · 🎟 { $redeemed } · 👋 { $unsubscribes }
camp-list-empty = Рассылок пока нет. Соберите сегмент через /segment, затем отправьте через /campaign
camp-kind-promo = 📣 { $name }
camp-kind-followup = ↪️ Напоминание: { $name }
camp-kind-birthday = 🎂 Поздравления с днём рождения { $year }
camp-at = { $when }
camp-finished-at = 🏁 Завершена { $when }
camp-state-draft = черновик
camp-state-scheduled = запланирована
camp-state-sending = отправляется
camp-state-paused = на паузе
camp-state-done = завершена
camp-state-cancelled = отменена
camp-btn-pause = ⏸ Пауза
camp-btn-resume = ▶️ Продолжить
camp-btn-cancel = ✖ Отменить рассылку
camp-paused = ⏸ На паузе: больше ничего не уйдёт, пока не продолжите.
camp-resumed = ▶️ Продолжаю.
camp-cancelled = ✖ Отменена: больше ничего не уйдёт.

## Codes and birthdays
camp-redeemed = ✅ Код { $code } погашен.
camp-redeemed-client = 👤 { $name }
camp-redeemed-campaign = 📣 Рассылка: { $name }
camp-birthday-set = 🎂 { $name }:
camp-birthday-cleared = 🎂 День рождения у «{ $name }» удалён.
camp-birthday-hint = Чтобы поздравлять клиентов с днём рождения, напишите поздравление: /promo birthday С днём рождения! Дарим скидку 10%
camp-card-birthday = 🎂 День рождения:

## Promotion settings
camp-promo-title = 🎯 Настройки акций
camp-promo-saved = ✅ Сохранено.
camp-promo-cap = ✋ Не больше { $cap } акций в неделю одному клиенту (0 — без лимита)
camp-promo-paid-on = 💫 Платная рассылка: включена (до 1000 сообщений в секунду, оплата в Stars)
camp-promo-paid-off = 🐢 Платная рассылка: выключена (до 30 сообщений в секунду, бесплатно)
camp-promo-paid-explain = 💫 Платная рассылка отправляет до 1000 сообщений в секунду вместо 30; Telegram берёт Stars за каждое сообщение сверх бесплатного лимита. Включает только владелец.
camp-promo-birthday = 🎂 Поздравление с днём рождения (в 10:00 по времени клиента):
camp-promo-birthday-off = 🎂 Поздравления с днём рождения: выключены
camp-promo-gift-none = 🎁 Подарок: без кода
camp-promo-gift-unique = 🎁 Подарок: личный код
camp-promo-gift-percent = 🎁 Подарок: личный код на скидку { $percent }%
camp-promo-usage = Изменить: /promo cap 2 · /promo birthday С днём рождения! · /promo birthday off · /promo gift none | unique | 15% · /promo paid on | off
camp-promo-read-only = Менять их могут только владелец и руководители.
camp-btn-paid-on = 💫 Включить платную рассылку
camp-btn-paid-off = 🐢 Выключить платную рассылку

## Campaigns: mistakes and refusals
camp-err-role = Рассылки отправляют только владелец и руководители. Смотреть их можно в /campaigns, погашать коды — через /redeem.
camp-err-owner = Это может только владелец команды.
camp-err-gone = Этой рассылки больше нет. Начните заново: /campaign
camp-err-state = Ничего не изменилось. Сейчас рассылка:
camp-err-nobody = В «{ $name }» нет подписанных клиентов (подходят { $total }, но никто не подписан) — отправлять некому. Пригласите клиентов через /optin или выберите другой сегмент.
camp-err-text-empty = У акции должен быть текст. Напишите, что прочтут клиенты, например: Весенняя распродажа: −20% на всё до воскресенья!
camp-err-text-long = Здесь { $length } символов, а в сообщение помещается { $max }. Сократите, пожалуйста.
camp-err-caption-long = С фото текст становится подписью: не больше { $max } символов, а здесь { $length }. Сократите текст или обойдитесь без фото.
camp-err-caption-which = Слишком длинный для подписи текст:
camp-err-link = Это не адрес сайта. Пришлите адрес, начинающийся с https://, например: https://shop.example/sale Смотреть скидки
camp-err-label = Подпись кнопки слишком длинная (не больше { $max } символов).
camp-err-code = Код — от 3 до 32 латинских букв и цифр (внутри можно - и _), например SPRING25
camp-err-percent = Скидка — целое число от 1 до 90, например 15
camp-err-followup = Сначала число дней (1–30), потом текст: 3 Последний шанс: распродажа заканчивается завтра!
camp-err-when = Не понял время в «{ $input }». Например: завтра 10:00, 25.12 09:30, пятница 18:00
camp-err-past = { $when } уже прошло. Выберите время впереди, например завтра 10:00
camp-err-client = Нет клиента «{ $name }». Проверьте: /find { $name }
camp-err-clients = Под «{ $name }» подходят несколько клиентов: { $names }. Напишите имя полнее.
camp-err-redeem-usage = Какой код? Например /redeem K7M2QX9A (для общего кода добавьте клиента: /redeem SPRING25 Иван Петров)
camp-err-redeem-who = { $code } — общий код: для какого клиента? Откройте его карточку или напишите /redeem { $code } Иван Петров
camp-err-redeemed-before = { $code } уже погашен { $when }, погасил(а) { $member }. Ничего не изменилось.
camp-err-no-code = Такого кода нет: { $code }. Проверьте и введите как напечатано, например /redeem K7M2QX9A
camp-err-birthday-usage = Чей день рождения и когда? Например /birthday 12.05 для открытого клиента или /birthday Иван Петров 12 мая
camp-err-birthday-date = Не понял дату рождения в «{ $input }». Примеры: /birthday 12.05 · /birthday Иван Петров 12 мая 1990
camp-err-birthday-who = Какой клиент? Сначала откройте его (/find Иван) или назовите: /birthday Иван Петров 12.05
camp-err-cap = Недельный лимит — число от 0 до 100 (0 — без лимита). Например /promo cap 2
camp-err-paid = Напишите /promo paid on или /promo paid off
camp-err-greeting = Напишите поздравление после команды (до 4096 символов): /promo birthday С днём рождения! 🎂 — или выключите: /promo birthday off
camp-err-gift = Подарок на день рождения: none, unique или процент от 1 до 90: /promo gift 15%
camp-err-promo-args = Такой настройки нет. Например: /promo cap 2 · /promo birthday С днём рождения! · /promo gift 10% · /promo paid on

## Progress and reports
camp-progress = 📤 Отправлено { $sent } · ошибок { $failed } · заблокировали { $blocked } · осталось { $remaining }
camp-progress-paused = ⏸ На паузе
camp-eta-unknown = ⏱ Считаю, сколько осталось…
camp-eta-seconds = ⏱ Осталось около { $seconds } с
camp-eta-minutes = ⏱ Осталось около { $minutes } мин
camp-eta-hours = ⏱ Осталось около { $hours } ч { $minutes } мин
camp-report-delivered = ✅ Доставлено: { $n }
camp-report-blocked = 🚫 Заблокировали бота: { $n }
camp-report-failed = ⚠️ Не доставлено: { $n }
camp-report-held = ✋ Не отправлено из-за недельного лимита: { $n }
camp-report-unconfirmed = ❔ Не подтверждено (отправка прервалась): { $n }
camp-report-remaining = 📤 Ещё отправить: { $n }
camp-report-presses = 👆 Нажали кнопку: { $n }
camp-report-redeemed = 🎟 Использовано кодов: { $n }
camp-report-unsubscribes = 👋 Отписались: { $n }
