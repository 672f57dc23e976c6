# Delivery: what the sender of a campaign is told while and after it goes out.

dlv-finished = 🏁 Campaña enviada
dlv-photo-refused = ⏸ Telegram rechazó la foto de esta campaña, así que el envío está en pausa: nadie más recibirá un mensaje roto. Cambia o quita la foto y reanuda la campaña.
