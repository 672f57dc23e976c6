# Delivery: what the sender of a campaign is told while and after it goes out.

dlv-finished = 🏁 Đã gửi xong chiến dịch
dlv-photo-refused = ⏸ Telegram từ chối ảnh của chiến dịch này nên việc gửi đang tạm dừng: không ai nhận thêm tin nhắn lỗi. Hãy đổi hoặc bỏ ảnh rồi tiếp tục chiến dịch.
