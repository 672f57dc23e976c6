# Nhật ký hoạt động: /audit (chỉ chủ nhóm). Mỗi dòng: "khi nào · ai: làm gì — với cái gì"; tên lấy từ bản ghi
# hiện tại, nên bản ghi đã xoá hiện là "khách hàng đã xoá #12".
# $role là mã vai trò (owner, lead, manager): các câu bên dưới đổi nó thành chữ.

## Menu lệnh và /help
cmd-audit = Nhật ký nhóm: ai đổi gì, lúc nào
help-audit = /audit  ·  /audit @Lan  ·  /audit giao dịch tuần  ·  /audit 01.11..30.11  ·  /audit keep 365

## Trang
audit-title = 📜 Nhật ký nhóm, mới nhất trước
audit-group = { $group ->
    [clients] khách hàng
    [activities] ghi chú, cuộc họp, cuộc gọi, nhắc việc
    [deals] giao dịch
    [team] nhóm và lời mời
    [settings] cài đặt
    [campaigns] chiến dịch
   *[customers] người mua
}
audit-empty = Chưa có gì được ghi. Thay đổi về khách hàng, giao dịch và nhóm sẽ hiện ở đây.
audit-empty-filter = Không có gì khớp bộ lọc này.
audit-hint = Lọc: /audit @Lan · /audit giao dịch · /audit tuần · /audit 01.11..30.11 · Thời gian lưu: /audit keep
audit-btn-older = ◀ Cũ hơn
audit-btn-newer = Mới hơn ▶
audit-when = { $when }
audit-when-dated = { $date }, { $time }
audit-who-customer = Một khách hàng
audit-gone = { $kind ->
    [client] khách hàng đã xoá
    [deal] giao dịch đã xoá
    [campaign] chiến dịch đã xoá
   *[member] cựu thành viên
} #{ $id }
audit-campaign-unnamed = chiến dịch #{ $id }
audit-other = đã thay đổi

## Chuyện gì đã xảy ra
audit-client-added = đã thêm khách hàng
audit-client-edited = đã sửa thông tin khách hàng
audit-client-assigned = đã giao khách hàng cho { $to }
audit-activity = { $kind ->
    [meeting] đã ghi cuộc họp
    [call] đã ghi cuộc gọi
    [message] đã nhắn cho khách
   *[note] đã thêm ghi chú
}
audit-outcome = đã ghi kết quả
audit-reminder = { $change ->
    [set] đã đặt nhắc việc
    [done] đã xong nhắc việc
   *[moved] đã dời nhắc việc
}
audit-deal-created = đã tạo giao dịch, { $amount }
audit-deal-moved = đã chuyển giao dịch: { $from } → { $to }
audit-deal-won = 🏆 đã chốt thành công: { $from } → { $to }
audit-deal-lost = ❌ đã đánh dấu thất bại: { $from } → { $to }
audit-deal-edited = đã đổi { $field ->
    [amount] giá trị giao dịch
   *[close] ngày dự kiến chốt
}
audit-deal-assigned = đã giao giao dịch cho { $to }
audit-member-joined = đã vào nhóm với vai trò { $role ->
    [owner] chủ nhóm
    [lead] trưởng nhóm
   *[manager] nhân viên kinh doanh
}
audit-member-removed = đã xoá một thành viên; việc của họ chuyển cho { $to }
audit-role-changed = đã đổi vai trò thành viên thành { $role ->
    [owner] chủ nhóm
    [lead] trưởng nhóm
   *[manager] nhân viên kinh doanh
}
audit-invite-created = đã mời với vai trò { $role ->
    [owner] chủ nhóm
    [lead] trưởng nhóm
   *[manager] nhân viên kinh doanh
}
audit-invite-withdrawn = đã thu hồi lời mời
audit-team-settings = đã đổi { $what ->
    [name] tên nhóm
    [shared] chế độ dữ liệu chung
   *[stale] số ngày "không động tĩnh"
}
audit-stages = đã đổi các giai đoạn bán hàng
audit-target = đã đổi chỉ tiêu doanh thu
audit-source-cost = đã ghi chi phí nguồn khách
audit-promo-settings = đã đổi cài đặt khuyến mãi
audit-keep-changed = đã đặt lưu nhật ký { $days } ngày
audit-campaign = { $change ->
    [created] đã bắt đầu bản nháp chiến dịch
    [started] đã gửi chiến dịch
    [scheduled] đã hẹn giờ chiến dịch
    [paused] đã tạm dừng chiến dịch
    [resumed] đã tiếp tục chiến dịch
    [cancelled] đã huỷ chiến dịch
   *[deleted] đã xoá bản nháp chiến dịch
}
audit-segment = đã lưu một phân khúc
audit-code = đã dùng mã khuyến mãi
audit-customer-erased = đã xoá dữ liệu của mình theo yêu cầu
audit-consent = { $change ->
    [in] đồng ý nhận khuyến mãi
    [stop] ngừng nhận khuyến mãi
   *[resume] đăng ký nhận khuyến mãi lại
}

## Thời gian lưu và lỗi
audit-keep-now = Nhật ký lưu sự kiện trong { $days } ngày. Đổi: /audit keep 90
audit-keep-set = ✅ Từ giờ nhật ký lưu sự kiện { $days } ngày. Sự kiện cũ hơn sẽ bị xoá trong vòng một giờ.
audit-err-keep = "{ $input }" không phải số ngày hợp lệ. Có thể lưu nhật ký từ { $min } đến { $max } ngày, ví dụ /audit keep 365
audit-err-filter = Không lọc được theo "{ $input }". Thử: /audit @Lan · /audit khách hàng, giao dịch, ghi chú, nhóm, cài đặt, chiến dịch hoặc đã xoá · /audit tuần · /audit 01.11..30.11
audit-err-stale = Trang nhật ký này đã cũ. Gửi lại /audit nhé.
