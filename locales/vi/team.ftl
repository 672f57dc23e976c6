# Nhóm: lời mời, /team, vai trò, xoá thành viên, đổi nhóm, chuyển khách hàng.
# $role luôn là mã vai trò: owner, lead hoặc manager (role-name đổi nó thành chữ).

## Menu lệnh và /help
cmd-invite = Mời đồng nghiệp
cmd-invites = Lời mời đang mở
cmd-team = Thành viên và cài đặt nhóm
cmd-teams = Nhóm của tôi, đổi nhóm
cmd-assign = Chuyển khách hàng cho đồng nghiệp
help-invite = /invite — nhân viên kinh doanh  ·  /invite lead — trưởng nhóm
help-invites = /invites — các liên kết đang mở, thu hồi một liên kết
help-team = /team  ·  /team name Acme Sales  ·  /team stale 14  ·  /team shared off
help-teams = /teams — chuyển sang làm việc ở nhóm khác
help-assign = /assign — khách hàng đang mở được chuyển cho người khác

## Vai trò bằng chữ
role-name = { $role ->
    [owner] chủ nhóm
    [lead] trưởng nhóm
   *[manager] nhân viên kinh doanh
}

## Lời mời
invite-created = ✉️ Lời mời vào { $team } với vai trò { role-name }, có hiệu lực đến { $until }.
invite-link = Gửi liên kết này cho đồng nghiệp: { $link }
invite-raw = Hoặc họ gửi cho mình: /start { $code }
invite-once = Liên kết chỉ dùng được một lần. Thu hồi: /invites
invites-title = ✉️ Lời mời đang mở: { $count }
invites-line = { $n }. { role-name } · đến { $until } · { $link }
invites-none = Không có lời mời nào đang mở. Tạo mới: /invite hoặc /invite lead
invite-revoked = ✅ Đã thu hồi lời mời: liên kết đó không còn dùng được.
btn-revoke = ✖️ Thu hồi { $n }
err-invite-role = Mình chỉ mời được nhân viên kinh doanh hoặc trưởng nhóm, không phải “{ $input }”. Ví dụ: /invite hoặc /invite lead
err-invite-limit = Bạn đã có { $max } lời mời đang mở. Hãy thu hồi bớt trước: /invites
err-invite-gone = Lời mời đó không còn mở nữa. Xem /invites

## Tham gia nhóm
join-welcome = 🎉 Chào mừng bạn đến với { $team }! Vai trò của bạn: { role-name }.
join-what = { $role ->
    [lead] Bạn xem và sửa được mọi khách hàng và thương vụ của nhóm, và nhận bản tóm tắt hằng ngày.
   *[manager] { $shared ->
        [yes] Bạn phụ trách khách hàng và thương vụ của mình, và xem được khách hàng của nhóm (chỉ đọc).
       *[no] Bạn phụ trách khách hàng và thương vụ của mình.
    }
}
join-next = Thêm khách hàng đầu tiên: /add Nguyễn Văn An +84 912 345 678 · nhóm của bạn: /teams · tất cả: /help
join-settings = Múi giờ của bạn: { $zone }. Đổi múi giờ bằng /tz, ngôn ngữ bằng /lang.
join-unknown = Liên kết mời này không dùng được. Hãy kiểm tra đã sao chép đủ chưa, hoặc xin chủ nhóm liên kết mới.
join-expired = ⌛ Lời mời này đã hết hạn. Hãy xin chủ nhóm liên kết mới.
join-used = Lời mời này đã được dùng rồi — mỗi liên kết chỉ dùng được một lần. Hãy xin chủ nhóm liên kết mới.
join-revoked = Chủ nhóm đã thu hồi lời mời này. Hãy xin họ liên kết mới.
join-already = Bạn đã ở trong { $team } rồi. Để làm việc ở đó: /teams
join-owner = Bạn là chủ một nhóm đang có thành viên khác nên không thể chuyển sang nhóm khác. Hãy xoá họ trước (/team), hoặc nhờ mời một tài khoản khác.

## /team
team-title = 👥 { $team } — { $count } thành viên
team-line = • { $name }{ $you ->
    [yes] {" "}(bạn)
   *[no] {""}
} — { role-name } · { $clients ->
    [0] chưa có khách hàng
   *[other] { $clients } khách hàng
}
team-settings = ⚙️ Dữ liệu chung: { $shared ->
    [yes] bật (nhân viên xem được khách hàng của nhóm, chỉ đọc)
   *[no] tắt (nhân viên chỉ xem khách hàng của mình)
} · coi là lâu không hoạt động sau { $days } ngày
team-owner-hint = Thay đổi: /team name Acme Sales · /team stale 14 · mời: /invite
btn-make-lead = ⬆️ { $name }: làm trưởng nhóm
btn-make-manager = ⬇️ { $name }: làm nhân viên
btn-remove = ✖️ Xoá { $name }
btn-shared-on = 👁 Bật dữ liệu chung
btn-shared-off = 🔒 Tắt dữ liệu chung
team-role-set = ✅ { $name } giờ là { role-name }.
team-remove-ask = Xoá { $name } khỏi nhóm? Quyền truy cập sẽ kết thúc ngay. Ai sẽ nhận { $clients ->
    [0] các thương vụ
   *[other] { $clients } khách hàng và các thương vụ
} của họ?
btn-heir = ➡️ { $name }
team-removed = ✅ { $name } không còn trong nhóm.
team-handed-over = { $heir } đã nhận { $clients } khách hàng và { $deals } thương vụ; lịch sử vẫn giữ nguyên.
team-reminders-cancelled = { $count ->
    [0] {""}
   *[other] Đã huỷ { $count } lời nhắc của họ.
}
team-renamed = ✅ Nhóm giờ có tên { $team }.
team-stale-set = ✅ Thương vụ hoặc khách hàng sẽ bị coi là lâu không hoạt động sau { $days } ngày không có hoạt động.
team-shared-set = { $on ->
    [yes] ✅ Đã bật dữ liệu chung: nhân viên xem được khách hàng của nhóm (chỉ đọc).
   *[no] 🔒 Đã tắt dữ liệu chung: nhân viên chỉ xem khách hàng của mình.
}
err-member-gone = Người này không (còn) ở trong nhóm của bạn. Xem /team
err-owner-fixed = Không thể đổi vai trò của chủ nhóm, cũng không thể xoá chủ nhóm.
err-heir-gone = Hãy chọn người vẫn còn trong nhóm: /team
err-team-args = Mình hiểu: /team · /team name Acme Sales · /team stale 14 · /team shared on (hoặc off)
err-team-name = Gửi tên mới, ví dụ /team name Acme Sales (tối đa { $max } ký tự).
err-stale-days = Gửi số ngày từ 1 đến 365, ví dụ /team stale 14
err-team-shared = Gửi /team shared on hoặc /team shared off — hoặc bấm nút dưới /team.

## /teams
teams-title = 👥 Các nhóm của bạn:
teams-line = { $current ->
    [yes] ▶️
   *[no] •
} { $team } — { role-name } · { $members } thành viên
teams-none = Bạn chưa ở trong nhóm nào. Gửi /start để tạo nhóm của riêng bạn, hoặc mở liên kết mời từ chủ một nhóm.
btn-switch = ↪️ Làm việc ở { $team }
team-switched = ✅ Giờ bạn làm việc ở { $team } ({ role-name }).
err-team-gone = Bạn không (còn) ở trong nhóm đó. Xem /teams

## Chuyển khách hàng
btn-assign = 👥 Chuyển giao
btn-assign-to = ➡️ { $name }
assign-pick = Từ giờ ai sẽ phụ trách { $name }? Hiện tại: { $owner }.
assign-done = ✅ { $name } giờ là khách hàng của { $owner }. Lịch sử vẫn giữ nguyên.
err-assign-focus = Hãy mở khách hàng trước (/find An), rồi gửi /assign — hoặc bấm 👥 Chuyển giao trên thẻ.
err-assign-alone = Nhóm chưa có ai khác. Mời đồng nghiệp: /invite

## Notices to other members
team-joined-notice = 👋 { $name } đã tham gia nhóm của bạn với vai trò { role-name }.
team-removed-notice = Bạn không còn trong nhóm { $team }: khách hàng và giao dịch của nhóm không còn mở cho bạn. { $others ->
    [0] Hiện bạn không ở nhóm nào: gửi /start để tạo nhóm riêng, hoặc mở một liên kết mời.
   *[other] Các nhóm khác của bạn vẫn còn — /teams.
}
