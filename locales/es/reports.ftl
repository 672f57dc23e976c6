# Cifras al momento: /pipeline, /stats, /when, /target, /source, /sources.

## Menú de comandos y /help
cmd-pipeline = Embudo: etapas, previsión, tasa de cierre
cmd-stats = Reuniones: hechas, de seguimiento, previstas
cmd-when = Mi próxima y última reunión con un cliente
cmd-target = Objetivos de ventas y su avance
cmd-source = Origen de un cliente, coste de los orígenes
cmd-sources = Qué origen de clientes es rentable
help-pipeline = /pipeline  ·  /pipeline trimestre  ·  /pipeline 01.10..31.12 @Ana
help-stats = /stats — la semana pasada  ·  /stats este mes  ·  /stats próximo mes @Ana
help-when = /when Ivanov — mi próxima y última reunión y llamada con él
help-target = /target 50000 EUR mes  ·  /target 150000 EUR trimestre @Ana  ·  /target
help-source = /source Banner (el cliente abierto)  ·  /source cost Banner 500 EUR 2026-11
help-sources = /sources  ·  /sources trimestre

## Periodos y personas
rep-period-month = { $month ->
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
} de { $year }
rep-period-quarter = T{ $quarter } { $year }
rep-period-range = { $from } – { $to }
rep-who-team = Equipo

## Botones
rep-btn-week = Semana
rep-btn-month = Mes
rep-btn-quarter = Trimestre
rep-btn-last-week = Semana pasada
rep-btn-this-week = Esta semana
rep-btn-last-month = Mes pasado
rep-btn-this-month = Este mes
rep-btn-next-month = Próximo mes
rep-btn-open-client = Abrir { $name }

## /pipeline
rep-pipe-title = 📊 Embudo
rep-pipe-open = Tratos abiertos ahora:
rep-pipe-empty = Aún no hay tratos abiertos.
rep-pipe-stage = { $number }. { $name } — { $count ->
    [0] sin tratos
    [one] 1 trato · { $sum }
   *[other] { $count } tratos · { $sum }
}
rep-pipe-weighted = { "   " }ponderado { $sum }
rep-pipe-moved = { "   " }avanzaron: { $forward } de { $left } ({ $percent }%)
rep-pipe-forecast = Previsión ponderada: { $sum }
rep-pipe-flow = { $new } nuevos · { $won } ganados · { $lost } perdidos
rep-pipe-won = Ganado: { $sum }
rep-pipe-win-rate = Tasa de cierre: { $percent }% ({ $won } de { $closed })
rep-pipe-no-closed = Ningún trato ganado ni perdido en este periodo.
rep-pipe-days = Tiempo medio hasta ganar: { $days ->
    [one] 1 día
   *[other] { $days } días
}

## Objetivos
rep-target-progress = { $won } de { $target } — { $percent }%
rep-target-set-team = ✅ Objetivo del equipo: { $amount }
rep-target-set-member = ✅ Objetivo de { $name }: { $amount }
rep-target-removed = 🗑 Objetivo en { $currency } eliminado:
rep-targets-title = 🎯 Objetivos de este mes y trimestre
rep-targets-none = Aún no hay objetivos. Fija uno: /target 50000 EUR mes

## /stats y /when
rep-stats-title = 📅 Reuniones
rep-stats-held = Hechas: { $held }
rep-stats-outcomes = → siguiente paso: { $next } · → ganado: { $won }
rep-stats-booked = Reuniones de seguimiento agendadas: { $count }
rep-stats-planned = { $count ->
    [0] ninguna reunión prevista
    [one] 1 reunión prevista
   *[other] { $count } reuniones previstas
}
rep-when-title = 🗓 { $name }
rep-when-next-meeting = ⏭ Próxima reunión: { $when }
rep-when-last-meeting = ⏮ Última reunión: { $when }
rep-when-next-call = 📞 Próxima llamada: { $when }
rep-when-last-call = 📞 Última llamada: { $when }
rep-when-no-next-meeting = ⏭ No hay reunión prevista.
rep-when-no-last-meeting = ⏮ Aún no hubo reuniones.
rep-when-no-next-call = 📞 No hay llamada prevista.
rep-when-no-last-call = 📞 Aún no hubo llamadas.
rep-when-pick = { $count } clientes coinciden con «{ $query }». ¿Cuál?

## Orígenes de clientes
rep-source-is = { $name }: origen «{ $source }». Cambiarlo: /source Banner
rep-source-unset = { $name } aún no tiene origen. Ponle uno: /source Banner
rep-source-set = ✅ { $name }: origen «{ $source }»
rep-source-cleared = ✅ { $name }: origen quitado
rep-source-none = (sin origen)
rep-cost-set = ✅ Coste de { $source }: { $amount }
rep-sources-title = 📣 Orígenes de clientes
rep-sources-empty = Nada en este periodo: ni clientes nuevos, ni tratos, ni costes.
rep-sources-return = retorno { $return }
rep-sources-return-roi = retorno { $return } (ROI { $roi }%)
rep-sources-detail = { "   " }ganado { $won } ({ $won_deals }) · coste { $cost } · clientes nuevos { $clients } · tratos { $deals }
rep-sources-quiet = Aún sin ingresos ni costes:
rep-sources-counts = clientes nuevos { $clients } · tratos { $deals }

## Entradas incorrectas
rep-err-period = No conozco el periodo «{ $input }». Prueba: semana, mes, trimestre, mes pasado, 2026-11, Q4 2026 o 01.10..31.12
rep-err-date = «{ $input }» no es una fecha. Ejemplo: /pipeline 01.10..31.12
rep-err-range-reversed = El periodo termina antes de empezar. Ejemplo: /pipeline 01.10..31.12
rep-err-range-long = El periodo es demasiado largo: como mucho { $days } días.
rep-err-nobody = Nadie en tu equipo se llama «{ $name }». Mira /team.
rep-err-several-members = Varias personas coinciden con «{ $name }»: { $names }. Escribe más del nombre.
rep-err-own-only = Ves tus propias cifras; las del equipo son para el propietario y los líderes.
rep-err-amount = No entiendo el importe en «{ $input }». Ejemplo: /target 50000 EUR mes
rep-err-no-currency = ¿En qué moneda? Ejemplo: /target 50000 EUR mes
rep-err-currency = «{ $code }» no es una moneda que conozca. Usa un código como EUR, USD o MXN.
rep-err-negative = El importe debe ser un número positivo.
rep-err-too-large = Ese importe es demasiado grande para ser real.
rep-err-decimals = { $currency } { $max ->
    [0] no tiene decimales
    [one] tiene 1 decimal
   *[other] tiene { $max } decimales
}.
rep-err-target-period = Un objetivo es para un mes o un trimestre. Ejemplo: /target 50000 EUR trimestre
rep-err-target-past = Ese periodo ya pasó: fija un objetivo para este mes o trimestre o uno posterior.
rep-err-when-empty = ¿Con quién? Ejemplo: /when Ivanov
rep-err-when-none = Ningún cliente coincide con «{ $query }».
rep-err-source-no-focus = Abre primero un cliente (/find) y luego: /source Banner
rep-err-source-long = Un origen puede tener como mucho { $max } caracteres (este tiene { $length }).
rep-err-cost-usage = Escribe el origen, el importe y el mes. Ejemplo: /source cost Banner 500 EUR 2026-11
rep-err-cost-month = Los costes son por mes. Ejemplo: /source cost Banner 500 EUR 2026-11
