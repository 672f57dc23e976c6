# A reminder's send was cut short when the bot stopped; it is never sent again, so the member is told once.
reminder-interrupted = ⚠️ பாட் மீண்டும் தொடங்கியபோது இந்த நினைவூட்டல் உங்களுக்கு வராமல் போயிருக்கலாம்: «{ $text }», நேரம் { $when }.
