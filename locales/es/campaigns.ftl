# Segments and campaigns: /segment, /segments, /campaign, /campaigns, /redeem, /birthday, /promo.


## Command menu and /help
cmd-segment = Crear un segmento de clientes
cmd-segments = Segmentos guardados
cmd-campaign = Enviar una promoción (dueño, líderes)
cmd-campaigns = Campañas y sus resultados
cmd-redeem = Canjear un código promocional
cmd-birthday = Fijar el cumpleaños de un cliente
cmd-promo = Ajustes de promociones
help-segment = /segment — elige condiciones, mira quién encaja y guarda
help-segments = /segments — segmentos guardados con sus cifras
help-campaign = /campaign — texto, foto, enlace, código; vista previa y luego enviar o programar
help-campaigns = /campaigns — progreso y resultados; pausar, reanudar, cancelar
help-redeem = /redeem K7M2QX9A  ·  /redeem SPRING25 Iván Pérez
help-birthday = /birthday 12.05  ·  /birthday Iván Pérez 12 de mayo de 1990
help-promo = /promo  ·  /promo cap 2  ·  /promo birthday ¡Feliz cumpleaños!

## Segments: the builder
seg-title = 👥 Nuevo segmento
seg-hint = Toca una condición para añadirla y otra vez para quitarla. 💾 Guarda cuando esté bien.
seg-hint-buttons = Toca una condición abajo (o /cancel).
seg-cond-none = Todos los clientes (aún sin condiciones)
seg-cond-tags = 🏷 Con etiqueta { $tags }
seg-cond-source = 📣 Llegó por { $source }
seg-cond-stage = 📊 Trato abierto en { $stage }
seg-cond-won = 🏆 Tiene un trato ganado
seg-cond-lost = ❌ Tiene un trato perdido
seg-cond-before = 🕒 Última actividad antes del { $date }
seg-cond-after = 🕒 Activo desde el { $date }
seg-cond-total = 💰 Ganado al menos { $amount }
seg-cond-purchases = 🛒 Al menos { $n } compras
seg-cond-month = 🎂 Cumpleaños en
seg-cond-lang = 🌐 Lee en
seg-cond-subscribed = 🔔 Suscrito a las promociones
seg-cond-unsubscribed = 🔕 No suscrito
seg-count = 👥 { $total ->
    [one] Coincide 1 cliente
    *[other] Coinciden { $total } clientes
    }, { $subscribed } suscritos
seg-sample = p. ej.: { $names }
seg-nobody = 🫥 Ningún cliente coincide. Quita una condición (tócala otra vez) o cambia un valor.
seg-none-subscribed = ⚠️ Ninguno está suscrito a las promociones: una campaña no llegaría a nadie. Invita a tus clientes con /optin.
seg-btn-tags = 🏷 Etiquetas
seg-btn-source = 📣 Origen
seg-btn-stage = 📊 Etapa
seg-btn-won = 🏆 Ganado
seg-btn-lost = ❌ Perdido
seg-btn-before = ⏮ Inactivo desde
seg-btn-after = ⏭ Activo desde
seg-btn-total = 💰 Total ganado
seg-btn-purchases = 🛒 Compras
seg-btn-month = 🎂 Cumpleaños
seg-btn-lang = 🌐 Idioma
seg-btn-subscribed = 🔔 Suscrito
seg-btn-clear = 🧹 Borrar
seg-btn-save = 💾 Guardar
seg-btn-yes = ✅ Suscritos
seg-btn-no = 🔕 No suscritos
seg-btn-campaign = 📣 Campaña: { $name }

## Segments: questions
seg-ask-skip = Escribe - para volver.
seg-ask-tags = ¿Qué etiquetas? Vale cualquiera, p. ej. #vip #gold. Tu equipo usa: { $examples }
seg-ask-source = ¿Qué origen? Tócalo o escríbelo.
seg-ask-stage = Clientes con un trato abierto en:
seg-ask-before = ¿Inactivo desde cuándo? P. ej. 01.09, 1 sep 2026 o 90 (días atrás)
seg-ask-after = ¿Activo desde cuándo? P. ej. 01.09, 1 sep 2026 o 30 (días atrás)
seg-ask-total = ¿Los tratos ganados suman al menos cuánto? P. ej. 50000 EUR
seg-ask-purchases = ¿Al menos cuántas compras (tratos ganados)? P. ej. 2
seg-ask-month = Cumpleaños en:
seg-ask-lang = Clientes que leen en:
seg-ask-subscribed = ¿Suscrito a las promociones?
seg-ask-name = ¿Cómo se llama este segmento? P. ej. VIP Madrid
seg-saved = 💾 Segmento «{ $name }» guardado.

## Segments: mistakes
seg-err-stale = Ese constructor ya se cerró. Empieza de nuevo: /segment
seg-err-tags = Escribe una o más etiquetas, p. ej. #vip #gold. Tu equipo usa: { $examples }
seg-err-tag = Ningún cliente tiene la etiqueta { $tag }. Tu equipo usa: { $examples }
seg-err-source = Ningún cliente llegó por «{ $source }». Tus orígenes: { $known }
seg-err-date = No entendí la fecha en «{ $input }». P. ej. 01.09, 1 sep 2026, o 30 para hace 30 días
seg-err-amount = No entendí el importe en «{ $input }». P. ej. 50000 EUR
seg-err-currency = ¿En qué moneda? Añádela, p. ej. 50000 EUR
seg-err-number = Un número entero de 1 a 1000, p. ej. 2
seg-err-name = Un nombre de 1 a { $max } caracteres, p. ej. VIP Madrid
seg-err-name-taken = Ya hay un segmento llamado «{ $name }». Elige otro nombre.

## Segments: the list
seg-list-title = 👥 Segmentos:
seg-list-line = • { $name }: { $total ->
    [one] 1 cliente
    *[other] { $total } clientes
    }, { $subscribed } suscritos
seg-list-more = …y { $n } más
seg-list-empty = Aún no hay segmentos. Crea uno: /segment
seg-no-clients = 🫥 Aún no tienes clientes. Añádelos con /add o invita a tus clientes con /optin.

## Month names
seg-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
    *[12] diciembre
    }

## Campaigns: composing
camp-no-segments = Primero elige a quién escribir: crea un segmento con /segment
camp-pick-segment = 📣 Nueva campaña. ¿Para quién? Elige un segmento:
camp-picked = 👥 «{ $name }»: { $subscribed ->
    [one] 1 cliente suscrito
    *[other] { $subscribed } clientes suscritos
    }.
camp-ask-text = ✍️ Escribe la promoción en
camp-ask-text-hint = Con tus palabras, tal como lo verán los clientes (hasta { $max } caracteres).
camp-text-saved = ✅ Texto guardado.
camp-ask-versions = Algunos clientes del segmento leen en otros idiomas. Añade una versión para ellos o toca Siguiente: recibirán tu texto.
camp-ask-photo = 🖼 ¿Añadir una foto? Envíala ahora (con foto el texto puede tener hasta 1024 caracteres).
camp-photo-saved = 🖼 Foto añadida.
camp-ask-link = 🔗 ¿Añadir un botón con enlace? Envía la dirección y, si quieres, su texto: https://shop.example/sale Ver ofertas
camp-ask-code = 🎟 ¿Añadir un código promocional?
camp-ask-shared-code = Escribe el código que recibirán todos, p. ej. SPRING25 (3–32 letras y cifras).
camp-ask-percent = ¿Qué descuento, en porcentaje (1–90)? P. ej. 15: cada cliente recibe su propio código.
camp-ask-followup = ↪️ ¿Enviar un recordatorio unos días después a quienes no pulsen el botón?
camp-ask-followup-text = ¿Después de cuántos días (1–30) y qué dirá? P. ej. 3 Última oportunidad: ¡la oferta acaba mañana!
camp-btn-version = ✍️
camp-btn-version-done = ✅
camp-btn-next = ➡️ Siguiente
camp-btn-skip = ⏭ Omitir
camp-btn-code-none = Sin código
camp-btn-code-shared = 🎟 Un código para todos
camp-btn-code-unique = 🔑 Un código por cliente
camp-btn-code-percent = 💯 Descuento personal %
camp-btn-followup = ➕ Añadir recordatorio
camp-btn-drop = 🗑 Descartar el borrador
camp-hint-buttons = Toca uno de los botones de abajo.
camp-hint-photo = Envía una foto o toca Omitir.
camp-photo-unexpected = Solo uso fotos en las campañas. Para añadir una, empieza con /campaign

## Campaigns: summary, preview, start
camp-summary-title = 📣 Campaña para «{ $name }»
camp-audience = 👥 { $subscribed } suscritos en el segmento · { $held } retenidos por el límite semanal ({ $cap } por semana) · { $receive } lo recibirán
camp-summary-langs = 🌐 Textos: { $langs }
camp-summary-photo = 🖼 Con foto
camp-summary-no-photo = 🖼 Sin foto
camp-summary-link = 🔗 { $url }
camp-summary-no-link = 🔗 Sin enlace
camp-summary-code-none = 🎟 Sin código
camp-summary-code-shared = 🎟 Un código para todos: { $code }
camp-summary-code-unique = 🔑 Un código único para cada cliente
camp-summary-code-percent = 💯 Un código personal de { $percent }% de descuento para cada cliente
camp-summary-followup = ↪️ Un recordatorio a los { $days } días para quien no pulse
camp-summary-no-followup = ↪️ Sin recordatorio
camp-summary-nobody = ⚠️ Ahora mismo el límite semanal retiene a todo el segmento.
camp-btn-preview = 👁 Vista previa
camp-btn-send = 🚀 Enviar ya
camp-btn-schedule = 🕒 Programar
camp-preview-note = 👆 Eso es exactamente lo que recibirán los clientes.
camp-preview-followup = ↪️ Y { $days } días después, a quienes no pulsaron el botón:
camp-started = 🚀 Enviando a { $receive ->
    [one] 1 cliente
    *[other] { $receive } clientes
    } ({ $held } retenidos por el límite semanal). El progreso aparecerá aquí.
camp-ask-when = 🕒 ¿Cuándo se envía? Tu hora ({ $zone }), p. ej. mañana 10:00 o 25.12 09:30
camp-scheduled = 🕒 Programada para el { $when }. Puedes cancelarla hasta entonces: /campaigns
camp-dropped = 🗑 Borrador descartado.

## Campaigns: the list and a campaign's report
camp-list-title = 📣 Campañas recientes:
camp-list-figures = ✅ { $sent } · 👆 { $presses } · 🎟 { $redeemed } · 👋 { $unsubscribes }
camp-list-empty = Aún no hay campañas. Crea un segmento con /segment y envía con /campaign
camp-kind-promo = 📣 { $name }
camp-kind-followup = ↪️ Recordatorio: { $name }
camp-kind-birthday = 🎂 Felicitaciones de cumpleaños { $year }
camp-at = { $when }
camp-finished-at = 🏁 Terminada el { $when }
camp-state-draft = borrador
camp-state-scheduled = programada
camp-state-sending = enviándose
camp-state-paused = en pausa
camp-state-done = terminada
camp-state-cancelled = cancelada
camp-btn-pause = ⏸ Pausar
camp-btn-resume = ▶️ Reanudar
camp-btn-cancel = ✖ Cancelar la campaña
camp-paused = ⏸ En pausa: no sale nada más hasta que la reanudes.
camp-resumed = ▶️ Reanudada.
camp-cancelled = ✖ Cancelada: no sale nada más.

## Codes and birthdays
camp-redeemed = ✅ Código { $code } canjeado.
camp-redeemed-client = 👤 { $name }
camp-redeemed-campaign = 📣 Campaña: { $name }
camp-birthday-set = 🎂 { $name }:
camp-birthday-cleared = 🎂 Cumpleaños de { $name } borrado.
camp-birthday-hint = Para felicitar a los clientes en su cumpleaños, escribe el saludo: /promo birthday ¡Feliz cumpleaños! Te regalamos un 10%
camp-card-birthday = 🎂 Cumpleaños:

## Promotion settings
camp-promo-title = 🎯 Ajustes de promociones
camp-promo-saved = ✅ Guardado.
camp-promo-cap = ✋ Como máximo { $cap } promociones por semana a cada cliente (0: sin límite)
camp-promo-paid-on = 💫 Envíos de pago: activados (hasta 1000 mensajes por segundo, se pagan en Stars)
camp-promo-paid-off = 🐢 Envíos de pago: desactivados (hasta 30 mensajes por segundo, gratis)
camp-promo-paid-explain = 💫 Los envíos de pago mandan hasta 1000 mensajes por segundo en vez de 30; Telegram cobra Stars por cada mensaje por encima del límite gratuito. Solo el dueño los activa.
camp-promo-birthday = 🎂 Felicitación de cumpleaños (a las 10:00 en la zona del cliente):
camp-promo-birthday-off = 🎂 Felicitaciones de cumpleaños: desactivadas
camp-promo-gift-none = 🎁 Regalo: sin código
camp-promo-gift-unique = 🎁 Regalo: un código personal
camp-promo-gift-percent = 🎁 Regalo: un código personal de { $percent }% de descuento
camp-promo-usage = Cambiar: /promo cap 2 · /promo birthday ¡Feliz cumpleaños! · /promo birthday off · /promo gift none | unique | 15% · /promo paid on | off
camp-promo-read-only = Solo el dueño y los líderes pueden cambiarlos.
camp-btn-paid-on = 💫 Activar envíos de pago
camp-btn-paid-off = 🐢 Desactivar envíos de pago

## Campaigns: mistakes and refusals
camp-err-role = Solo el dueño y los líderes envían campañas. Puedes verlas en /campaigns y canjear códigos con /redeem.
camp-err-owner = Solo el dueño del equipo puede hacerlo.
camp-err-gone = Esa campaña ya no existe. Empieza de nuevo: /campaign
camp-err-state = No cambió nada. La campaña está ahora:
camp-err-nobody = «{ $name }» no tiene clientes suscritos (coinciden { $total }, ninguno suscrito): no hay a quién enviar. Invita a clientes con /optin o elige otro segmento.
camp-err-text-empty = La promoción necesita un texto. Escribe lo que leerán los clientes, p. ej. Rebajas de primavera: ¡20% en todo hasta el domingo!
camp-err-text-long = Son { $length } caracteres; un mensaje admite { $max }. Acórtalo, por favor.
camp-err-caption-long = Con foto, el texto es su pie: { $max } caracteres como máximo, y este tiene { $length }. Acórtalo u omite la foto.
camp-err-caption-which = Demasiado largo para un pie de foto:
camp-err-link = Eso no es una dirección web. Envía una que empiece por https://, p. ej. https://shop.example/sale Ver ofertas
camp-err-label = El texto del botón es demasiado largo ({ $max } caracteres como máximo).
camp-err-code = Un código tiene de 3 a 32 letras latinas y cifras (- y _ dentro), p. ej. SPRING25
camp-err-percent = El descuento es un número entero de 1 a 90, p. ej. 15
camp-err-followup = Empieza con el número de días (1–30) y luego el texto: 3 Última oportunidad: ¡la oferta acaba mañana!
camp-err-when = No entendí la hora en «{ $input }». P. ej. mañana 10:00, 25.12 09:30, viernes 18:00
camp-err-past = { $when } ya pasó. Elige una hora futura, p. ej. mañana 10:00
camp-err-client = Ningún cliente coincide con «{ $name }». Compruébalo con /find { $name }
camp-err-clients = Varios clientes coinciden con «{ $name }»: { $names }. Escribe más del nombre.
camp-err-redeem-usage = ¿Qué código? P. ej. /redeem K7M2QX9A (para un código común añade el cliente: /redeem SPRING25 Iván Pérez)
camp-err-redeem-who = { $code } es un código común: ¿para qué cliente? Abre su ficha o escribe /redeem { $code } Iván Pérez
camp-err-redeemed-before = { $code } ya se canjeó el { $when }, lo hizo { $member }. No cambió nada.
camp-err-no-code = No existe el código { $code }. Revísalo y escríbelo tal cual, p. ej. /redeem K7M2QX9A
camp-err-birthday-usage = ¿De quién y cuándo? P. ej. /birthday 12.05 para el cliente abierto, o /birthday Iván Pérez 12 de mayo
camp-err-birthday-date = No entendí la fecha de cumpleaños en «{ $input }». Ejemplos: /birthday 12.05 · /birthday Iván Pérez 12 de mayo de 1990
camp-err-birthday-who = ¿Qué cliente? Abre uno primero (/find Iván) o nómbralo: /birthday Iván Pérez 12.05
camp-err-cap = El límite semanal es un número de 0 a 100 (0: sin límite). P. ej. /promo cap 2
camp-err-paid = Usa /promo paid on o /promo paid off
camp-err-greeting = Escribe la felicitación tras el comando (hasta 4096 caracteres): /promo birthday ¡Feliz cumpleaños! 🎂 — o desactívala: /promo birthday off
camp-err-gift = El regalo de cumpleaños es none, unique o un porcentaje de 1 a 90: /promo gift 15%
camp-err-promo-args = No conozco ese ajuste. P. ej. /promo cap 2 · /promo birthday ¡Feliz cumpleaños! · /promo gift 10% · /promo paid on

## Progress and reports
camp-progress = 📤 Enviados { $sent } · fallidos { $failed } · bloqueados { $blocked } · faltan { $remaining }
camp-progress-paused = ⏸ En pausa
camp-eta-unknown = ⏱ Calculando el tiempo restante…
camp-eta-seconds = ⏱ Quedan unos { $seconds } s
camp-eta-minutes = ⏱ Quedan unos { $minutes } min
camp-eta-hours = ⏱ Quedan unas { $hours } h { $minutes } min
camp-report-delivered = ✅ Entregados: { $n }
camp-report-blocked = 🚫 Bloquearon el bot: { $n }
camp-report-failed = ⚠️ Fallidos: { $n }
camp-report-held = ✋ Retenidos por el límite semanal: { $n }
camp-report-unconfirmed = ❔ Sin confirmar (el envío se interrumpió): { $n }
camp-report-remaining = 📤 Por enviar: { $n }
camp-report-presses = 👆 Pulsaron el botón: { $n }
camp-report-redeemed = 🎟 Códigos canjeados: { $n }
camp-report-unsubscribes = 👋 Se dieron de baja: { $n }
