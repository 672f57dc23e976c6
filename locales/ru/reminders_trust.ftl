# A reminder's send was cut short when the bot stopped; it is never sent again, so the member is told once.
reminder-interrupted = ⚠️ Пока бот перезапускался, это напоминание могло не дойти: «{ $text }», на { $when }.
