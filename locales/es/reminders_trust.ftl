# A reminder's send was cut short when the bot stopped; it is never sent again, so the member is told once.
reminder-interrupted = ⚠️ Puede que no te llegara este recordatorio cuando el bot se reinició: «{ $text }», para { $when }.
