# Thương vụ và phễu bán hàng: /deal, /deals, thẻ thương vụ, các giai đoạn, /stages.

## Menu lệnh và /help
cmd-deal = Thương vụ mới cho khách đang mở
cmd-deals = Thương vụ của tôi theo giai đoạn
cmd-stages = Các giai đoạn của phễu (chủ nhóm)
help-deal = /deal 12000000 VND Thiết kế lại website  ·  /deal 5000 USD Kiểm toán 25.12
help-deals = /deals — của tôi theo giai đoạn, quá hạn và bị bỏ quên  ·  /deals all — của cả nhóm
help-stages = /stages — đổi tên, sắp xếp, thêm và ẩn giai đoạn

## Tạo thương vụ
deal-ask-amount = Thương vụ mới với { $name }: bao nhiêu tiền và về việc gì? VD: 12000000 VND Thiết kế lại website
deal-ask-title = { $amount } cho { $name } — thương vụ tên là gì? VD: Thiết kế lại website
deal-created = ✅ Đã tạo thương vụ: { $title }
deal-hint-close = Bấm 📅 Ngày chốt khi bạn biết khi nào thương vụ sẽ chốt.
deal-hint-past-close = Lưu ý: { $date } đã qua, nên thương vụ hiện là quá hạn.

## Thẻ thương vụ
deal-card-title = 💼 { $title }
deal-card-client = 👤 { $name }
deal-card-amount = 💰 { $amount }
deal-card-stage = 📊 { $stage } · { $probability }% · theo xác suất { $weighted }
deal-card-stage-closed = 📊 { $stage }
deal-card-close = 📅 Dự kiến chốt: { $date }
deal-card-close-overdue = ⏰ Dự kiến chốt: { $date } — quá hạn
deal-card-no-close = 📅 Chưa có ngày chốt dự kiến
deal-card-won = 🏆 Thắng ngày { $when }
deal-card-lost = ❌ Thua ngày { $when }
deal-card-owner = 🧑 Phụ trách: { $owner }
deal-card-source = 📣 Nguồn: { $source }
deal-card-activity = 🕒 Hoạt động gần nhất: { $when }
deal-card-history = Lịch sử:
deal-card-read-only = 👀 Thương vụ của { $owner }: bạn có thể xem nhưng không thể sửa.
deal-event-created = { $when } · { $who }: tạo ở { $to }
deal-event-moved = { $when } · { $who }: { $from } → { $to }
deal-event-reassigned = { $when } · { $who }: bàn giao { $from } → { $to }
deal-event-amount = { $when } · { $who }: số tiền { $from } → { $to }
deal-event-close = { $when } · { $who }: ngày chốt { $from } → { $to }
deal-line = { $title } — { $amount } · { $stage }
deal-client-deals = 💼 Thương vụ:

## Nút
deal-btn-new = ➕ Thương vụ mới
deal-btn-all = 💼 Tất cả thương vụ
deal-btn-close = 📅 Ngày chốt
deal-btn-reassign = 🔁 Bàn giao
deal-btn-as-is = ✅ Giữ số tiền

## Di chuyển trong phễu
deal-moved = ✅ Đã chuyển: { $from } → { $to }
deal-stale = ⚠️ Thương vụ đã thay đổi trong lúc đó — giờ đang ở { $stage }. Chưa chuyển gì; hãy chọn lại:
deal-stage-gone = ⚠️ Giai đoạn đó không còn được dùng. Thương vụ đang ở { $stage }; hãy chọn lại:
deal-ask-lost-reason = Vì sao “{ $title }” thất bại? Chọn một lý do hoặc tự viết.
deal-reason-price = 💸 Giá
deal-reason-competitor = 🥊 Đối thủ
deal-reason-no-budget = 🪙 Không có ngân sách
deal-reason-no-response = 🔇 Không phản hồi
deal-reason-timing = ⏳ Chưa đúng lúc
deal-won-ask = 🏆 Thắng với { $amount }? Nếu số tiền cuối cùng khác, hãy nhập (VD 11500).
deal-won-kept = 🏆 { $title }: thắng với { $amount }.
deal-amount-set = ✅ Đã lưu số tiền.
deal-ask-close = “{ $title }” nên chốt khi nào? VD: 25.12, thứ sáu tới, 2027-01-31 — hoặc - để xóa ngày.
deal-close-set = ✅ Đã lưu ngày chốt dự kiến.
deal-pick-owner = Ai sẽ nhận “{ $title }”?
deal-reassigned = ✅ Đã bàn giao cho { $owner }. Lịch sử vẫn đi cùng thương vụ.
deal-owner-unchanged = ⚠️ Không có gì thay đổi: người đó không còn trong nhóm, hoặc thương vụ đã thay đổi trong lúc đó (giờ ở { $stage }).

## /deals
deals-title = 💼 Thương vụ của tôi
deals-title-all = 💼 Thương vụ của nhóm
deals-stage = 📊 { $stage } ({ $count })
deals-overdue = ⏰ Quá hạn ({ $count })
deals-stale = 💤 Không hoạt động { $days }+ ngày ({ $count })
deals-more = …và { $count } thương vụ khác
deals-none = Chưa có thương vụ đang mở. Mở một khách hàng và gửi, VD: /deal 12000000 VND Thiết kế lại website
deals-of-client = 💼 Thương vụ của { $name }:

## /stages
stages-title = Các giai đoạn của phễu (tên bằng { $lang ->
    [ru] tiếng Nga
    [es] tiếng Tây Ban Nha
    [hi] tiếng Hindi
    [vi] tiếng Việt
    [fa] tiếng Ba Tư
    [ta] tiếng Tamil
   *[en] tiếng Anh
}):
stages-line = { $n }. { $name } · { $kind ->
    [won] 🏆
    [lost] ❌
   *[open] { $probability }%
}{ $hidden ->
    [yes] {" "}· đã ẩn
   *[no] {""}
}
stages-hint = Bấm vào tên để đổi tên giai đoạn bằng ngôn ngữ của bạn (các ngôn ngữ khác giữ tên riêng; đổi ngôn ngữ bằng /lang). ↑↓ để sắp xếp, 🙈 ẩn giai đoạn khỏi các nút.
stages-btn-add = ➕ Thêm giai đoạn
stages-btn-hide = 🙈 Ẩn
stages-btn-show = 👁 Hiện
stages-ask-rename = Tên mới cho “{ $name }”? Có thể thêm xác suất: Demo 40%
stages-ask-new = Tên giai đoạn mới? Có thể thêm xác suất: Demo 40%
stages-saved = ✅ Đã lưu.

## Lỗi
deal-err-no-client = Khách hàng nào? Hãy mở khách hàng trước (/find Lan), rồi: /deal 12000000 VND Thiết kế lại website
deal-err-amount = Mình không đọc được số tiền. VD: /deal 12000000 VND Thiết kế lại website
deal-err-no-currency = Loại tiền nào? VD: 12000000 VND, 500000đ, $99.99
deal-err-negative = Số tiền không thể âm. VD: 12000000 VND
deal-err-zero = Số tiền phải lớn hơn 0. VD: 12000000 VND
deal-err-too-large = Số tiền này quá lớn để là thật. VD: 12000000 VND
deal-err-currency = Mình không biết loại tiền “{ $code }”. Hãy dùng mã như VND, USD, EUR hoặc ký hiệu như ₫, $, €.
deal-err-decimals = { $code } { $max ->
    [0] không có phần thập phân
   *[other] chỉ có { $max } chữ số thập phân
}. VD: 12000 { $code }
deal-err-other-currency = Thương vụ này tính bằng { $code }. Hãy nhập số tiền bằng { $code }, VD 11500
deal-err-title = Thương vụ tên là gì? VD: Thiết kế lại website
deal-err-title-long = Tên quá dài ({ $length } ký tự; tối đa { $max }).
deal-err-close = Mình không tìm thấy ngày. VD: 25.12, thứ sáu tới, 2027-01-31 — hoặc - để xóa.
deal-err-note-empty = Hãy gửi nội dung ghi chú.
deal-err-gone = Mình không tìm thấy thương vụ đó nữa. Xem /deals
deal-err-read-only = “{ $title }” là thương vụ của { $owner }: bạn có thể xem nhưng không thể sửa. Hãy hỏi { $owner } hoặc trưởng nhóm.
deal-err-no-stage = Phễu không có giai đoạn đang mở nào. Chủ nhóm có thể thêm: /stages
deal-err-no-colleague = Trong nhóm không còn ai khác để bàn giao. Hãy mời đồng nghiệp trước.
deal-err-deals-args = Gửi /deals để xem của bạn, hoặc /deals all để xem của cả nhóm.
stages-err-taken = Đã có giai đoạn tên “{ $name }”. Hãy chọn tên khác.
stages-err-last = ⚠️ Đây là giai đoạn hiển thị cuối cùng thuộc loại này: phải còn ít nhất một giai đoạn mở, một thắng và một thua.
stages-err-name = Hãy gửi tên giai đoạn, VD: Demo
stages-err-long = Tên quá dài ({ $length } ký tự; tối đa { $max }).
stages-err-probability = Xác suất là phần trăm từ 0 đến 100, VD: Demo 40%
stages-err-too-many = Phễu có tối đa { $max } giai đoạn.
