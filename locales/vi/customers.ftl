# Khách hàng: những gì khách hàng thấy, và các lệnh của nhóm về khách hàng.

promo-code = Mã của bạn: { $code }
promo-code-percent = Ưu đãi riêng của bạn: { $percent }% với mã { $code }
promo-open-link = Mở
promo-unsubscribe = Hủy đăng ký
