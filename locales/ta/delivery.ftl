# Delivery: what the sender of a campaign is told while and after it goes out.

dlv-finished = 🏁 பிரச்சாரம் அனுப்பப்பட்டது
dlv-photo-refused = ⏸ இந்தப் பிரச்சாரத்தின் படத்தை Telegram ஏற்கவில்லை, அதனால் அனுப்புதல் நிறுத்தப்பட்டுள்ளது: வேறு யாருக்கும் உடைந்த செய்தி போகாது. படத்தை மாற்றவும் அல்லது நீக்கவும், பின் பிரச்சாரத்தைத் தொடரவும்.
