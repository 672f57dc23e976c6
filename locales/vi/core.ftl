# Pocket CRM — Tiếng Việt.
# Trả lời ngắn gọn, vừa màn hình điện thoại. Các đối số trong { $ngoặc } do bot điền vào.

## Date formats (chrono strftime patterns; month and day names come from the locale)
fmt-datetime = %a %d/%m, %H:%M
fmt-date = %a %d/%m/%Y
fmt-time = %H:%M

## Command menu (setMyCommands) — short descriptions
cmd-add = Thêm khách hàng
cmd-find = Tìm khách hàng
cmd-meet = Ghi lại hoặc lên lịch cuộc hẹn
cmd-call = Ghi lại hoặc lên lịch cuộc gọi
cmd-note = Viết ghi chú
cmd-remind = Đặt nhắc nhở
cmd-today = Lịch hôm nay
cmd-week = Lịch tuần này
cmd-lang = Đổi ngôn ngữ
cmd-tz = Đổi múi giờ
cmd-before = Nhắc trước cuộc hẹn bao lâu
cmd-cancel = Hủy câu hỏi đang dở
cmd-help = Các lệnh kèm ví dụ
cmd-start = Bắt đầu và cài đặt

## /help — one example per command
help-title = Đây là những việc mình làm được:
help-add = /add Nguyễn Văn An +84 90 123 45 67 an@example.com #vip @Acme
help-find = /find nguyễn  ·  /find 90 123  ·  /find #vip
help-meet = /meet ngày mai 15:00 demo  ·  /meet hôm qua 11:00 đã bàn về giá
help-call = /call 2 giờ nữa gọi lại hỏi ý kiến  ·  /call đã đồng ý dùng thử
help-note = /note muốn giảm giá cho 3 bản quyền
help-remind = /remind ngày mai 10:00 gọi anh An  ·  /remind 2 giờ nữa gửi báo giá  ·  /remind 25.12 9:30 gửi lời chúc
help-today = /today — cuộc hẹn, cuộc gọi và nhắc nhở hôm nay
help-week = /week — 7 ngày tới
help-lang = /lang — hoặc /lang en
help-tz = /tz Bangkok  ·  /tz Asia/Ho_Chi_Minh  ·  /tz UTC+7
help-before = /before 15 — nhắc 15 phút trước cuộc hẹn và cuộc gọi
help-cancel = /cancel — dừng câu hỏi từng bước
help-help = /help — danh sách này
help-start = /start — lời chào, ngôn ngữ và múi giờ

## Languages (each shown in its own language on the buttons)
lang-name = { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}

## /start and settings
start-welcome = 👋 Chào { $name }! Mình là Pocket CRM: khách hàng, cuộc hẹn và nhắc nhở của bạn, ngay trong Telegram.
start-welcome-back = 👋 Chào mừng { $name } quay lại!
start-pick-lang = Chọn ngôn ngữ của bạn:
lang-set = ✅ Ngôn ngữ: Tiếng Việt.
tz-prompt = 🕒 Múi giờ của bạn là gì? Chạm để chọn, hoặc gõ tên thành phố, tên múi giờ hay độ lệch (vd. Bangkok, Asia/Ho_Chi_Minh, UTC+7). Hiện tại: { $current }.
tz-set = ✅ Múi giờ: { $zone }. Giờ của bạn bây giờ: { $now }.
start-next = Xong rồi! Thử ngay: /add Nguyễn Văn An +84 90 123 45 67 — hoặc /help để xem tất cả.
before-set = ✅ Mình sẽ nhắc bạn { $minutes ->
    [0] đúng lúc bắt đầu
   *[other] { $minutes } phút trước
} các cuộc hẹn và cuộc gọi.
cancelled = OK, đã hủy. Chưa lưu gì cả.

## Clients
add-ask-name = Khách hàng tên gì? (Có thể thêm số điện thoại, e-mail, #thẻ và @công ty trên cùng một dòng.)
add-ask-details = Giờ gửi số điện thoại, e-mail, #thẻ, @công ty của { $name } — trên một dòng. Hoặc gửi - để bỏ qua.
client-added = ✅ Đã thêm khách hàng: { $name }
client-updated = ✅ Đã lưu: { $name }
contact-exists = Liên hệ này đã là khách hàng của bạn: { $name }
dup-found = ⚠️ Hình như bạn đã có { $count ->
    [1] khách hàng này: { $name }.
   *[other] { $count } khách hàng tương tự, vd. { $name }.
} Mở ra xem, hay vẫn tạo mới?
edit-prompt = Gửi chỉnh sửa cho { $name } trên một dòng: tên mới, +số điện thoại, e-mail, #thẻ, @công ty. Số điện thoại, e-mail và thẻ sẽ được thêm vào; tên và công ty sẽ được thay thế.
find-results = 🔎 “{ $query }”: { $total ->
    [1] một khách hàng
   *[other] { $total } khách hàng, đang hiện { $from }–{ $to }
}
find-none = 🔎 Không ai khớp với “{ $query }”. Thử một phần tên, vài số điện thoại, e-mail, @công ty hoặc #thẻ — hoặc thêm mới: /add { $query }

## Client card
card-name = 👤 { $name }
card-company = 🏢 { $company }
card-phone = 📞 { $phone }
card-email = ✉️ { $email }
card-tags = 🏷 { $tags }
card-history = Gần đây:
card-no-history = Chưa có cuộc hẹn, cuộc gọi hay ghi chú nào.
card-next-reminder = ⏰ Sắp tới: { $when } — { $text }

## History lines
outcome-suffix = { $outcome ->
    [next] {" "}· ➡️ bước tiếp theo
    [won] {" "}· 🏆 đã chốt
    [open] {" "}· ⏸ chưa quyết định
    [lost] {" "}· ❌ không thành
   *[none] {""}
}
line-meeting = 🤝 { $when } cuộc hẹn: { $summary }{ outcome-suffix }
line-meeting-planned = 📅 { $when } cuộc hẹn (dự kiến): { $summary }
line-call = 📞 { $when } cuộc gọi: { $summary }{ outcome-suffix }
line-call-planned = 📅 { $when } cuộc gọi (dự kiến): { $summary }
line-note = 📝 { $when } { $summary }
line-message = 💬 { $when } { $summary }
line-reminder = { $state ->
    [sent] ✔️
    [done] ✅
    [failed] ❗
    [interrupted] ⚠️
   *[other] ⏰
} { $when } { $text }{ $state ->
    [interrupted] {" "}(việc gửi bị gián đoạn — có thể bạn chưa nhận được)
    [failed] {" "}(không gửi được)
   *[other] {""}
}

## Meetings, calls, notes
ask-meeting = Cuộc hẹn với { $name } đã hoặc sẽ diễn ra khi nào, về việc gì? Vd. “ngày mai 15:00 demo” hoặc “hôm qua 11:00 đã bàn về giá”.
ask-call = Cuộc gọi với { $name } đã hoặc sẽ diễn ra khi nào, về việc gì? Vd. “2 giờ nữa gọi lại hỏi ý kiến” hoặc “đã đồng ý dùng thử”.
ask-note = Gửi ghi chú cho { $name }.
logged-meeting = ✅ Đã ghi cuộc hẹn với { $name } ({ $when }). Kết quả thế nào?
logged-call = ✅ Đã ghi cuộc gọi với { $name } ({ $when }). Kết quả thế nào?
logged-note = ✅ Đã lưu ghi chú cho { $name } ({ $when }).
planned-meeting = 📅 Cuộc hẹn với { $name }: { $when }. Mình sẽ nhắc bạn lúc { $remind }.
planned-call = 📅 Cuộc gọi với { $name }: { $when }. Mình sẽ nhắc bạn lúc { $remind }.
outcome-next = ➡️ Bước tiếp theo
outcome-won = 🏆 Đã chốt
outcome-open = ⏸ Chưa quyết định
outcome-lost = ❌ Không thành
outcome-saved = ✅ Đã lưu kết quả: { $outcome ->
    [next] bước tiếp theo
    [won] đã chốt
    [lost] không thành
   *[open] chưa quyết định
}.
note-offer = Lưu nội dung này làm ghi chú cho { $name }?
note-dropped = OK, không lưu.

## Agenda
agenda-today = 📋 Hôm nay, { $date } — { $count ->
    [0] chưa có lịch gì
   *[other] { $count } việc
}
agenda-week = 📋 7 ngày tới kể từ { $date } — { $count ->
    [0] chưa có lịch gì
   *[other] { $count } việc
}
agenda-empty = Rảnh rang quá! Lên lịch gì đó nhé: /meet ngày mai 15:00 demo

## Reminders
ask-remind = Mình nên nhắc bạn việc gì về { $name }, và khi nào? Vd. “ngày mai 10:00 gửi báo giá”.
remind-set = ⏰ Mình sẽ nhắc bạn lúc { $when }: { $text }
remind-moved = ⏰ Đã dời sang { $when }: { $text }
reminder-due = ⏰ { $text }
reminder-activity = ⏰ { $kind ->
    [call] Cuộc gọi
   *[meeting] Cuộc hẹn
} với { $name } lúc { $when }: { $text }
reminder-client = 👤 { $name }
reminder-late = (nhắc trễ: lẽ ra là lúc { $when }, khi đó mình bị mất kết nối)
reminder-done = ✅ Xong: { $text }

## Buttons
btn-meeting = 🤝 Cuộc hẹn
btn-call = 📞 Cuộc gọi
btn-note = 📝 Ghi chú
btn-remind = ⏰ Nhắc
btn-edit = ✏️ Sửa
btn-open = Mở { $name }
btn-open-client = 👤 Mở khách hàng
btn-create-anyway = ➕ Vẫn tạo mới
btn-cancel = ✖️ Hủy
btn-next = Tiếp ›
btn-prev = ‹ Quay lại
btn-done = ✅ Xong
btn-hour = +1 giờ
btn-tomorrow = Ngày mai
btn-save-note = 📝 Lưu làm ghi chú
btn-share-contact = 📱 Chia sẻ số điện thoại của tôi

## Hints
hint-start = 👋 Gửi /start để bắt đầu.
hint-plain = Mình lưu khách hàng, cuộc hẹn và nhắc nhở. Hãy mở một khách hàng trước (/find An), mình sẽ đề nghị lưu tin nhắn của bạn làm ghi chú — hoặc xem /help.

## Errors: short, with an example
err-internal = 😕 Có lỗi từ phía mình; chưa lưu gì cả. Bạn thử lại sau giây lát nhé.
err-empty = Ở đây mình chỉ đọc được văn bản. Thử /help.
err-too-long = Dài quá ({ $length } ký tự; tối đa { $max }). Bạn rút gọn lại giúp nhé.
err-no-workspace = Gửi /start trước đã — chỉ mất mười giây.
err-unknown-command = Mình không biết lệnh { $command }. Xem /help — vd. /add Nguyễn Văn An +84 90 123 45 67
err-lang = Mình nói được: { $langs }. Vd. /lang en
err-tz = Mình không đọc được múi giờ “{ $input }”. Thử tên thành phố (Bangkok, Singapore), múi giờ (Asia/Ho_Chi_Minh) hoặc độ lệch (UTC+7).
err-before = Gửi số phút, vd. /before 15 (hiện tại: { $current }).
err-add-name = Gửi tên khách hàng, vd. Nguyễn Văn An
err-add-details = Mình không hiểu “{ $words }”. Gửi ví dụ: +84 90 123 45 67 an@example.com #vip @Acme — hoặc - để bỏ qua.
err-name-long = Tên dài quá ({ $length } ký tự; tối đa { $max }).
err-phone = “{ $input }” không giống số điện thoại. Ví dụ: +84 90 123 45 67
err-email = “{ $input }” không giống e-mail. Ví dụ: an@example.com
err-tag = “{ $input }” đang trống. Ví dụ: #vip hoặc @Acme
err-find-empty = Tìm gì đây? Vd. /find nguyễn hoặc /find 90 123
err-client-gone = Mình không tìm thấy khách hàng đó nữa. Thử /find
err-no-focus = Khách hàng nào? Mở một người trước (/find An) hoặc ghi tên: /meet Nguyễn Văn An ngày mai 15:00 demo
err-date = Mình không đọc được ngày giờ trong “{ $input }”. Ví dụ: ngày mai 10:00, 25.12 9:30, 2026-12-25, 2 giờ nữa
err-remind-empty = Nhắc gì và khi nào? Vd. /remind ngày mai 10:00 gọi anh An
err-remind-when = Khi nào mình nên nhắc bạn? Mình không thấy thời gian trong “{ $input }”. Vd. /remind ngày mai 10:00 gọi anh An, /remind 2 giờ nữa gửi báo giá
err-remind-text = Lúc { $when } mình nhắc bạn việc gì? Vd. /remind ngày mai 10:00 gọi anh An
err-past = { $when } đã qua rồi. Vd. /remind ngày mai 10:00 gọi anh An
err-summary-long = Nội dung dài hơn mức mình lưu trong một mục (tối đa { $max } ký tự).

## Teams: whose client it is
dup-owner = 👤 { $owner } đang phụ trách · liên hệ gần nhất { $when }
dup-owner-quiet = 👤 { $owner } đang phụ trách · chưa liên hệ
card-owner = 🧑‍💼 Phụ trách: { $owner }
role-owner = chủ nhóm
role-lead = trưởng nhóm
role-manager = nhân viên kinh doanh
err-read-only = { $name } là khách hàng của { $owner }: bạn có thể xem nhưng không thể sửa. Hãy hỏi { $owner } hoặc trưởng nhóm.
err-role = Vai trò của bạn trong nhóm không cho phép thao tác này. Hãy hỏi chủ nhóm.
