# Delivery: what the sender of a campaign is told while and after it goes out.

dlv-finished = 🏁 کمپین ارسال شد
dlv-photo-refused = ⏸ تلگرام عکس این کمپین را نپذیرفت، پس ارسال متوقف شد: پیام خراب به کس دیگری نمی‌رسد. عکس را عوض یا حذف کنید و کمپین را ادامه دهید.
