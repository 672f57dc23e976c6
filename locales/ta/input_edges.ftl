# A moment in another year than now always shows its year.
fmt-datetime-year = %a %d %b %Y, %H:%M
err-date-range = “{ $input }” மிகத் தொலைவில் உள்ளது: { $from } முதல் { $to } வரையிலான தேதிகளை மட்டுமே ஏற்கிறேன். எ.கா: 25.12 10:00, வெள்ளி, 3 வாரத்தில்
err-stale-button = இந்தப் பொத்தான் பழைய செய்தியைச் சேர்ந்தது, இனி வேலை செய்யாது. கட்டளையை மீண்டும் அனுப்புங்கள் — எல்லா கட்டளைகளும் /help இல் உள்ளன.
