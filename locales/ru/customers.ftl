# Клиенты: что видит клиент, и команды сотрудников о клиентах.

promo-code = Ваш код: { $code }
promo-code-percent = Ваша личная скидка: { $percent }% по коду { $code }
promo-open-link = Открыть
promo-unsubscribe = Отписаться
