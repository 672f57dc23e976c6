# A reminder's send was cut short when the bot stopped; it is never sent again, so the member is told once.
reminder-interrupted = ⚠️ وقتی ربات دوباره راه‌اندازی شد، شاید این یادآوری به دستتان نرسیده باشد: «{ $text }»، برای { $when }.
