# Команды: приглашения, /team, роли, удаление участника, переключение команд, передача клиента.
# $role — всегда код роли: owner, lead или manager (role-name превращает его в слова).

## Меню команд и /help
cmd-invite = Пригласить коллегу
cmd-invites = Открытые приглашения
cmd-team = Участники и настройки команды
cmd-teams = Мои команды, сменить команду
cmd-assign = Передать клиента коллеге
help-invite = /invite — менеджера  ·  /invite lead — руководителя
help-invites = /invites — открытые ссылки, отозвать ссылку
help-team = /team  ·  /team name Acme Sales  ·  /team stale 14  ·  /team shared off
help-teams = /teams — перейти в другую команду
help-assign = /assign — открытый клиент переходит к коллеге

## Роли словами
role-name = { $role ->
    [owner] владелец
    [lead] руководитель
   *[manager] менеджер
}

## Приглашения
invite-created = ✉️ Приглашение в { $team }, роль: { role-name }. Действует до { $until }.
invite-link = Отправьте коллеге ссылку: { $link }
invite-raw = Или пусть он отправит мне: /start { $code }
invite-once = Ссылка срабатывает один раз. Отозвать: /invites
invites-title = ✉️ Открытые приглашения: { $count }
invites-line = { $n }. { role-name } · до { $until } · { $link }
invites-none = Открытых приглашений нет. Создать: /invite или /invite lead
invite-revoked = ✅ Приглашение отозвано: ссылка больше не работает.
btn-revoke = ✖️ Отозвать { $n }
err-invite-role = Пригласить можно менеджера или руководителя, а не «{ $input }». Например: /invite или /invite lead
err-invite-limit = У вас уже { $max } открытых приглашений. Сначала отзовите лишние: /invites
err-invite-gone = Это приглашение уже не действует. Смотрите /invites

## Вступление в команду
join-welcome = 🎉 Добро пожаловать в { $team }! Ваша роль: { role-name }.
join-what = { $role ->
    [lead] Вы видите и меняете всех клиентов и сделки команды и получаете ежедневную сводку.
   *[manager] { $shared ->
        [yes] Вы ведёте своих клиентов и сделки, а клиентов команды можете смотреть (без изменений).
       *[no] Вы ведёте своих клиентов и сделки.
    }
}
join-next = Добавьте первого клиента: /add Иван Петров +7 999 123-45-67 · ваши команды: /teams · всё: /help
join-settings = Ваш часовой пояс: { $zone }. Сменить: /tz, язык: /lang.
join-unknown = Эта ссылка-приглашение не работает. Проверьте, что она скопирована целиком, или попросите у владельца команды новую.
join-expired = ⌛ Срок приглашения истёк. Попросите у владельца команды новую ссылку.
join-used = Это приглашение уже использовано — каждая ссылка срабатывает один раз. Попросите у владельца команды новую.
join-revoked = Владелец команды отозвал это приглашение. Попросите у него новую ссылку.
join-already = Вы уже в команде { $team }. Чтобы работать там: /teams
join-owner = Вы владелец команды, в которой есть другие участники, поэтому перейти в другую команду нельзя. Сначала удалите их (/team) или попросите пригласить другой аккаунт.

## /team
team-title = 👥 { $team } — { $count ->
    [one] { $count } участник
    [few] { $count } участника
   *[many] { $count } участников
}
team-line = • { $name }{ $you ->
    [yes] {" "}(вы)
   *[no] {""}
} — { role-name } · { $clients ->
    [0] нет клиентов
    [one] { $clients } клиент
    [few] { $clients } клиента
   *[many] { $clients } клиентов
}
team-settings = ⚙️ Общая база: { $shared ->
    [yes] включена (менеджеры видят клиентов команды без права изменений)
   *[no] выключена (менеджеры видят только своих клиентов)
} · застой — после { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} без активности
team-owner-hint = Изменить: /team name Acme Sales · /team stale 14 · пригласить: /invite
btn-make-lead = ⬆️ { $name }: сделать руководителем
btn-make-manager = ⬇️ { $name }: сделать менеджером
btn-remove = ✖️ Удалить: { $name }
btn-shared-on = 👁 Включить общую базу
btn-shared-off = 🔒 Выключить общую базу
team-role-set = ✅ { $name } теперь { role-name }.
team-remove-ask = Удалить { $name } из команды? Доступ закроется сразу. Кому передать { $clients ->
    [0] сделки
    [one] { $clients } клиента и сделки
   *[other] { $clients } клиентов и сделки
}?
btn-heir = ➡️ { $name }
team-removed = ✅ { $name } больше не в команде.
team-handed-over = { $heir } получает { $clients ->
    [one] { $clients } клиента
   *[other] { $clients } клиентов
} и { $deals ->
    [one] { $deals } сделку
    [few] { $deals } сделки
   *[many] { $deals } сделок
}; история сохранена как была.
team-reminders-cancelled = { $count ->
    [0] {""}
    [one] Отменено { $count } напоминание.
    [few] Отменено { $count } напоминания.
   *[many] Отменено { $count } напоминаний.
}
team-renamed = ✅ Команда теперь называется { $team }.
team-stale-set = ✅ Сделка или клиент считаются «залежалыми» через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} без активности.
team-shared-set = { $on ->
    [yes] ✅ Общая база включена: менеджеры видят клиентов команды (без изменений).
   *[no] 🔒 Общая база выключена: менеджеры видят только своих клиентов.
}
err-member-gone = Этого человека (уже) нет в вашей команде. Смотрите /team
err-owner-fixed = Роль владельца нельзя изменить, а самого владельца — удалить.
err-heir-gone = Выберите того, кто ещё в команде: /team
err-team-args = Я понимаю: /team · /team name Acme Sales · /team stale 14 · /team shared on (или off)
err-team-name = Пришлите новое название, например /team name Acme Sales (не длиннее { $max } символов).
err-stale-days = Пришлите число дней от 1 до 365, например /team stale 14
err-team-shared = Отправьте /team shared on или /team shared off — или нажмите кнопку под /team.

## /teams
teams-title = 👥 Ваши команды:
teams-line = { $current ->
    [yes] ▶️
   *[no] •
} { $team } — { role-name } · { $members ->
    [one] { $members } участник
    [few] { $members } участника
   *[many] { $members } участников
}
teams-none = Вы пока не в команде. Отправьте /start, чтобы создать свою, или откройте ссылку-приглашение от владельца команды.
btn-switch = ↪️ Работать в { $team }
team-switched = ✅ Теперь вы работаете в { $team } ({ role-name }).
err-team-gone = Вы (уже) не в этой команде. Смотрите /teams

## Передача клиента
btn-assign = 👥 Передать
btn-assign-to = ➡️ { $name }
assign-pick = Кто теперь ведёт клиента { $name }? Сейчас: { $owner }.
assign-done = ✅ { $name } теперь клиент сотрудника { $owner }. История сохранена как была.
err-assign-focus = Сначала откройте клиента (/find Иван), затем отправьте /assign — или нажмите 👥 Передать в карточке.
err-assign-alone = В команде пока никого больше нет. Пригласите коллегу: /invite

## Notices to other members
team-joined-notice = 👋 { $name } присоединился к вашей команде, роль: { role-name }.
team-removed-notice = Вы больше не в команде { $team }: её клиенты и сделки вам теперь недоступны. { $others ->
    [0] Сейчас вы не состоите ни в одной команде: отправьте /start, чтобы создать свою, или откройте ссылку-приглашение.
   *[other] Ваши другие команды на месте — /teams.
}
