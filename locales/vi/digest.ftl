# Bản tin hằng ngày, cảnh báo khách im lặng và nhóm của đội (core/digest).

## Menu lệnh và /help
cmd-digest = Bản tin ngày: ngay hoặc theo lịch
help-digest = /digest — ngay  ·  /digest 08:30 t2-t6  ·  /digest off  ·  /digest here (trong nhóm của đội)

## Bản tin
digest-title-team = ☀️ { $team } — { $date }
digest-title-own = ☀️ Bản tin của bạn — { $date }
digest-late = ⏰ Gửi trễ: đáng lẽ lúc { $when } nhưng khi đó tôi đang ngoại tuyến.
digest-yesterday = 📒 Hôm qua, { $date }:
digest-since = 📒 Từ { $date }:
digest-idle = chưa ghi gì
digest-idle-members = ▫️ Chưa ghi gì: { $names }
digest-meetings = { $count } cuộc hẹn
digest-calls = { $count } cuộc gọi
digest-notes = { $count } ghi chú
digest-moves = { $count } giao dịch chuyển bước
digest-won = ✅ thắng { $count }: { $amount }
digest-lost = ❌ thua { $count }: { $amount }
digest-targets = 🎯 Chỉ tiêu:
digest-target-team = • Cả đội, { $period ->
    [month] tháng này
   *[quarter] quý này
}: { $done } / { $target } ({ $percent }%)
digest-target-member = • { $name }, { $period ->
    [month] tháng này
   *[quarter] quý này
}: { $done } / { $target } ({ $percent }%)
digest-agenda = 📅 Hôm nay: { $count }
digest-agenda-none = 📅 Hôm nay không có cuộc hẹn hay cuộc gọi nào.
digest-agenda-line = • { $time } { $kind ->
    [call] 📞
   *[meeting] 🤝
} { $client }
digest-overdue = ⚠️ Nhắc nhở quá hạn: { $count }
digest-overdue-line = • { $when }: { $text }
digest-stale = 💤 Im lặng { $days }+ ngày: { $count }
digest-stale-line = • { $title } ({ $client }), { $amount }, { $days } ngày
digest-new-clients = 🆕 Khách hàng mới: { $count }
digest-no-source = không rõ nguồn { $count }
digest-more = …và { $count } mục nữa
digest-btn-today = 📅 Hôm nay

## Cài đặt
digest-footer-on = ⚙️ Gửi lúc { $time } —
digest-footer-off = ⚙️ Bản tin hằng ngày đang tắt: /digest on để bật.
digest-set = ✅ Bản tin lúc { $time } —
digest-next = Lần tới: { $when }.
digest-set-off = 🔕 Không gửi bản tin hằng ngày. /digest vẫn xem được bất cứ lúc nào; /digest on để bật lại.
digest-days-all = mỗi ngày
digest-wd-1 = T2
digest-wd-2 = T3
digest-wd-3 = T4
digest-wd-4 = T5
digest-wd-5 = T6
digest-wd-6 = T7
digest-wd-7 = CN
err-digest-args = Tôi chưa hiểu “{ $input }”. Thử: /digest 08:30  ·  /digest t2-t6  ·  /digest t2,t4,t6  ·  /digest on  ·  /digest off
err-digest-time = “{ $input }” không phải giờ trong ngày. Ví dụ: /digest 08:30

## Nhóm của đội
digest-here-private = Thêm tôi vào nhóm Telegram của đội và gửi /digest here trong đó: mỗi sáng tôi sẽ đăng bản tin của đội ở đó.
digest-here-set = ✅ Bản tin của { $team } sẽ được đăng ở đây lúc { $time } —
digest-here-owner = Chỉ chủ đội mới chọn được nhóm của đội.
digest-here-taken = Nhóm này đã nhận bản tin của một đội khác.
digest-here-off = 🔕 Bản tin của đội không còn được đăng trong nhóm.
digest-here-none = Chưa chọn nhóm của đội. Thêm tôi vào một nhóm và gửi /digest here trong đó.
digest-group-members-only = Tôi chỉ làm việc cho thành viên đội { $team }.

## Cảnh báo im lặng
stale-title = 💤 Im lặng { $days }+ ngày: { $count }
stale-deal-line = • { $title } ({ $client }), { $amount } — im lặng từ { $since }
stale-client-line = • { $client } — im lặng từ { $since }
stale-more = …và { $count } mục nữa lần sau
stale-btn-call = 📞 { $name }
stale-btn-remind = ⏰ Nhắc
stale-btn-snooze = 💤 Một tuần
stale-snoozed = 💤 { $name }: hoãn đến { $until }.
