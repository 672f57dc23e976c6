# Clientes: lo que ve un cliente y los comandos del equipo sobre clientes.

promo-code = Tu código: { $code }
promo-code-percent = Tu descuento personal: { $percent }% con el código { $code }
promo-open-link = Abrir
promo-unsubscribe = Darse de baja
