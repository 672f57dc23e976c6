# A moment in another year than now always shows its year.
fmt-datetime-year = %a %d %b %Y, %H:%M
err-date-range = “{ $input }” is too far away: I take dates from { $from } to { $to }. E.g. 25.12 10:00, next friday, in 3 weeks
err-stale-button = That button belongs to an older message and no longer works. Send the command again — /help lists them all.
