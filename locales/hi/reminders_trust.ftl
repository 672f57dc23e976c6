# A reminder's send was cut short when the bot stopped; it is never sent again, so the member is told once.
reminder-interrupted = ⚠️ बॉट के दोबारा शुरू होते समय शायद यह रिमाइंडर आप तक नहीं पहुँचा: «{ $text }», समय { $when } था।
