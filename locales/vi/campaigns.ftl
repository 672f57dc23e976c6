# Segments and campaigns: /segment, /segments, /campaign, /campaigns, /redeem, /birthday, /promo.


## Command menu and /help
cmd-segment = Tạo nhóm khách hàng
cmd-segments = Các nhóm đã lưu
cmd-campaign = Gửi khuyến mãi (chủ, trưởng nhóm)
cmd-campaigns = Chiến dịch và kết quả
cmd-redeem = Dùng mã khuyến mãi
cmd-birthday = Đặt ngày sinh của khách
cmd-promo = Cài đặt khuyến mãi
help-segment = /segment — chọn điều kiện, xem ai phù hợp, rồi lưu
help-segments = /segments — các nhóm đã lưu và số lượng
help-campaign = /campaign — nội dung, ảnh, liên kết, mã; xem trước rồi gửi hoặc hẹn giờ
help-campaigns = /campaigns — tiến độ và kết quả; tạm dừng, tiếp tục, hủy
help-redeem = /redeem K7M2QX9A  ·  /redeem SPRING25 Nguyễn An
help-birthday = /birthday 12.05  ·  /birthday Nguyễn An 12 tháng 5 1990
help-promo = /promo  ·  /promo cap 2  ·  /promo birthday Chúc mừng sinh nhật!

## Segments: the builder
seg-title = 👥 Nhóm mới
seg-hint = Bấm điều kiện để thêm, bấm lại để bỏ. 💾 Lưu khi thấy ổn.
seg-hint-buttons = Bấm một điều kiện bên dưới (hoặc /cancel).
seg-cond-none = Tất cả khách hàng (chưa có điều kiện)
seg-cond-tags = 🏷 Có thẻ { $tags }
seg-cond-source = 📣 Nguồn: { $source }
seg-cond-stage = 📊 Có giao dịch mở ở { $stage }
seg-cond-won = 🏆 Đã có giao dịch thành công
seg-cond-lost = ❌ Đã có giao dịch thất bại
seg-cond-before = 🕒 Hoạt động cuối trước { $date }
seg-cond-after = 🕒 Hoạt động từ { $date }
seg-cond-total = 💰 Đã chốt ít nhất { $amount }
seg-cond-purchases = 🛒 Ít nhất { $n } lần mua
seg-cond-month = 🎂 Sinh nhật:
seg-cond-lang = 🌐 Ngôn ngữ:
seg-cond-subscribed = 🔔 Đã đăng ký nhận khuyến mãi
seg-cond-unsubscribed = 🔕 Chưa đăng ký
seg-count = 👥 { $total } khách phù hợp, { $subscribed } đã đăng ký
seg-sample = ví dụ: { $names }
seg-nobody = 🫥 Không khách nào phù hợp. Bỏ một điều kiện (bấm lại) hoặc đổi giá trị.
seg-none-subscribed = ⚠️ Không ai trong số này đăng ký nhận khuyến mãi, chiến dịch sẽ không tới ai. Mời khách qua /optin.
seg-btn-tags = 🏷 Thẻ
seg-btn-source = 📣 Nguồn
seg-btn-stage = 📊 Giai đoạn
seg-btn-won = 🏆 Thành công
seg-btn-lost = ❌ Thất bại
seg-btn-before = ⏮ Im lặng từ
seg-btn-after = ⏭ Hoạt động từ
seg-btn-total = 💰 Tổng đã chốt
seg-btn-purchases = 🛒 Lần mua
seg-btn-month = 🎂 Sinh nhật
seg-btn-lang = 🌐 Ngôn ngữ
seg-btn-subscribed = 🔔 Đăng ký
seg-btn-clear = 🧹 Xóa hết
seg-btn-save = 💾 Lưu
seg-btn-yes = ✅ Đã đăng ký
seg-btn-no = 🔕 Chưa đăng ký
seg-btn-campaign = 📣 Chiến dịch: { $name }

## Segments: questions
seg-ask-skip = Gõ - để quay lại.
seg-ask-tags = Thẻ nào? Chỉ cần một thẻ, ví dụ #vip #gold. Nhóm bạn đang dùng: { $examples }
seg-ask-source = Nguồn nào? Bấm chọn hoặc gõ vào.
seg-ask-stage = Khách có giao dịch mở ở giai đoạn:
seg-ask-before = Im lặng từ khi nào? Ví dụ 01.09, 1 tháng 9 2026, hoặc 90 (ngày trước)
seg-ask-after = Hoạt động từ khi nào? Ví dụ 01.09, 1 tháng 9 2026, hoặc 30 (ngày trước)
seg-ask-total = Tổng giao dịch thành công ít nhất bao nhiêu? Ví dụ 5000000 VND
seg-ask-purchases = Ít nhất bao nhiêu lần mua (giao dịch thành công)? Ví dụ 2
seg-ask-month = Sinh nhật vào tháng:
seg-ask-lang = Khách đọc tiếng:
seg-ask-subscribed = Đã đăng ký nhận khuyến mãi?
seg-ask-name = Đặt tên nhóm, ví dụ VIP Hà Nội
seg-saved = 💾 Đã lưu nhóm “{ $name }”.

## Segments: mistakes
seg-err-stale = Trình tạo nhóm đó đã đóng. Bắt đầu lại: /segment
seg-err-tags = Gõ một hoặc vài thẻ, ví dụ #vip #gold. Nhóm bạn đang dùng: { $examples }
seg-err-tag = Không khách nào có thẻ { $tag }. Nhóm bạn đang dùng: { $examples }
seg-err-source = Không khách nào đến từ “{ $source }”. Các nguồn của bạn: { $known }
seg-err-date = Tôi không đọc được ngày trong “{ $input }”. Ví dụ 01.09, 1 tháng 9 2026, hoặc 30 là 30 ngày trước
seg-err-amount = Tôi không đọc được số tiền trong “{ $input }”. Ví dụ 5000000 VND
seg-err-currency = Đơn vị tiền nào? Thêm vào, ví dụ 5000000 VND
seg-err-number = Một số nguyên từ 1 đến 1000, ví dụ 2
seg-err-name = Tên dài 1–{ $max } ký tự, ví dụ VIP Hà Nội
seg-err-name-taken = Đã có nhóm tên “{ $name }”. Hãy chọn tên khác.

## Segments: the list
seg-list-title = 👥 Các nhóm:
seg-list-line = • { $name }: { $total } khách, { $subscribed } đã đăng ký
seg-list-more = …và { $n } nhóm khác
seg-list-empty = Chưa có nhóm nào. Tạo một nhóm: /segment
seg-no-clients = 🫥 Bạn chưa có khách nào. Thêm bằng /add, hoặc mời khách qua /optin.

## Month names
seg-month = { $month ->
    [1] tháng 1
    [2] tháng 2
    [3] tháng 3
    [4] tháng 4
    [5] tháng 5
    [6] tháng 6
    [7] tháng 7
    [8] tháng 8
    [9] tháng 9
    [10] tháng 10
    [11] tháng 11
    *[12] tháng 12
    }

## Campaigns: composing
camp-no-segments = Trước hết chọn gửi cho ai: tạo nhóm bằng /segment
camp-pick-segment = 📣 Chiến dịch mới. Gửi cho ai? Chọn một nhóm:
camp-picked = 👥 “{ $name }”: { $subscribed } khách đã đăng ký.
camp-ask-text = ✍️ Viết nội dung khuyến mãi bằng
camp-ask-text-hint = Bằng lời của bạn, đúng như khách sẽ thấy (tối đa { $max } ký tự).
camp-text-saved = ✅ Đã lưu nội dung.
camp-ask-versions = Một số khách trong nhóm đọc ngôn ngữ khác. Thêm bản cho họ, hoặc bấm Tiếp — họ sẽ nhận nội dung của bạn.
camp-ask-photo = 🖼 Thêm ảnh? Gửi ảnh ngay (có ảnh thì nội dung tối đa 1024 ký tự).
camp-photo-saved = 🖼 Đã thêm ảnh.
camp-ask-link = 🔗 Thêm nút liên kết? Gửi địa chỉ và nhãn nếu muốn: https://shop.example/sale Xem ưu đãi
camp-ask-code = 🎟 Thêm mã khuyến mãi?
camp-ask-shared-code = Gõ mã chung cho mọi khách, ví dụ SPRING25 (3–32 chữ và số).
camp-ask-percent = Giảm bao nhiêu phần trăm (1–90)? Ví dụ 15 — mỗi khách nhận một mã riêng.
camp-ask-followup = ↪️ Gửi tin nhắc sau vài ngày cho ai chưa bấm nút?
camp-ask-followup-text = Sau mấy ngày (1–30), và nội dung gì? Ví dụ 3 Cơ hội cuối: ưu đãi kết thúc ngày mai!
camp-btn-version = ✍️
camp-btn-version-done = ✅
camp-btn-next = ➡️ Tiếp
camp-btn-skip = ⏭ Bỏ qua
camp-btn-code-none = Không mã
camp-btn-code-shared = 🎟 Một mã chung
camp-btn-code-unique = 🔑 Mỗi người một mã
camp-btn-code-percent = 💯 Giảm giá % riêng
camp-btn-followup = ➕ Thêm tin nhắc
camp-btn-drop = 🗑 Bỏ bản nháp
camp-hint-buttons = Hãy bấm một nút bên dưới.
camp-hint-photo = Gửi một ảnh, hoặc bấm Bỏ qua.
camp-photo-unexpected = Tôi chỉ dùng ảnh cho chiến dịch. Để thêm ảnh, bắt đầu bằng /campaign

## Campaigns: summary, preview, start
camp-summary-title = 📣 Chiến dịch cho “{ $name }”
camp-audience = 👥 { $subscribed } người đăng ký trong nhóm · { $held } bị giữ do giới hạn tuần ({ $cap }/tuần) · { $receive } người sẽ nhận
camp-summary-langs = 🌐 Nội dung: { $langs }
camp-summary-photo = 🖼 Có ảnh
camp-summary-no-photo = 🖼 Không có ảnh
camp-summary-link = 🔗 { $url }
camp-summary-no-link = 🔗 Không có liên kết
camp-summary-code-none = 🎟 Không mã
camp-summary-code-shared = 🎟 Mã chung: { $code }
camp-summary-code-unique = 🔑 Mỗi khách một mã riêng
camp-summary-code-percent = 💯 Mỗi khách một mã giảm { $percent }% riêng
camp-summary-followup = ↪️ Tin nhắc sau { $days } ngày cho ai chưa bấm
camp-summary-no-followup = ↪️ Không có tin nhắc
camp-summary-nobody = ⚠️ Hiện giới hạn tuần đang giữ lại mọi người trong nhóm.
camp-btn-preview = 👁 Xem trước
camp-btn-send = 🚀 Gửi ngay
camp-btn-schedule = 🕒 Hẹn giờ
camp-preview-note = 👆 Khách sẽ nhận đúng như thế này.
camp-preview-followup = ↪️ Và { $days } ngày sau, cho ai chưa bấm nút:
camp-started = 🚀 Đang gửi tới { $receive } khách ({ $held } bị giữ do giới hạn tuần). Tiến độ sẽ hiện ở đây.
camp-ask-when = 🕒 Khi nào gửi? Giờ của bạn ({ $zone }), ví dụ ngày mai 10:00 hoặc 25.12 09:30
camp-scheduled = 🕒 Đã hẹn lúc { $when }. Có thể hủy trước giờ đó: /campaigns
camp-dropped = 🗑 Đã bỏ bản nháp.

## Campaigns: the list and a campaign's report
camp-list-title = 📣 Chiến dịch gần đây:
camp-list-figures = ✅ { $sent } · 👆 { $presses } · 🎟 { $redeemed } · 👋 { $unsubscribes }
camp-list-empty = Chưa có chiến dịch. Tạo nhóm bằng /segment, rồi gửi bằng /campaign
camp-kind-promo = 📣 { $name }
camp-kind-followup = ↪️ Tin nhắc: { $name }
camp-kind-birthday = 🎂 Chúc mừng sinh nhật { $year }
camp-at = { $when }
camp-finished-at = 🏁 Kết thúc lúc { $when }
camp-state-draft = bản nháp
camp-state-scheduled = đã hẹn giờ
camp-state-sending = đang gửi
camp-state-paused = tạm dừng
camp-state-done = hoàn tất
camp-state-cancelled = đã hủy
camp-btn-pause = ⏸ Tạm dừng
camp-btn-resume = ▶️ Tiếp tục
camp-btn-cancel = ✖ Hủy chiến dịch
camp-paused = ⏸ Đã tạm dừng: không gửi thêm cho đến khi tiếp tục.
camp-resumed = ▶️ Đã tiếp tục.
camp-cancelled = ✖ Đã hủy: không gửi thêm gì nữa.

## Codes and birthdays
camp-redeemed = ✅ Đã dùng mã { $code }.
camp-redeemed-client = 👤 { $name }
camp-redeemed-campaign = 📣 Chiến dịch: { $name }
camp-birthday-set = 🎂 { $name }:
camp-birthday-cleared = 🎂 Đã xóa ngày sinh của { $name }.
camp-birthday-hint = Để chúc mừng sinh nhật khách, hãy viết lời chúc: /promo birthday Chúc mừng sinh nhật! Tặng bạn 10%
camp-card-birthday = 🎂 Sinh nhật:

## Promotion settings
camp-promo-title = 🎯 Cài đặt khuyến mãi
camp-promo-saved = ✅ Đã lưu.
camp-promo-cap = ✋ Tối đa { $cap } khuyến mãi mỗi tuần cho mỗi khách (0: không giới hạn)
camp-promo-paid-on = 💫 Gửi trả phí: bật (tới 1000 tin mỗi giây, trả bằng Stars)
camp-promo-paid-off = 🐢 Gửi trả phí: tắt (tới 30 tin mỗi giây, miễn phí)
camp-promo-paid-explain = 💫 Gửi trả phí cho phép tới 1000 tin mỗi giây thay vì 30; Telegram thu Stars cho mỗi tin vượt giới hạn miễn phí. Chỉ chủ nhóm bật được.
camp-promo-birthday = 🎂 Lời chúc sinh nhật (gửi lúc 10:00 theo giờ của khách):
camp-promo-birthday-off = 🎂 Chúc mừng sinh nhật: tắt
camp-promo-gift-none = 🎁 Quà: không mã
camp-promo-gift-unique = 🎁 Quà: một mã riêng
camp-promo-gift-percent = 🎁 Quà: mã giảm { $percent }% riêng
camp-promo-usage = Thay đổi: /promo cap 2 · /promo birthday Chúc mừng sinh nhật! · /promo birthday off · /promo gift none | unique | 15% · /promo paid on | off
camp-promo-read-only = Chỉ chủ và trưởng nhóm được thay đổi.
camp-btn-paid-on = 💫 Bật gửi trả phí
camp-btn-paid-off = 🐢 Tắt gửi trả phí

## Campaigns: mistakes and refusals
camp-err-role = Chỉ chủ và trưởng nhóm được gửi chiến dịch. Bạn xem được trong /campaigns và dùng mã bằng /redeem.
camp-err-owner = Chỉ chủ nhóm làm được việc này.
camp-err-gone = Chiến dịch đó không còn nữa. Bắt đầu lại: /campaign
camp-err-state = Không có gì thay đổi. Chiến dịch hiện:
camp-err-nobody = “{ $name }” không có khách đăng ký ({ $total } khách phù hợp, không ai đăng ký) nên không có ai để gửi. Mời khách qua /optin hoặc chọn nhóm khác.
camp-err-text-empty = Khuyến mãi cần có nội dung. Viết điều khách sẽ đọc, ví dụ Ưu đãi mùa xuân: giảm 20% mọi món đến Chủ nhật!
camp-err-text-long = Nội dung dài { $length } ký tự; một tin nhắn chứa tối đa { $max }. Hãy rút gọn.
camp-err-caption-long = Có ảnh thì nội dung là chú thích: tối đa { $max } ký tự, còn đây là { $length }. Hãy rút gọn hoặc bỏ ảnh.
camp-err-caption-which = Quá dài để làm chú thích:
camp-err-link = Đó không phải địa chỉ web. Gửi địa chỉ bắt đầu bằng https://, ví dụ https://shop.example/sale Xem ưu đãi
camp-err-label = Nhãn nút quá dài (tối đa { $max } ký tự).
camp-err-code = Mã gồm 3–32 chữ cái Latinh và số (có thể có - và _ ở giữa), ví dụ SPRING25
camp-err-percent = Mức giảm là số nguyên từ 1 đến 90, ví dụ 15
camp-err-followup = Bắt đầu bằng số ngày (1–30), rồi đến nội dung: 3 Cơ hội cuối: ưu đãi kết thúc ngày mai!
camp-err-when = Tôi không đọc được thời gian trong “{ $input }”. Ví dụ ngày mai 10:00, 25.12 09:30, thứ sáu 18:00
camp-err-past = { $when } đã qua rồi. Hãy chọn thời điểm sắp tới, ví dụ ngày mai 10:00
camp-err-client = Không có khách nào khớp “{ $name }”. Kiểm tra bằng /find { $name }
camp-err-clients = Nhiều khách khớp “{ $name }”: { $names }. Hãy gõ tên đầy đủ hơn.
camp-err-redeem-usage = Mã nào? Ví dụ /redeem K7M2QX9A (mã chung thì thêm tên khách: /redeem SPRING25 Nguyễn An)
camp-err-redeem-who = { $code } là mã chung: cho khách nào? Mở thẻ khách trước, hoặc gõ /redeem { $code } Nguyễn An
camp-err-redeemed-before = { $code } đã được dùng lúc { $when } bởi { $member }. Không có gì thay đổi.
camp-err-no-code = Không có mã { $code }. Kiểm tra và gõ đúng như in, ví dụ /redeem K7M2QX9A
camp-err-birthday-usage = Sinh nhật của ai, ngày nào? Ví dụ /birthday 12.05 cho khách đang mở, hoặc /birthday Nguyễn An 12 tháng 5
camp-err-birthday-date = Tôi không đọc được ngày sinh trong “{ $input }”. Ví dụ: /birthday 12.05 · /birthday Nguyễn An 12 tháng 5 1990
camp-err-birthday-who = Khách nào? Mở một khách trước (/find An) hoặc gõ tên: /birthday Nguyễn An 12.05
camp-err-cap = Giới hạn tuần là số từ 0 đến 100 (0: không giới hạn). Ví dụ /promo cap 2
camp-err-paid = Dùng /promo paid on hoặc /promo paid off
camp-err-greeting = Viết lời chúc sau lệnh (tối đa 4096 ký tự): /promo birthday Chúc mừng sinh nhật! 🎂 — hoặc tắt: /promo birthday off
camp-err-gift = Quà sinh nhật là none, unique, hoặc phần trăm từ 1 đến 90: /promo gift 15%
camp-err-promo-args = Tôi không biết cài đặt đó. Ví dụ /promo cap 2 · /promo birthday Chúc mừng sinh nhật! · /promo gift 10% · /promo paid on

## Progress and reports
camp-progress = 📤 Đã gửi { $sent } · lỗi { $failed } · bị chặn { $blocked } · còn { $remaining }
camp-progress-paused = ⏸ Đang tạm dừng
camp-eta-unknown = ⏱ Đang tính thời gian còn lại…
camp-eta-seconds = ⏱ Còn khoảng { $seconds } giây
camp-eta-minutes = ⏱ Còn khoảng { $minutes } phút
camp-eta-hours = ⏱ Còn khoảng { $hours } giờ { $minutes } phút
camp-report-delivered = ✅ Đã nhận: { $n }
camp-report-blocked = 🚫 Đã chặn bot: { $n }
camp-report-failed = ⚠️ Gửi lỗi: { $n }
camp-report-held = ✋ Bị giữ lại do giới hạn tuần: { $n }
camp-report-unconfirmed = ❔ Chưa xác nhận (việc gửi bị gián đoạn): { $n }
camp-report-remaining = 📤 Còn phải gửi: { $n }
camp-report-presses = 👆 Bấm nút: { $n }
camp-report-redeemed = 🎟 Mã đã dùng: { $n }
camp-report-unsubscribes = 👋 Hủy đăng ký: { $n }
