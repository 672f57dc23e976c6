# A reminder's send was cut short when the bot stopped; it is never sent again, so the member is told once.
reminder-interrupted = ⚠️ A reminder may not have reached you when the bot restarted: «{ $text }», due { $when }.
