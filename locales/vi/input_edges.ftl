# A moment in another year than now always shows its year.
fmt-datetime-year = %a %d/%m/%Y, %H:%M
err-date-range = “{ $input }” xa quá: mình chỉ nhận ngày từ năm { $from } đến năm { $to }. Ví dụ: 25.12 10:00, thứ sáu, 3 tuần nữa
err-stale-button = Nút này thuộc tin nhắn cũ nên không dùng được nữa. Bạn gửi lại lệnh nhé — xem mọi lệnh ở /help.
