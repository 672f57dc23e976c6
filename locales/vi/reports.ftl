# Số liệu theo yêu cầu: /pipeline, /stats, /when, /target, /source, /sources.

## Menu lệnh và /help
cmd-pipeline = Phễu bán hàng: giai đoạn, dự báo, tỷ lệ thắng
cmd-stats = Cuộc gặp: đã gặp, gặp lại, đã hẹn
cmd-when = Cuộc gặp tới và gần nhất của tôi với khách
cmd-target = Chỉ tiêu doanh thu và tiến độ
cmd-source = Nguồn của khách hàng, chi phí nguồn
cmd-sources = Nguồn khách nào có lãi
help-pipeline = /pipeline  ·  /pipeline quý  ·  /pipeline 01.10..31.12 @Lan
help-stats = /stats — tuần trước  ·  /stats tháng này  ·  /stats tháng sau @Lan
help-when = /when Nguyễn — cuộc gặp và cuộc gọi tới và gần nhất của tôi với anh ấy
help-target = /target 500000000 VND tháng  ·  /target 1500000000 VND quý @Lan  ·  /target
help-source = /source Banner (khách đang mở)  ·  /source cost Banner 5000000 VND 2026-11
help-sources = /sources  ·  /sources quý

## Kỳ và người
rep-period-month = tháng { $month } năm { $year }
rep-period-quarter = quý { $quarter } năm { $year }
rep-period-range = { $from } – { $to }
rep-who-team = Nhóm

## Nút
rep-btn-week = Tuần
rep-btn-month = Tháng
rep-btn-quarter = Quý
rep-btn-last-week = Tuần trước
rep-btn-this-week = Tuần này
rep-btn-last-month = Tháng trước
rep-btn-this-month = Tháng này
rep-btn-next-month = Tháng sau
rep-btn-open-client = Mở { $name }

## /pipeline
rep-pipe-title = 📊 Phễu bán hàng
rep-pipe-open = Thương vụ đang mở:
rep-pipe-empty = Chưa có thương vụ nào đang mở.
rep-pipe-stage = { $number }. { $name } — { $count ->
    [0] không có thương vụ
   *[other] { $count } thương vụ · { $sum }
}
rep-pipe-weighted = { "   " }theo xác suất { $sum }
rep-pipe-moved = { "   " }đi tiếp: { $forward }/{ $left } ({ $percent }%)
rep-pipe-forecast = Dự báo theo xác suất: { $sum }
rep-pipe-flow = { $new } mới · { $won } thắng · { $lost } thua
rep-pipe-won = Đã thắng: { $sum }
rep-pipe-win-rate = Tỷ lệ thắng: { $percent }% ({ $won }/{ $closed })
rep-pipe-no-closed = Kỳ này chưa có thương vụ nào thắng hay thua.
rep-pipe-days = Thời gian trung bình đến khi thắng: { $days } ngày

## Chỉ tiêu
rep-target-progress = { $won } / { $target } — { $percent }%
rep-target-set-team = ✅ Chỉ tiêu của nhóm: { $amount }
rep-target-set-member = ✅ Chỉ tiêu của { $name }: { $amount }
rep-target-removed = 🗑 Đã xóa chỉ tiêu bằng { $currency }:
rep-targets-title = 🎯 Chỉ tiêu tháng và quý này
rep-targets-none = Chưa có chỉ tiêu. Đặt một chỉ tiêu: /target 500000000 VND tháng

## /stats và /when
rep-stats-title = 📅 Cuộc gặp
rep-stats-held = Đã gặp: { $held }
rep-stats-outcomes = → bước tiếp theo: { $next } · → thắng: { $won }
rep-stats-booked = Đã hẹn gặp lại: { $count }
rep-stats-planned = { $count ->
    [0] chưa hẹn cuộc gặp nào
   *[other] đã hẹn { $count } cuộc gặp
}
rep-when-title = 🗓 { $name }
rep-when-next-meeting = ⏭ Cuộc gặp tới: { $when }
rep-when-last-meeting = ⏮ Cuộc gặp gần nhất: { $when }
rep-when-next-call = 📞 Cuộc gọi tới: { $when }
rep-when-last-call = 📞 Cuộc gọi gần nhất: { $when }
rep-when-no-next-meeting = ⏭ Chưa hẹn cuộc gặp nào.
rep-when-no-last-meeting = ⏮ Chưa gặp lần nào.
rep-when-no-next-call = 📞 Chưa hẹn cuộc gọi nào.
rep-when-no-last-call = 📞 Chưa gọi lần nào.
rep-when-pick = Có { $count } khách khớp với “{ $query }”. Khách nào?

## Nguồn khách
rep-source-is = { $name }: nguồn “{ $source }”. Đổi: /source Banner
rep-source-unset = { $name } chưa có nguồn. Đặt nguồn: /source Banner
rep-source-set = ✅ { $name }: nguồn “{ $source }”
rep-source-cleared = ✅ { $name }: đã bỏ nguồn
rep-source-none = (không có nguồn)
rep-cost-set = ✅ Chi phí { $source }: { $amount }
rep-sources-title = 📣 Nguồn khách hàng
rep-sources-empty = Kỳ này không có gì: không có khách mới, thương vụ hay chi phí.
rep-sources-return = lợi nhuận { $return }
rep-sources-return-roi = lợi nhuận { $return } (ROI { $roi }%)
rep-sources-detail = { "   " }thắng { $won } ({ $won_deals }) · chi phí { $cost } · khách mới { $clients } · thương vụ { $deals }
rep-sources-quiet = Chưa có doanh thu hay chi phí:
rep-sources-counts = khách mới { $clients } · thương vụ { $deals }

## Nhập sai
rep-err-period = Tôi không hiểu kỳ “{ $input }”. Thử: tuần, tháng, quý, tháng trước, 2026-11, Q4 2026 hoặc 01.10..31.12
rep-err-date = “{ $input }” không phải là ngày. Ví dụ: /pipeline 01.10..31.12
rep-err-range-reversed = Kỳ kết thúc trước khi bắt đầu. Ví dụ: /pipeline 01.10..31.12
rep-err-range-long = Kỳ quá dài: tối đa { $days } ngày.
rep-err-nobody = Nhóm của bạn không có ai tên “{ $name }”. Xem /team.
rep-err-several-members = Nhiều người khớp với “{ $name }”: { $names }. Hãy gõ tên đầy đủ hơn.
rep-err-own-only = Bạn xem được số liệu của mình; số liệu cả nhóm dành cho chủ nhóm và trưởng nhóm.
rep-err-amount = Tôi không đọc được số tiền trong “{ $input }”. Ví dụ: /target 500000000 VND tháng
rep-err-no-currency = Đơn vị tiền nào? Ví dụ: /target 500000000 VND tháng
rep-err-currency = “{ $code }” không phải đơn vị tiền tôi biết. Dùng mã như VND, USD hoặc EUR.
rep-err-negative = Số tiền phải là số dương.
rep-err-too-large = Số tiền này quá lớn để là thật.
rep-err-decimals = { $currency } { $max ->
    [0] không có số lẻ
   *[other] có { $max } chữ số thập phân
}.
rep-err-target-period = Chỉ tiêu đặt cho một tháng hoặc một quý. Ví dụ: /target 500000000 VND quý
rep-err-target-past = Kỳ đó đã qua: hãy đặt chỉ tiêu cho tháng hoặc quý này hay sau này.
rep-err-when-empty = Với ai? Ví dụ: /when Nguyễn
rep-err-when-none = Không có khách nào khớp với “{ $query }”.
rep-err-source-no-focus = Hãy mở một khách trước (/find), rồi: /source Banner
rep-err-source-long = Tên nguồn tối đa { $max } ký tự (tên này có { $length }).
rep-err-cost-usage = Ghi nguồn, số tiền và tháng. Ví dụ: /source cost Banner 5000000 VND 2026-11
rep-err-cost-month = Chi phí tính theo tháng. Ví dụ: /source cost Banner 5000000 VND 2026-11
