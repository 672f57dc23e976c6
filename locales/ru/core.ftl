# Pocket CRM — русский.
# Ответы — под экран телефона. Аргументы в { $скобках } подставляет бот.

## Date formats (chrono strftime patterns; month and day names come from the locale)
fmt-datetime = %a %d %b, %H:%M
fmt-date = %a %d %b %Y
fmt-time = %H:%M

## Command menu (setMyCommands) — short descriptions
cmd-add = Добавить клиента
cmd-find = Найти клиента
cmd-meet = Записать или запланировать встречу
cmd-call = Записать или запланировать звонок
cmd-note = Написать заметку
cmd-remind = Поставить напоминание
cmd-today = План на сегодня
cmd-week = План на неделю
cmd-lang = Сменить язык
cmd-tz = Сменить часовой пояс
cmd-before = За сколько напоминать о встречах
cmd-cancel = Отменить текущий вопрос
cmd-help = Команды с примерами
cmd-start = Начало и настройки

## /help — one example per command
help-title = Вот что я умею:
help-add = /add Иван Петров +7 999 123-45-67 ivan@example.com #vip @Acme
help-find = /find петров  ·  /find 999 123  ·  /find #vip
help-meet = /meet завтра 15:00 демо  ·  /meet вчера 11:00 обсудили цену
help-call = /call через 2 часа уточнить решение  ·  /call договорились о тестовом периоде
help-note = /note хочет скидку на 3 лицензии
help-remind = /remind завтра 10:00 позвонить Ивану  ·  /remind через 2 часа отправить КП  ·  /remind 25.12 9:30 поздравить
help-today = /today — встречи, звонки и напоминания на сегодня
help-week = /week — ближайшие 7 дней
help-lang = /lang — или /lang en
help-tz = /tz Moscow  ·  /tz Europe/Moscow  ·  /tz UTC+3
help-before = /before 15 — напоминать за 15 минут до встреч и звонков
help-cancel = /cancel — прервать пошаговый вопрос
help-help = /help — этот список
help-start = /start — приветствие, язык и часовой пояс

## Languages (each shown in its own language on the buttons)
lang-name = { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}

## /start and settings
start-welcome = 👋 Привет, { $name }! Я Pocket CRM: ваши клиенты, встречи и напоминания — прямо в Telegram.
start-welcome-back = 👋 С возвращением, { $name }!
start-pick-lang = Выберите язык:
lang-set = ✅ Язык: русский.
tz-prompt = 🕒 Ваш часовой пояс? Нажмите кнопку или напишите город, название пояса или смещение (например, Moscow, Europe/Moscow, UTC+3). Сейчас: { $current }.
tz-set = ✅ Часовой пояс: { $zone }. У вас сейчас: { $now }.
start-next = Всё готово. Попробуйте: /add Иван Петров +7 999 123-45-67 — или /help, чтобы увидеть всё.
before-set = ✅ Буду напоминать { $minutes ->
    [0] в момент начала
    [one] за { $minutes } минуту до начала
    [few] за { $minutes } минуты до начала
    [many] за { $minutes } минут до начала
   *[other] за { $minutes } минуты до начала
} встреч и звонков.
cancelled = Хорошо, отменено. Ничего не сохранено.

## Clients
add-ask-name = Как зовут клиента? (В той же строке можно указать телефон, e-mail, #теги и @компанию.)
add-ask-details = Клиент: { $name }. Теперь телефон, e-mail, #теги, @компанию — одной строкой. Или отправьте -, чтобы пропустить.
client-added = ✅ Клиент добавлен: { $name }
client-updated = ✅ Сохранено: { $name }
contact-exists = Этот контакт уже есть среди ваших клиентов: { $name }
dup-found = ⚠️ Похоже, у вас уже { $count ->
    [1] есть этот клиент: { $name }.
    [one] есть { $count } похожий клиент, например { $name }.
    [few] есть { $count } похожих клиента, например { $name }.
    [many] есть { $count } похожих клиентов, например { $name }.
   *[other] есть { $count } похожего клиента, например { $name }.
} Открыть его или всё равно создать нового?
edit-prompt = Исправления для клиента { $name } — одной строкой: новое имя, +телефон, e-mail, #тег, @компания. Телефоны, e-mail и теги добавятся, имя и компания заменятся.
find-results = 🔎 «{ $query }»: { $total ->
    [1] один клиент
    [one] { $total } клиент, показаны { $from }–{ $to }
    [few] { $total } клиента, показаны { $from }–{ $to }
    [many] { $total } клиентов, показаны { $from }–{ $to }
   *[other] { $total } клиента, показаны { $from }–{ $to }
}
find-none = 🔎 По запросу «{ $query }» никого нет. Попробуйте часть имени, цифры телефона, e-mail, @компанию или #тег — или добавьте: /add { $query }

## Client card
card-name = 👤 { $name }
card-company = 🏢 { $company }
card-phone = 📞 { $phone }
card-email = ✉️ { $email }
card-tags = 🏷 { $tags }
card-history = Последнее:
card-no-history = Пока нет встреч, звонков и заметок.
card-next-reminder = ⏰ Далее: { $when } — { $text }

## History lines
outcome-suffix = { $outcome ->
    [next] {" "}· ➡️ следующий шаг
    [won] {" "}· 🏆 успех
    [open] {" "}· ⏸ без решения
    [lost] {" "}· ❌ отказ
   *[none] {""}
}
line-meeting = 🤝 { $when } встреча: { $summary }{ outcome-suffix }
line-meeting-planned = 📅 { $when } встреча (план): { $summary }
line-call = 📞 { $when } звонок: { $summary }{ outcome-suffix }
line-call-planned = 📅 { $when } звонок (план): { $summary }
line-note = 📝 { $when } { $summary }
line-message = 💬 { $when } { $summary }
line-reminder = { $state ->
    [sent] ✔️
    [done] ✅
    [failed] ❗
    [interrupted] ⚠️
   *[other] ⏰
} { $when } { $text }{ $state ->
    [interrupted] {" "}(доставка прервалась — возможно, напоминание не дошло)
    [failed] {" "}(не удалось доставить)
   *[other] {""}
}

## Meetings, calls, notes
ask-meeting = Встреча с клиентом { $name }: когда была или будет и о чём? Например: «завтра 15:00 демо» или «вчера 11:00 обсудили цену».
ask-call = Звонок клиенту { $name }: когда был или будет и о чём? Например: «через 2 часа уточнить решение» или «договорились о тестовом периоде».
ask-note = Напишите заметку о клиенте { $name }.
logged-meeting = ✅ Встреча записана: { $name }, { $when }. Как прошла?
logged-call = ✅ Звонок записан: { $name }, { $when }. Как прошёл?
logged-note = ✅ Заметка сохранена: { $name }, { $when }.
planned-meeting = 📅 Встреча: { $name }, { $when }. Напомню: { $remind }.
planned-call = 📅 Звонок: { $name }, { $when }. Напомню: { $remind }.
outcome-next = ➡️ Следующий шаг
outcome-won = 🏆 Успех
outcome-open = ⏸ Без решения
outcome-lost = ❌ Отказ
outcome-saved = ✅ Итог сохранён: { $outcome ->
    [next] следующий шаг
    [won] успех
    [lost] отказ
   *[open] без решения
}.
note-offer = Сохранить это как заметку о клиенте { $name }?
note-dropped = Хорошо, не сохраняю.

## Agenda
agenda-today = 📋 Сегодня, { $date } — { $count ->
    [0] ничего не запланировано
    [1] одно дело
    [one] { $count } дело
    [few] { $count } дела
    [many] { $count } дел
   *[other] { $count } дела
}
agenda-week = 📋 Ближайшие 7 дней с { $date } — { $count ->
    [0] ничего не запланировано
    [1] одно дело
    [one] { $count } дело
    [few] { $count } дела
    [many] { $count } дел
   *[other] { $count } дела
}
agenda-empty = Свободны как ветер. Запланируйте что-нибудь: /meet завтра 15:00 демо

## Reminders
ask-remind = О чём и когда напомнить по клиенту { $name }? Например: «завтра 10:00 отправить КП».
remind-set = ⏰ Напомню { $when }: { $text }
remind-moved = ⏰ Перенесено на { $when }: { $text }
reminder-due = ⏰ { $text }
reminder-activity = ⏰ { $kind ->
    [call] Звонок
   *[meeting] Встреча
}: { $name }, { $when } — { $text }
reminder-client = 👤 { $name }
reminder-late = (с опозданием: срок был { $when }, я был не в сети)
reminder-done = ✅ Сделано: { $text }

## Buttons
btn-meeting = 🤝 Встреча
btn-call = 📞 Звонок
btn-note = 📝 Заметка
btn-remind = ⏰ Напомнить
btn-edit = ✏️ Изменить
btn-open = Открыть: { $name }
btn-open-client = 👤 Открыть клиента
btn-create-anyway = ➕ Всё равно создать
btn-cancel = ✖️ Отмена
btn-next = Далее ›
btn-prev = ‹ Назад
btn-done = ✅ Готово
btn-hour = +1 час
btn-tomorrow = Завтра
btn-save-note = 📝 Сохранить заметкой
btn-share-contact = 📱 Поделиться номером

## Hints
hint-start = 👋 Отправьте /start, чтобы начать.
hint-plain = Я веду клиентов, встречи и напоминания. Сначала откройте клиента (/find Иван) — и я предложу сохранить ваш текст как заметку. Или загляните в /help.

## Errors: short, with an example
err-internal = 😕 У меня что-то сломалось, ничего не сохранено. Попробуйте ещё раз чуть позже.
err-empty = Здесь я читаю только текст. Попробуйте /help.
err-too-long = Слишком длинно ({ $length } симв.; максимум { $max }). Сократите, пожалуйста.
err-no-workspace = Сначала отправьте /start — это займёт десять секунд.
err-unknown-command = Не знаю команду { $command }. Смотрите /help — например: /add Иван Петров +7 999 123-45-67
err-lang = Я говорю на: { $langs }. Например: /lang en
err-tz = Не понял часовой пояс «{ $input }». Попробуйте город (Moscow, Madrid), пояс (Europe/Moscow) или смещение (UTC+3).
err-before = Отправьте число минут, например: /before 15 (сейчас: { $current }).
err-add-name = Отправьте имя клиента, например: Иван Петров
err-add-details = Не понял «{ $words }». Отправьте, например: +7 999 123-45-67 ivan@example.com #vip @Acme — или -, чтобы пропустить.
err-name-long = Слишком длинное имя ({ $length } симв.; максимум { $max }).
err-phone = «{ $input }» не похоже на номер телефона. Пример: +7 999 123-45-67
err-email = «{ $input }» не похоже на e-mail. Пример: ivan@example.com
err-tag = «{ $input }» — пусто. Пример: #vip или @Acme
err-find-empty = Что искать? Например: /find петров или /find 999 123
err-client-gone = Не могу найти этого клиента. Попробуйте /find
err-no-focus = Какой клиент? Сначала откройте его (/find Иван) или назовите: /meet Иван Петров завтра 15:00 демо
err-date = Не понял дату в «{ $input }». Примеры: завтра 10:00, 25.12 9:30, 2026-12-25, через 2 часа
err-remind-empty = Что и когда? Например: /remind завтра 10:00 позвонить Ивану
err-remind-when = Когда напомнить? Не нашёл время в «{ $input }». Например: /remind завтра 10:00 позвонить Ивану, /remind через 2 часа отправить КП
err-remind-text = О чём напомнить { $when }? Например: /remind завтра 10:00 позвонить Ивану
err-past = { $when } уже прошло. Например: /remind завтра 10:00 позвонить Ивану
err-summary-long = Слишком длинно для одной записи (максимум { $max } симв.).

## Teams: whose client it is
dup-owner = 👤 С ним работает { $owner } · последний контакт { $when }
dup-owner-quiet = 👤 С ним работает { $owner } · контактов ещё не было
card-owner = 🧑‍💼 Ответственный: { $owner }
role-owner = владелец
role-lead = руководитель
role-manager = менеджер
err-read-only = { $name } — клиент сотрудника { $owner }: вы можете смотреть, но не менять. Обратитесь к { $owner } или к руководителю.
err-role = Ваша роль в команде не позволяет это сделать. Обратитесь к владельцу команды.
