# Delivery: what the sender of a campaign is told while and after it goes out.

dlv-finished = 🏁 Рассылка завершена
dlv-photo-refused = ⏸ Telegram не принял фото этой рассылки, поэтому отправка на паузе: больше никто не получит сломанное сообщение. Замените или уберите фото и возобновите рассылку.
