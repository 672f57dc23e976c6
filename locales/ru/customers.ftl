# Клиенты: что видит клиент, и команды сотрудников о клиентах.

promo-code = Ваш код: { $code }
promo-code-percent = Ваша личная скидка: { $percent }% по коду { $code }
promo-open-link = Открыть
promo-unsubscribe = Отписаться

## /optin — сторона сотрудников
cmd-optin = Ссылка и QR-код для подписки клиентов
help-optin = /optin — ссылка и QR-код команды для клиентов  ·  /optin Анна — личная ссылка для одного клиента
cust-optin-team = 📣 По этой ссылке клиенты подписываются на предложения «{ $team }» (QR-код выше — та же ссылка):
cust-optin-team-how = Распечатайте QR-код или отправьте ссылку. Клиент видит, кто пишет, и соглашается одним нажатием; получает не больше { $cap } рассылок в неделю и может отписаться в любой момент.
cust-optin-personal = 🔗 Личная ссылка для { $name }:
cust-optin-personal-how = Отправьте её клиенту { $name }: когда он согласится, подписка попадёт в его карточку.
cust-optin-pick = Подходят { $count } клиентов. Чья личная ссылка нужна?
cust-optin-none = Среди ваших клиентов нет «{ $query }». Пример: /optin Анна
cust-optin-subscribed = { $name } уже подписан(а).
cust-optin-renew-ask = Сделать новую ссылку команды? Старая ссылка и распечатанные QR-коды сразу перестанут работать.
cust-optin-renewed = ✅ Новая ссылка готова, старая больше не работает.
cust-optin-own-team = Это ссылка «{ $team }» для клиентов: она подписывает на ваши рассылки. Вы в этой команде, поэтому ничего не изменилось.
cust-btn-personal = 🔗 Личная ссылка: { $name }
cust-btn-renew = ♻️ Новая ссылка команды
cust-btn-renew-yes = Да, новая ссылка

## Клиент открыл ссылку
cust-offer = 👋 «{ $team }» хочет присылать вам акции и личные предложения здесь, в Telegram.
cust-offer-terms = • Не больше { $cap ->
    [one] { $cap } сообщения
    [few] { $cap } сообщений
   *[other] { $cap } сообщений
} в неделю.
    • Отписаться можно в любой момент: кнопка «Отписаться» под любым сообщением или /stop.
    • /mydata покажет, что «{ $team }» хранит о вас; /forget удалит это.
cust-btn-agree = ✅ Согласен(на)
cust-subscribed = ✅ Готово! Предложения «{ $team }» будут приходить сюда, не больше { $cap } в неделю. /stop — отписаться.
cust-share-ask = Хотите, чтобы «{ $team }» вас узнали? Поделитесь номером кнопкой ниже (по желанию).
cust-already-subscribed = Вы уже подписаны на предложения «{ $team }».
cust-link-unknown = Эта ссылка не работает (возможно, её заменили). Попросите новую. Ничего не сохранено.
cust-link-taken = Эта личная ссылка предназначена другому человеку. Попросите свою. Ничего не сохранено.
cust-notice-subscribed = 🔔 { $how ->
    [personal] Подписка по вашей личной ссылке:
    [resume] Снова подписан(а):
   *[team] Новый подписчик (ссылка команды):
}

## Номер телефона клиента
cust-contact-not-own = Я могу принять только ваш собственный номер: нажмите кнопку ниже. Ничего не сохранено.
cust-contact-bad = Не получилось прочитать номер. Ничего не сохранено.
cust-contact-saved = ✅ Спасибо! Теперь у «{ $team }» есть ваш номер.
cust-contact-matched = ✅ Спасибо! «{ $team }» вас узнали.
cust-notice-phone = 📞 Подписчик поделился номером: { $phone }
cust-notice-matched = 📞 Подписчик поделился номером { $phone }: это ваш клиент, теперь они связаны.

## Что может клиент
cust-cmd-stop = Отписаться от рассылок
cust-cmd-start = Подписаться снова
cust-cmd-lang = Язык
cust-cmd-mydata = Что обо мне хранится
cust-cmd-forget = Удалить мои данные
cust-help-stop = /stop — больше не присылать рассылки
cust-help-start = /start — снова получать их
cust-help-lang = /lang — выбрать язык
cust-help-mydata = /mydata — что команда хранит о вас
cust-help-forget = /forget — удалить это
cust-help = Вот что можно сделать:
cust-text-only = Команде доходят только текстовые сообщения. Напишите, пожалуйста, словами.
cust-message-sent = ✉️ Отправлено: «{ $team }».
cust-cancelled = Хорошо, ничего не изменилось.
cust-stale-button = Эта кнопка больше не работает. Доступно: /stop, /start, /lang, /mydata, /forget.
cust-nothing-stored = О вас ничего не хранится.
cust-preview-button = Это предпросмотр: у клиентов кнопки работают в их сообщениях.
cust-link-here = Ссылка от «{ $team }»:

cust-stop-none = Вы не подписаны ни на какие рассылки.
cust-stop-which = От какой команды отписаться?
cust-stopped = ✅ Рассылок от «{ $team }» больше не будет.
cust-stopped-all = ✅ Рассылки остановлены ({ $count ->
    [one] { $count } команда
    [few] { $count } команды
   *[other] { $count } команд
}).
cust-btn-stop = Отписаться
cust-btn-stop-all = От всех
cust-btn-resume = Подписаться снова
cust-start-subscribed = Вы подписаны на: { $teams }. /stop — отписаться.
cust-start-which = На какую команду подписаться снова?
cust-resumed = ✅ Вы снова подписаны на «{ $team }»: не больше { $cap } в неделю. /stop — отписаться.
cust-lang-pick = Выберите язык:
cust-lang-set = ✅ Язык: русский.
cust-lang-bad = Такого языка я не знаю. Выберите один из: { $langs } (например, /lang ru).

cust-forget-ask = Удалить всё, что «{ $team }» хранит о вас? Рассылки тоже прекратятся. Отменить это нельзя.
cust-forget-which = В какой команде удалить ваши данные?
cust-btn-forget = Да, удалить
cust-btn-forget-all = Во всех
cust-btn-cancel = Отмена
cust-forgotten = ✅ Готово: «{ $team }» больше ничего о вас не хранит. Осталась только пометка не писать вам.
cust-forgotten-all = ✅ Готово: { $count ->
    [one] { $count } команда больше ничего о вас не хранит
    [few] { $count } команды больше ничего о вас не хранят
   *[other] { $count } команд больше ничего о вас не хранят
}. Осталась только пометка не писать вам.

## /mydata
cust-mydata-title = 📋 Что «{ $team }» хранит о вас:
cust-mydata-lang = 🌐 Язык: { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}
cust-mydata-state = 📣 Рассылки: { $state ->
    [subscribed] подписка
    [stopped] отписка
    [blocked] отписка (бот заблокирован)
   *[none] нет подписки
} с { $since }
cust-mydata-consents = История согласий ({ $count }):
cust-mydata-consent = • { $at }: { $action ->
    [optin] согласие
    [stop] отписка
    [resume] повторная подписка
    [block] бот заблокирован
   *[forget] данные удалены
} (текст { $version })
cust-mydata-promos = Полученные рассылки ({ $count }):
cust-mydata-promo = • { $at }: { $kind ->
    [birthday] поздравление с днём рождения
    [followup] напоминание
   *[promo] акция
}
cust-mydata-code = , код { $code }
cust-mydata-redeemed = 🎟 Код { $code } использован { $at }
cust-mydata-forget = /forget удалит всё это.

## Переписка клиента с командой
cust-inbound = 💬 { $name } (клиент «{ $team }») пишет:
cust-btn-reply = ↩️ Ответить
cust-btn-card = Открыть карточку
cust-reply-ask = Напишите ответ для { $name }; он уйдёт от имени команды. /cancel — отмена.
cust-reply-sent = ✅ Отправлено: { $name }.
cust-reply-gone = С { $name } нельзя связаться через бота (не подписан(а) в Telegram или попросил(а) удалить данные). Ничего не отправлено.
cust-from-team = 💬 «{ $team }»:
cust-line-in = ⬅️ { $when } { $summary }
cust-line-out = ➡️ { $when } { $summary }

## Карточка клиента
cust-card-subscribed = 📣 Подписан(а) на рассылки с { $since }
cust-card-stopped = 🔕 Отписался(ась) от рассылок { $since }
cust-card-blocked = 🚫 Заблокировал(а) бота { $since }
