# A reminder's send was cut short when the bot stopped; it is never sent again, so the member is told once.
reminder-interrupted = ⚠️ Lúc bot khởi động lại, có thể lời nhắc này chưa tới được bạn: «{ $text }», hẹn lúc { $when }.
