# Customers: what a customer sees, and the members' commands about customers.

promo-code = Your code: { $code }
promo-code-percent = Your personal discount: { $percent }% with code { $code }
promo-open-link = Open
promo-unsubscribe = Unsubscribe
