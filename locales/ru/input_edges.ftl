# A moment in another year than now always shows its year.
fmt-datetime-year = %a %d %b %Y, %H:%M
err-date-range = «{ $input }» — слишком далеко: я принимаю даты с { $from } по { $to } год. Например: 25.12 10:00, в пятницу, через 3 недели
err-stale-button = Эта кнопка из старого сообщения и уже не работает. Отправьте команду заново — все команды в /help.
