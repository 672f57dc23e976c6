# Negocios y embudo: /deal, /deals, la ficha del negocio, etapas, /stages.

## Menú de comandos y /help
cmd-deal = Nuevo negocio para el cliente abierto
cmd-deals = Mis negocios por etapa
cmd-stages = Etapas del embudo (propietario)
help-deal = /deal 12000 EUR Rediseño web  ·  /deal 5000 USD Auditoría 25.12
help-deals = /deals — los míos por etapa, vencidos e inactivos  ·  /deals all — los de todo el equipo
help-stages = /stages — renombrar, ordenar, añadir y ocultar etapas

## Crear un negocio
deal-ask-amount = Nuevo negocio con { $name }: ¿cuánto y de qué se trata? P. ej. 12000 EUR Rediseño web
deal-ask-title = { $amount } para { $name }: ¿cómo se llama el negocio? P. ej. Rediseño web
deal-created = ✅ Negocio creado: { $title }
deal-hint-close = Toca 📅 Fecha de cierre cuando sepas cuándo debería cerrarse.
deal-hint-past-close = Ojo: { $date } ya pasó, así que el negocio aparece como vencido.

## Ficha del negocio
deal-card-title = 💼 { $title }
deal-card-client = 👤 { $name }
deal-card-amount = 💰 { $amount }
deal-card-stage = 📊 { $stage } · { $probability }% · ponderado { $weighted }
deal-card-stage-closed = 📊 { $stage }
deal-card-close = 📅 Cierre previsto: { $date }
deal-card-close-overdue = ⏰ Cierre previsto: { $date } — vencido
deal-card-no-close = 📅 Aún sin fecha de cierre
deal-card-won = 🏆 Ganado el { $when }
deal-card-lost = ❌ Perdido el { $when }
deal-card-owner = 🧑 Responsable: { $owner }
deal-card-source = 📣 Origen: { $source }
deal-card-activity = 🕒 Última actividad: { $when }
deal-card-history = Historial:
deal-card-read-only = 👀 Negocio de { $owner }: puedes verlo, no cambiarlo.
deal-event-created = { $when } · { $who }: creado en { $to }
deal-event-moved = { $when } · { $who }: { $from } → { $to }
deal-event-reassigned = { $when } · { $who }: traspasado { $from } → { $to }
deal-event-amount = { $when } · { $who }: importe { $from } → { $to }
deal-event-close = { $when } · { $who }: fecha de cierre { $from } → { $to }
deal-line = { $title } — { $amount } · { $stage }
deal-client-deals = 💼 Negocios:

## Botones
deal-btn-new = ➕ Nuevo negocio
deal-btn-all = 💼 Todos los negocios
deal-btn-close = 📅 Fecha de cierre
deal-btn-reassign = 🔁 Traspasar
deal-btn-as-is = ✅ Mismo importe

## Avanzar por el embudo
deal-moved = ✅ Movido: { $from } → { $to }
deal-stale = ⚠️ Este negocio cambió mientras tanto: ahora está en { $stage }. No se movió nada; elige de nuevo:
deal-stage-gone = ⚠️ Esa etapa ya no se ofrece. El negocio está en { $stage }; elige de nuevo:
deal-ask-lost-reason = ¿Por qué se perdió «{ $title }»? Toca un motivo o escribe el tuyo.
deal-reason-price = 💸 Precio
deal-reason-competitor = 🥊 Competencia
deal-reason-no-budget = 🪙 Sin presupuesto
deal-reason-no-response = 🔇 Sin respuesta
deal-reason-timing = ⏳ Mal momento
deal-won-ask = 🏆 ¿Ganado por { $amount }? Si el importe final es otro, escríbelo (p. ej. 11500).
deal-won-kept = 🏆 { $title }: ganado por { $amount }.
deal-amount-set = ✅ Importe guardado.
deal-ask-close = ¿Cuándo debería cerrarse «{ $title }»? P. ej. 25.12, el viernes que viene, 2027-01-31 — o - para quitar la fecha.
deal-close-set = ✅ Fecha de cierre guardada.
deal-pick-owner = ¿Quién se encarga de «{ $title }»?
deal-reassigned = ✅ Traspasado a { $owner }. El historial se queda con el negocio.
deal-owner-unchanged = ⚠️ No cambió nada: esa persona ya no está en el equipo o el negocio cambió mientras tanto (ahora en { $stage }).

## /deals
deals-title = 💼 Mis negocios
deals-title-all = 💼 Negocios del equipo
deals-stage = 📊 { $stage } ({ $count })
deals-overdue = ⏰ Vencidos ({ $count })
deals-stale = 💤 Sin actividad desde hace { $days }+ días ({ $count })
deals-more = …y { $count } más
deals-none = Aún no hay negocios abiertos. Abre un cliente y envía p. ej. /deal 12000 EUR Rediseño web
deals-of-client = 💼 Negocios de { $name }:

## /stages
stages-title = Etapas del embudo (nombres en { $lang ->
    [ru] ruso
    [es] español
    [hi] hindi
    [vi] vietnamita
    [fa] persa
    [ta] tamil
   *[en] inglés
}):
stages-line = { $n }. { $name } · { $kind ->
    [won] 🏆
    [lost] ❌
   *[open] { $probability }%
}{ $hidden ->
    [yes] {" "}· oculta
   *[no] {""}
}
stages-hint = Toca un nombre para renombrar la etapa en tu idioma (los demás idiomas conservan el suyo; cámbialo con /lang). ↑↓ ordenan, 🙈 quita la etapa de los botones.
stages-btn-add = ➕ Añadir etapa
stages-btn-hide = 🙈 Ocultar
stages-btn-show = 👁 Mostrar
stages-ask-rename = ¿Nuevo nombre para «{ $name }»? Puedes añadir una probabilidad: Demo 40%
stages-ask-new = ¿Nombre de la nueva etapa? Puedes añadir una probabilidad: Demo 40%
stages-saved = ✅ Guardado.

## Problemas
deal-err-no-client = ¿Con qué cliente? Ábrelo primero (/find Iván) y luego: /deal 12000 EUR Rediseño web
deal-err-amount = No entendí el importe. Ejemplo: /deal 12000 EUR Rediseño web
deal-err-no-currency = ¿En qué moneda? Ejemplo: 12000 EUR, $99.99, ₽ 5000
deal-err-negative = Un importe no puede ser negativo. Ejemplo: 12000 EUR
deal-err-zero = El importe debe ser mayor que cero. Ejemplo: 12000 EUR
deal-err-too-large = Ese importe es demasiado grande para ser real. Ejemplo: 12000 EUR
deal-err-currency = No conozco la moneda «{ $code }». Usa un código como EUR, USD, RUB, INR o un símbolo como €, $, ₽.
deal-err-decimals = { $code } { $max ->
    [0] no tiene decimales
    [one] solo tiene un decimal
   *[other] solo tiene { $max } decimales
}. Ejemplo: 12000 { $code }
deal-err-other-currency = Este negocio está en { $code }. Escribe el importe en { $code }, p. ej. 11500
deal-err-title = ¿Cómo se llama el negocio? P. ej. Rediseño web
deal-err-title-long = El título es demasiado largo ({ $length } caracteres; máximo { $max }).
deal-err-close = No encontré una fecha. P. ej. 25.12, el viernes que viene, 2027-01-31 — o - para quitarla.
deal-err-note-empty = Envía el texto de la nota.
deal-err-gone = Ya no encuentro ese negocio. Mira /deals
deal-err-read-only = «{ $title }» es un negocio de { $owner }: puedes verlo, no cambiarlo. Pregunta a { $owner } o a tu jefe de equipo.
deal-err-no-stage = El embudo no tiene ninguna etapa abierta. El propietario puede añadir una: /stages
deal-err-no-colleague = No hay nadie más en el equipo a quien traspasarlo. Invita primero a un compañero.
deal-err-deals-args = Envía /deals para los tuyos, o /deals all para los de todo el equipo.
stages-err-taken = Ya hay una etapa llamada «{ $name }». Elige otro nombre.
stages-err-last = ⚠️ Es la última etapa visible de su tipo: debe quedar al menos una abierta, una ganada y una perdida.
stages-err-name = Envía el nombre de la etapa, p. ej. Demo
stages-err-long = Ese nombre es demasiado largo ({ $length } caracteres; máximo { $max }).
stages-err-probability = La probabilidad es un porcentaje de 0 a 100, p. ej. Demo 40%
stages-err-too-many = Un embudo tiene como máximo { $max } etapas.
