# A moment in another year than now always shows its year.
fmt-datetime-year = %a %d %b %Y, %H:%M
err-date-range = “{ $input }” बहुत दूर है: मैं { $from } से { $to } तक की तारीखें लेता हूँ। जैसे: 25.12 10:00, शुक्रवार, 3 हफ्ते में
err-stale-button = यह बटन पुराने संदेश का है और अब काम नहीं करता। कमांड फिर से भेजें — सारी कमांड /help में हैं।
