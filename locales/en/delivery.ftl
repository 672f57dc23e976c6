# Delivery: what the sender of a campaign is told while and after it goes out.

dlv-finished = 🏁 Campaign sent
dlv-photo-refused = ⏸ Telegram refused this campaign's photo, so sending is paused: no one else gets a broken message. Change or remove the photo, then resume the campaign.
