# Delivery: what the sender of a campaign is told while and after it goes out.

dlv-finished = 🏁 अभियान भेज दिया गया
dlv-photo-refused = ⏸ Telegram ने इस अभियान की फ़ोटो स्वीकार नहीं की, इसलिए भेजना रोक दिया गया है: किसी और को टूटा संदेश नहीं जाएगा। फ़ोटो बदलें या हटाएँ, फिर अभियान दोबारा शुरू करें।
