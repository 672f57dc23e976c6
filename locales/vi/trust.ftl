# A chat writing faster than it can be answered; the database out of reach.

flood-shed = ✋ Nhiều tin nhắn cùng lúc quá — tôi trả lời lần lượt và bỏ qua phần còn lại. Tin nào tôi bỏ sót, lát nữa bạn gửi lại nhé.
storage-down = ⏳ Hiện tôi không kết nối được kho dữ liệu. Tôi sẽ trả lời ngay khi kết nối lại.
storage-gave-up = ⚠️ Kho dữ liệu vẫn chưa kết nối được nên nội dung này chưa được lưu: vui lòng gửi lại sau vài phút.
