# Khách hàng: những gì khách hàng thấy, và lệnh của nhóm về khách hàng.

promo-code = Mã của bạn: { $code }
promo-code-percent = Giảm giá riêng cho bạn: { $percent }% với mã { $code }
promo-open-link = Mở
promo-unsubscribe = Hủy đăng ký

## /optin — phía nhóm
cmd-optin = Liên kết và mã QR đăng ký cho khách
help-optin = /optin — liên kết và mã QR của nhóm cho khách  ·  /optin Lan — liên kết riêng cho một khách
cust-optin-team = 📣 Khách đăng ký nhận ưu đãi của { $team } bằng liên kết này (mã QR phía trên cũng là liên kết này):
cust-optin-team-how = In mã QR hoặc gửi liên kết. Khách thấy ai đang nhắn và đồng ý bằng một chạm; họ nhận tối đa { $cap } tin khuyến mãi mỗi tuần và có thể dừng bất cứ lúc nào.
cust-optin-personal = 🔗 Liên kết riêng cho { $name }:
cust-optin-personal-how = Gửi cho { $name }: khi họ đồng ý, đăng ký sẽ gắn vào thẻ của họ.
cust-optin-pick = Có { $count } khách khớp. Liên kết riêng cho ai?
cust-optin-none = Không có khách nào của bạn khớp với “{ $query }”. Ví dụ: /optin Lan
cust-optin-subscribed = { $name } đã đăng ký rồi.
cust-optin-renew-ask = Tạo liên kết mới cho nhóm? Liên kết cũ và các mã QR đã in sẽ ngừng hoạt động ngay.
cust-optin-renewed = ✅ Đã tạo liên kết mới; liên kết cũ không còn dùng được.
cust-optin-own-team = Đây là liên kết của { $team } dành cho khách: nó đăng ký nhận khuyến mãi của nhóm. Bạn ở trong nhóm nên không có gì thay đổi.
cust-btn-personal = 🔗 Liên kết riêng: { $name }
cust-btn-renew = ♻️ Liên kết nhóm mới
cust-btn-renew-yes = Có, tạo liên kết mới

## Khi mở liên kết
cust-offer = 👋 { $team } muốn gửi cho bạn khuyến mãi và ưu đãi riêng ngay tại Telegram.
cust-offer-terms = • Tối đa { $cap } tin mỗi tuần.
    • Dừng bất cứ lúc nào: chạm "Hủy đăng ký" dưới bất kỳ tin nào, hoặc gửi /stop.
    • /mydata cho xem { $team } lưu gì về bạn; /forget sẽ xóa hết.
cust-btn-agree = ✅ Tôi đồng ý
cust-subscribed = ✅ Xong! Bạn sẽ nhận ưu đãi của { $team } tại đây, tối đa { $cap } tin mỗi tuần. /stop bất cứ lúc nào.
cust-share-ask = Muốn { $team } nhận ra bạn? Chia sẻ số điện thoại bằng nút bên dưới (không bắt buộc).
cust-already-subscribed = Bạn đã đăng ký nhận ưu đãi của { $team } rồi.
cust-link-unknown = Liên kết này không dùng được (có thể đã được thay). Hãy xin liên kết mới. Chưa lưu gì cả.
cust-link-taken = Liên kết riêng này dành cho người khác. Hãy xin liên kết của bạn. Chưa lưu gì cả.
cust-notice-subscribed = 🔔 { $how ->
    [personal] Đăng ký qua liên kết riêng của bạn:
    [resume] Đăng ký lại:
   *[team] Người đăng ký mới (liên kết nhóm):
}

## Số điện thoại của khách
cust-contact-not-own = Tôi chỉ nhận số của chính bạn: hãy chạm nút bên dưới. Chưa lưu gì cả.
cust-contact-bad = Không đọc được số điện thoại đó. Chưa lưu gì cả.
cust-contact-saved = ✅ Cảm ơn! { $team } đã có số của bạn.
cust-contact-matched = ✅ Cảm ơn! { $team } đã nhận ra bạn.
cust-notice-phone = 📞 Người đăng ký của bạn đã chia sẻ số: { $phone }
cust-notice-matched = 📞 Một người đăng ký đã chia sẻ số { $phone }: đó là khách này của bạn, nay đã liên kết.

## Khách có thể làm gì
cust-cmd-stop = Dừng nhận khuyến mãi
cust-cmd-start = Đăng ký lại
cust-cmd-lang = Ngôn ngữ
cust-cmd-mydata = Thông tin lưu về tôi
cust-cmd-forget = Xóa dữ liệu của tôi
cust-help-stop = /stop — không nhận khuyến mãi nữa
cust-help-start = /start — nhận lại
cust-help-lang = /lang — chọn ngôn ngữ
cust-help-mydata = /mydata — xem nhóm lưu gì về bạn
cust-help-forget = /forget — xóa hết
cust-help = Bạn có thể:
cust-text-only = Chỉ tin nhắn văn bản mới đến được nhóm. Vui lòng viết bằng chữ.
cust-message-sent = ✉️ Đã gửi đến { $team }.
cust-cancelled = OK, không có gì thay đổi.
cust-stale-button = Nút này không còn dùng được. Bạn có thể dùng: /stop, /start, /lang, /mydata, /forget.
cust-nothing-stored = Không có gì được lưu về bạn.
cust-preview-button = Đây là bản xem trước: nút hoạt động trong tin nhắn của khách.
cust-link-here = Liên kết của { $team } đây:

cust-stop-none = Bạn chưa đăng ký nhận khuyến mãi nào.
cust-stop-which = Dừng khuyến mãi từ nhóm nào?
cust-stopped = ✅ Bạn sẽ không nhận khuyến mãi từ { $team } nữa.
cust-stopped-all = ✅ Đã dừng khuyến mãi ({ $count } nhóm).
cust-btn-stop = Dừng khuyến mãi
cust-btn-stop-all = Tất cả
cust-btn-resume = Đăng ký lại
cust-start-subscribed = Bạn đang đăng ký: { $teams }. /stop để dừng.
cust-start-which = Đăng ký lại nhóm nào?
cust-resumed = ✅ Đã đăng ký lại { $team }: tối đa { $cap } tin mỗi tuần. /stop bất cứ lúc nào.
cust-lang-pick = Chọn ngôn ngữ:
cust-lang-set = ✅ Ngôn ngữ: Tiếng Việt.
cust-lang-bad = Tôi không biết ngôn ngữ đó. Hãy chọn một trong: { $langs } (ví dụ /lang vi).

cust-forget-ask = Xóa mọi thứ { $team } lưu về bạn? Khuyến mãi cũng sẽ dừng. Không thể hoàn tác.
cust-forget-which = Xóa dữ liệu của bạn ở nhóm nào?
cust-btn-forget = Có, xóa
cust-btn-forget-all = Mọi nhóm
cust-btn-cancel = Hủy
cust-forgotten = ✅ Xong: { $team } không còn lưu gì về bạn. Chỉ còn một ghi chú để không nhắn cho bạn.
cust-forgotten-all = ✅ Xong: { $count } nhóm không còn lưu gì về bạn. Chỉ còn một ghi chú để không nhắn cho bạn.

## /mydata
cust-mydata-title = 📋 { $team } lưu về bạn:
cust-mydata-lang = 🌐 Ngôn ngữ: { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}
cust-mydata-state = 📣 Khuyến mãi: { $state ->
    [subscribed] đã đăng ký
    [stopped] đã dừng
    [blocked] đã dừng (bạn đã chặn bot)
   *[none] chưa đăng ký
} từ { $since }
cust-mydata-consents = Lịch sử đồng ý của bạn ({ $count }):
cust-mydata-consent = • { $at }: { $action ->
    [optin] đã đồng ý
    [stop] đã dừng
    [resume] đăng ký lại
    [block] đã chặn bot
   *[forget] đã xóa dữ liệu
} (văn bản { $version })
cust-mydata-promos = Khuyến mãi đã nhận ({ $count }):
cust-mydata-promo = • { $at }: { $kind ->
    [birthday] lời chúc sinh nhật
    [followup] nhắc lại
   *[promo] khuyến mãi
}
cust-mydata-code = , mã { $code }
cust-mydata-redeemed = 🎟 Mã { $code } đã dùng lúc { $at }
cust-mydata-forget = /forget xóa tất cả những điều này.

## Tin nhắn giữa khách và nhóm
cust-inbound = 💬 { $name } (khách của { $team }) viết:
cust-btn-reply = ↩️ Trả lời
cust-btn-card = Mở thẻ
cust-reply-ask = Viết câu trả lời cho { $name }; tin sẽ gửi dưới tên nhóm. /cancel để dừng.
cust-reply-sent = ✅ Đã gửi cho { $name }.
cust-reply-gone = Không thể liên lạc với { $name } qua bot (chưa đăng ký qua Telegram hoặc đã yêu cầu xóa dữ liệu). Chưa gửi gì.
cust-from-team = 💬 { $team }:
cust-line-in = ⬅️ { $when } { $summary }
cust-line-out = ➡️ { $when } { $summary }

## Thẻ khách hàng
cust-card-subscribed = 📣 Đăng ký khuyến mãi từ { $since }
cust-card-stopped = 🔕 Đã dừng khuyến mãi ngày { $since }
cust-card-blocked = 🚫 Đã chặn bot ngày { $since }
