# Pocket CRM — español.
# Respuestas del tamaño de un móvil. Los argumentos entre { $llaves } los rellena el bot.

## Date formats (chrono strftime patterns; month and day names come from the locale)
fmt-datetime = %a %d %b, %H:%M
fmt-date = %a %d %b %Y
fmt-time = %H:%M

## Command menu (setMyCommands) — short descriptions
cmd-add = Añadir un cliente
cmd-find = Buscar un cliente
cmd-meet = Registrar o planificar una reunión
cmd-call = Registrar o planificar una llamada
cmd-note = Escribir una nota
cmd-remind = Crear un recordatorio
cmd-today = Agenda de hoy
cmd-week = Agenda de la semana
cmd-lang = Cambiar idioma
cmd-tz = Cambiar zona horaria
cmd-before = Antelación de avisos de reuniones
cmd-cancel = Cancelar lo que te pregunto
cmd-help = Comandos con ejemplos
cmd-start = Inicio y ajustes

## /help — one example per command
help-title = Esto es lo que sé hacer:
help-add = /add Juan Pérez +34 612 34 56 78 juan@example.com #vip @Acme
help-find = /find pérez  ·  /find 612 34  ·  /find #vip
help-meet = /meet mañana 15:00 demo  ·  /meet ayer 11:00 hablamos del precio
help-call = /call en 2 horas seguimiento  ·  /call acordamos una prueba
help-note = /note quiere descuento por 3 licencias
help-remind = /remind mañana 10:00 llamar a Juan  ·  /remind en 2 horas enviar la oferta  ·  /remind 25.12 9:30 felicitar
help-today = /today — reuniones, llamadas y recordatorios de hoy
help-week = /week — los próximos 7 días
help-lang = /lang — o /lang en
help-tz = /tz Madrid  ·  /tz Europe/Madrid  ·  /tz UTC+1
help-before = /before 15 — avisar 15 minutos antes de reuniones y llamadas
help-cancel = /cancel — detener una pregunta paso a paso
help-help = /help — esta lista
help-start = /start — bienvenida, idioma y zona horaria

## Languages (each shown in its own language on the buttons)
lang-name = { $lang ->
    [ru] Русский
    [es] Español
    [hi] हिन्दी
    [vi] Tiếng Việt
    [fa] فارسی
    [ta] தமிழ்
   *[en] English
}

## /start and settings
start-welcome = 👋 ¡Hola, { $name }! Soy Pocket CRM: tus clientes, reuniones y recordatorios, aquí mismo en Telegram.
start-welcome-back = 👋 ¡Hola de nuevo, { $name }!
start-pick-lang = Elige tu idioma:
lang-set = ✅ Idioma: español.
tz-prompt = 🕒 ¿Tu zona horaria? Toca una o escribe una ciudad, un nombre de zona o un desfase (p. ej. Madrid, Europe/Madrid, UTC+1). Ahora: { $current }.
tz-set = ✅ Zona horaria: { $zone }. Tu hora ahora: { $now }.
start-next = Todo listo. Prueba: /add Juan Pérez +34 612 34 56 78 — o /help para verlo todo.
before-set = ✅ Te avisaré { $minutes ->
    [0] al inicio de
    [one] { $minutes } minuto antes de
   *[other] { $minutes } minutos antes de
} las reuniones y llamadas.
cancelled = Vale, cancelado. No se ha guardado nada.

## Clients
add-ask-name = ¿Cómo se llama el cliente? (Puedes añadir el teléfono, el e-mail, #etiquetas y @empresa en la misma línea.)
add-ask-details = Ahora el teléfono, e-mail, #etiquetas y @empresa de { $name }, en una línea. O envía - para saltarlo.
client-added = ✅ Cliente añadido: { $name }
client-updated = ✅ Guardado: { $name }
contact-exists = Este contacto ya es tu cliente: { $name }
dup-found = ⚠️ Parece que ya tienes { $count ->
    [one] este cliente: { $name }.
   *[other] { $count } clientes parecidos, p. ej. { $name }.
} ¿Lo abres o creas uno nuevo de todos modos?
edit-prompt = Envía las correcciones para { $name } en una línea: nombre nuevo, +teléfono, e-mail, #etiqueta, @empresa. Teléfonos, e-mails y etiquetas se añaden; el nombre y la empresa se reemplazan.
find-results = 🔎 «{ $query }»: { $total ->
    [one] un cliente
   *[other] { $total } clientes, mostrando { $from }–{ $to }
}
find-none = 🔎 Nadie coincide con «{ $query }». Prueba parte de un nombre, cifras del teléfono, un e-mail, @empresa o #etiqueta — o añádelo: /add { $query }

## Client card
card-name = 👤 { $name }
card-company = 🏢 { $company }
card-phone = 📞 { $phone }
card-email = ✉️ { $email }
card-tags = 🏷 { $tags }
card-history = Reciente:
card-no-history = Aún no hay reuniones, llamadas ni notas.
card-next-reminder = ⏰ Próximo: { $when } — { $text }

## History lines
outcome-suffix = { $outcome ->
    [next] {" "}· ➡️ siguiente paso
    [won] {" "}· 🏆 ganado
    [open] {" "}· ⏸ sin decisión
    [lost] {" "}· ❌ perdido
   *[none] {""}
}
line-meeting = 🤝 { $when } reunión: { $summary }{ outcome-suffix }
line-meeting-planned = 📅 { $when } reunión (prevista): { $summary }
line-call = 📞 { $when } llamada: { $summary }{ outcome-suffix }
line-call-planned = 📅 { $when } llamada (prevista): { $summary }
line-note = 📝 { $when } { $summary }
line-message = 💬 { $when } { $summary }
line-reminder = { $state ->
    [sent] ✔️
    [done] ✅
    [failed] ❗
    [interrupted] ⚠️
   *[other] ⏰
} { $when } { $text }{ $state ->
    [interrupted] {" "}(el envío se interrumpió; puede que no te haya llegado)
    [failed] {" "}(no se pudo entregar)
   *[other] {""}
}

## Meetings, calls, notes
ask-meeting = ¿Cuándo fue o será la reunión con { $name } y de qué? P. ej. «mañana 15:00 demo» o «ayer 11:00 hablamos del precio».
ask-call = ¿Cuándo fue o será la llamada con { $name } y de qué? P. ej. «en 2 horas seguimiento» o «acordamos una prueba».
ask-note = Envía la nota para { $name }.
logged-meeting = ✅ Reunión con { $name } registrada ({ $when }). ¿Cómo fue?
logged-call = ✅ Llamada con { $name } registrada ({ $when }). ¿Cómo fue?
logged-note = ✅ Nota guardada en { $name } ({ $when }).
planned-meeting = 📅 Reunión con { $name }: { $when }. Te avisaré: { $remind }.
planned-call = 📅 Llamada con { $name }: { $when }. Te avisaré: { $remind }.
outcome-next = ➡️ Siguiente paso
outcome-won = 🏆 Ganado
outcome-open = ⏸ Sin decisión
outcome-lost = ❌ Perdido
outcome-saved = ✅ Resultado guardado: { $outcome ->
    [next] siguiente paso
    [won] ganado
    [lost] perdido
   *[open] sin decisión
}.
note-offer = ¿Guardar esto como nota de { $name }?
note-dropped = Vale, no se ha guardado.

## Agenda
agenda-today = 📋 Hoy, { $date } — { $count ->
    [0] nada previsto
    [one] un pendiente
   *[other] { $count } pendientes
}
agenda-week = 📋 Próximos 7 días desde { $date } — { $count ->
    [0] nada previsto
    [one] un pendiente
   *[other] { $count } pendientes
}
agenda-empty = Libre como un pájaro. Planea algo: /meet mañana 15:00 demo

## Reminders
ask-remind = ¿Cuándo y qué te recuerdo sobre { $name }? P. ej. «mañana 10:00 enviar la oferta».
remind-set = ⏰ Te lo recordaré { $when }: { $text }
remind-moved = ⏰ Movido a { $when }: { $text }
reminder-due = ⏰ { $text }
reminder-activity = ⏰ { $kind ->
    [call] Llamada
   *[meeting] Reunión
} con { $name }, { $when }: { $text }
reminder-client = 👤 { $name }
reminder-late = (con retraso: era para { $when } y yo estaba desconectado)
reminder-done = ✅ Hecho: { $text }

## Buttons
btn-meeting = 🤝 Reunión
btn-call = 📞 Llamada
btn-note = 📝 Nota
btn-remind = ⏰ Recordar
btn-edit = ✏️ Editar
btn-open = Abrir { $name }
btn-open-client = 👤 Abrir cliente
btn-create-anyway = ➕ Crear igualmente
btn-cancel = ✖️ Cancelar
btn-next = Siguiente ›
btn-prev = ‹ Atrás
btn-done = ✅ Hecho
btn-hour = +1 hora
btn-tomorrow = Mañana
btn-save-note = 📝 Guardar como nota
btn-share-contact = 📱 Compartir mi número

## Hints
hint-start = 👋 Envía /start para empezar.
hint-plain = Guardo clientes, reuniones y recordatorios. Abre primero un cliente (/find Juan) y te ofreceré guardar tu texto como nota — o mira /help.

## Errors: short, with an example
err-internal = 😕 Algo ha fallado por mi parte; no se ha guardado nada. Inténtalo de nuevo en un momento.
err-empty = Aquí solo leo texto. Prueba /help.
err-too-long = Es demasiado largo para mí ({ $length } caracteres; máximo { $max }). Acórtalo, por favor.
err-no-workspace = Primero envía /start: son diez segundos.
err-unknown-command = No conozco { $command }. Mira /help — p. ej. /add Juan Pérez +34 612 34 56 78
err-lang = Hablo: { $langs }. P. ej. /lang en
err-tz = No entiendo la zona horaria «{ $input }». Prueba una ciudad (Madrid, Lima), una zona (Europe/Madrid) o un desfase (UTC+1).
err-before = Envía los minutos, p. ej. /before 15 (ahora: { $current }).
err-add-name = Envía el nombre del cliente, p. ej. Juan Pérez
err-add-details = No he entendido «{ $words }». Envía p. ej. +34 612 34 56 78 juan@example.com #vip @Acme — o - para saltarlo.
err-name-long = El nombre es demasiado largo ({ $length } caracteres; máximo { $max }).
err-phone = «{ $input }» no parece un número de teléfono. Ejemplo: +34 612 34 56 78
err-email = «{ $input }» no parece un e-mail. Ejemplo: juan@example.com
err-tag = «{ $input }» está vacío. Ejemplo: #vip o @Acme
err-find-empty = ¿Qué busco? P. ej. /find pérez o /find 612 34
err-client-gone = Ya no encuentro ese cliente. Prueba /find
err-no-focus = ¿Qué cliente? Abre uno primero (/find Juan) o di su nombre: /meet Juan Pérez mañana 15:00 demo
err-date = No entiendo la fecha en «{ $input }». Ejemplos: mañana 10:00, 25.12 9:30, 2026-12-25, en 2 horas
err-remind-empty = ¿Qué y cuándo? P. ej. /remind mañana 10:00 llamar a Juan
err-remind-when = ¿Cuándo te lo recuerdo? No encuentro una hora en «{ $input }». P. ej. /remind mañana 10:00 llamar a Juan, /remind en 2 horas enviar la oferta
err-remind-text = ¿Qué te recuerdo { $when }? P. ej. /remind mañana 10:00 llamar a Juan
err-past = { $when } ya pasó. P. ej. /remind mañana 10:00 llamar a Juan
err-summary-long = Es más largo de lo que guardo en una entrada (máximo { $max } caracteres).

## Teams: whose client it is
dup-owner = 👤 Lo lleva { $owner } · último contacto { $when }
dup-owner-quiet = 👤 Lo lleva { $owner } · sin contacto todavía
card-owner = 🧑‍💼 Responsable: { $owner }
role-owner = propietario
role-lead = jefe de equipo
role-manager = comercial
err-read-only = { $name } es cliente de { $owner }: puedes verlo, no cambiarlo. Pregunta a { $owner } o a tu jefe de equipo.
err-role = Tu rol en el equipo no permite eso. Pregunta al propietario del equipo.
