# ग्राहक: ग्राहक क्या देखता है, और ग्राहकों के बारे में टीम के कमांड।

promo-code = आपका कोड: { $code }
promo-code-percent = आपकी निजी छूट: { $percent }% कोड { $code } के साथ
promo-open-link = खोलें
promo-unsubscribe = सदस्यता छोड़ें
