# A moment in another year than now always shows its year.
fmt-datetime-year = %a %d %b %Y، %H:%M
err-date-range = «{ $input }» خیلی دور است: تاریخ‌ها را از { $from } تا { $to } می‌پذیرم. مثلاً: 25.12 10:00، جمعه، ۳ هفته دیگر
err-stale-button = این دکمه مال یک پیام قدیمی است و دیگر کار نمی‌کند. دستور را دوباره بفرستید؛ همهٔ دستورها در /help هست.
