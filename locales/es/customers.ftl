# Clientes: lo que ve un cliente, y los comandos del equipo sobre clientes.

promo-code = Tu código: { $code }
promo-code-percent = Tu descuento personal: { $percent }% con el código { $code }
promo-open-link = Abrir
promo-unsubscribe = Darse de baja

## /optin — lado del equipo
cmd-optin = Enlace y código QR de suscripción
help-optin = /optin — el enlace y el QR del equipo para clientes  ·  /optin Ana — un enlace personal para un cliente
cust-optin-team = 📣 Con este enlace los clientes se suscriben a las ofertas de { $team } (el código QR de arriba es el mismo enlace):
cust-optin-team-how = Imprime el QR o envía el enlace. El cliente ve quién escribe y acepta con un toque; recibe como máximo { $cap } promociones por semana y puede darse de baja cuando quiera.
cust-optin-personal = 🔗 Enlace personal para { $name }:
cust-optin-personal-how = Envíaselo a { $name }: cuando acepte, la suscripción quedará en su ficha.
cust-optin-pick = Coinciden { $count } clientes. ¿Para quién es el enlace personal?
cust-optin-none = Ningún cliente tuyo coincide con «{ $query }». Ejemplo: /optin Ana
cust-optin-subscribed = { $name } ya está suscrito.
cust-optin-renew-ask = ¿Crear un nuevo enlace del equipo? El anterior y sus QR impresos dejarán de funcionar al instante.
cust-optin-renewed = ✅ Nuevo enlace creado; el anterior ya no funciona.
cust-optin-own-team = Este es el enlace de { $team } para clientes: suscribe a vuestras promociones. Tú estás en el equipo, así que no ha cambiado nada.
cust-btn-personal = 🔗 Enlace personal: { $name }
cust-btn-renew = ♻️ Nuevo enlace del equipo
cust-btn-renew-yes = Sí, nuevo enlace

## Al abrir un enlace
cust-offer = 👋 { $team } quiere enviarte promociones y ofertas personales aquí, en Telegram.
cust-offer-terms = • Como máximo { $cap ->
    [one] un mensaje
   *[other] { $cap } mensajes
} por semana.
    • Date de baja cuando quieras: toca «Darse de baja» bajo cualquier mensaje o envía /stop.
    • /mydata muestra lo que { $team } guarda sobre ti; /forget lo borra.
cust-btn-agree = ✅ Acepto
cust-subscribed = ✅ ¡Listo! Recibirás aquí las ofertas de { $team }, como máximo { $cap } por semana. /stop cuando quieras.
cust-share-ask = ¿Quieres que { $team } te reconozca? Comparte tu teléfono con el botón de abajo (opcional).
cust-already-subscribed = Ya estás suscrito a las ofertas de { $team }.
cust-link-unknown = Este enlace no funciona (quizá lo han cambiado). Pide uno nuevo. No se ha guardado nada.
cust-link-taken = Este enlace personal es de otra persona. Pide el tuyo. No se ha guardado nada.
cust-notice-subscribed = 🔔 { $how ->
    [personal] Suscrito con tu enlace personal:
    [resume] Suscrito de nuevo:
   *[team] Nuevo suscriptor (enlace del equipo):
}

## El teléfono del cliente
cust-contact-not-own = Solo puedo aceptar tu propio número: toca el botón de abajo. No se ha guardado nada.
cust-contact-bad = No he podido leer ese número. No se ha guardado nada.
cust-contact-saved = ✅ ¡Gracias! { $team } ya tiene tu teléfono.
cust-contact-matched = ✅ ¡Gracias! { $team } te ha reconocido.
cust-notice-phone = 📞 Tu suscriptor compartió su teléfono: { $phone }
cust-notice-matched = 📞 Un suscriptor compartió su teléfono { $phone }: es este cliente tuyo, ahora vinculado.

## Lo que puede hacer un cliente
cust-cmd-stop = Dejar de recibir promociones
cust-cmd-start = Suscribirme de nuevo
cust-cmd-lang = Idioma
cust-cmd-mydata = Qué se guarda sobre mí
cust-cmd-forget = Borrar mis datos
cust-help-stop = /stop — no más promociones
cust-help-start = /start — volver a recibirlas
cust-help-lang = /lang — elegir tu idioma
cust-help-mydata = /mydata — ver lo que el equipo guarda sobre ti
cust-help-forget = /forget — borrarlo
cust-help = Esto es lo que puedes hacer:
cust-text-only = Al equipo solo le llegan mensajes de texto. Escríbelo con palabras, por favor.
cust-message-sent = ✉️ Enviado a { $team }.
cust-cancelled = Vale, no ha cambiado nada.
cust-stale-button = Ese botón ya no funciona. Puedes usar: /stop, /start, /lang, /mydata, /forget.
cust-nothing-stored = No se guarda nada sobre ti.
cust-preview-button = Esto es una vista previa: los botones funcionan en los mensajes de tus clientes.
cust-link-here = Aquí tienes el enlace de { $team }:

cust-stop-none = No estás suscrito a ninguna promoción.
cust-stop-which = ¿De qué equipo quieres darte de baja?
cust-stopped = ✅ Ya no recibirás promociones de { $team }.
cust-stopped-all = ✅ Promociones detenidas ({ $count ->
    [one] un equipo
   *[other] { $count } equipos
}).
cust-btn-stop = Darse de baja
cust-btn-stop-all = De todos
cust-btn-resume = Suscribirme de nuevo
cust-start-subscribed = Estás suscrito a: { $teams }. /stop para darte de baja.
cust-start-which = ¿A qué equipo quieres volver a suscribirte?
cust-resumed = ✅ Suscrito de nuevo a { $team }: como máximo { $cap } por semana. /stop cuando quieras.
cust-lang-pick = Elige tu idioma:
cust-lang-set = ✅ Idioma: español.
cust-lang-bad = No conozco ese idioma. Prueba uno de: { $langs } (p. ej. /lang es).

cust-forget-ask = ¿Borrar todo lo que { $team } guarda sobre ti? Las promociones también se detienen. No se puede deshacer.
cust-forget-which = ¿En qué equipo quieres borrar tus datos?
cust-btn-forget = Sí, borrar
cust-btn-forget-all = En todos
cust-btn-cancel = Cancelar
cust-forgotten = ✅ Hecho: { $team } ya no guarda nada sobre ti. Solo queda una nota para no escribirte.
cust-forgotten-all = ✅ Hecho: { $count ->
    [one] un equipo ya no guarda
   *[other] { $count } equipos ya no guardan
} nada sobre ti. Solo queda una nota para no escribirte.

## /mydata
cust-mydata-title = 📋 Lo que { $team } guarda sobre ti:
cust-mydata-lang = 🌐 Idioma: { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}
cust-mydata-state = 📣 Promociones: { $state ->
    [subscribed] suscrito
    [stopped] dado de baja
    [blocked] dado de baja (bloqueaste el bot)
   *[none] sin suscripción
} desde { $since }
cust-mydata-consents = Tu historial de consentimiento ({ $count }):
cust-mydata-consent = • { $at }: { $action ->
    [optin] aceptaste
    [stop] te diste de baja
    [resume] te suscribiste de nuevo
    [block] bloqueaste el bot
   *[forget] datos borrados
} (texto { $version })
cust-mydata-promos = Promociones recibidas ({ $count }):
cust-mydata-promo = • { $at }: { $kind ->
    [birthday] felicitación de cumpleaños
    [followup] recordatorio
   *[promo] promoción
}
cust-mydata-code = , código { $code }
cust-mydata-redeemed = 🎟 Código { $code } usado el { $at }
cust-mydata-forget = /forget borra todo esto.

## Mensajes entre un cliente y el equipo
cust-inbound = 💬 { $name } (cliente de { $team }) escribe:
cust-btn-reply = ↩️ Responder
cust-btn-card = Abrir ficha
cust-reply-ask = Escribe tu respuesta para { $name }; saldrá en nombre del equipo. /cancel para cancelar.
cust-reply-sent = ✅ Enviado a { $name }.
cust-reply-gone = No se puede contactar con { $name } por el bot (no está suscrito por Telegram o pidió borrar sus datos). No se ha enviado nada.
cust-from-team = 💬 { $team }:
cust-line-in = ⬅️ { $when } { $summary }
cust-line-out = ➡️ { $when } { $summary }

## La ficha del cliente
cust-card-subscribed = 📣 Suscrito a promociones desde { $since }
cust-card-stopped = 🔕 Se dio de baja de las promociones el { $since }
cust-card-blocked = 🚫 Bloqueó el bot el { $since }
