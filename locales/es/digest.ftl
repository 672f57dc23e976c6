# El resumen diario, los avisos de inactividad y el grupo del equipo (core/digest).

## Menú de comandos y /help
cmd-digest = Resumen diario: ahora o programado
help-digest = /digest — ahora  ·  /digest 08:30 lun-vie  ·  /digest off  ·  /digest here (en el grupo del equipo)

## El resumen
digest-title-team = ☀️ { $team } — { $date }
digest-title-own = ☀️ Tu resumen — { $date }
digest-late = ⏰ Con retraso: tocaba a las { $when } y yo estaba desconectado.
digest-yesterday = 📒 Ayer, { $date }:
digest-since = 📒 Desde el { $date }:
digest-idle = nada registrado
digest-idle-members = ▫️ Sin registros: { $names }
digest-meetings = { $count ->
    [one] 1 reunión
   *[other] { $count } reuniones
}
digest-calls = { $count ->
    [one] 1 llamada
   *[other] { $count } llamadas
}
digest-notes = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
digest-moves = { $count ->
    [one] 1 trato movido
   *[other] { $count } tratos movidos
}
digest-won = ✅ ganados { $count }: { $amount }
digest-lost = ❌ perdidos { $count }: { $amount }
digest-targets = 🎯 Objetivos:
digest-target-team = • Equipo, { $period ->
    [month] este mes
   *[quarter] este trimestre
}: { $done } de { $target } ({ $percent } %)
digest-target-member = • { $name }, { $period ->
    [month] este mes
   *[quarter] este trimestre
}: { $done } de { $target } ({ $percent } %)
digest-agenda = 📅 Hoy: { $count }
digest-agenda-none = 📅 Hoy no hay reuniones ni llamadas.
digest-agenda-line = • { $time } { $kind ->
    [call] 📞
   *[meeting] 🤝
} { $client }
digest-overdue = ⚠️ Recordatorios vencidos: { $count }
digest-overdue-line = • { $when }: { $text }
digest-stale = 💤 Sin actividad { $days }+ días: { $count }
digest-stale-line = • { $title } ({ $client }), { $amount }, { $days } d
digest-new-clients = 🆕 Clientes nuevos: { $count }
digest-no-source = sin origen { $count }
digest-more = …y { $count } más
digest-btn-today = 📅 Hoy

## Ajustes
digest-footer-on = ⚙️ Llega a las { $time } —
digest-footer-off = ⚙️ El resumen diario está desactivado: /digest on lo activa.
digest-set = ✅ Resumen a las { $time } —
digest-next = Próximo: { $when }.
digest-set-off = 🔕 Sin resumen diario. /digest lo muestra cuando quieras; /digest on lo recupera.
digest-days-all = todos los días
digest-wd-1 = lun
digest-wd-2 = mar
digest-wd-3 = mié
digest-wd-4 = jue
digest-wd-5 = vie
digest-wd-6 = sáb
digest-wd-7 = dom
err-digest-args = No entendí «{ $input }». Prueba: /digest 08:30  ·  /digest lun-vie  ·  /digest lun,mié,vie  ·  /digest on  ·  /digest off
err-digest-time = «{ $input }» no es una hora. Ejemplo: /digest 08:30

## El grupo del equipo
digest-here-private = Añádeme al grupo de Telegram de tu equipo y envía allí /digest here: publicaré el resumen del equipo cada mañana.
digest-here-set = ✅ El resumen de { $team } se publicará aquí a las { $time } —
digest-here-owner = Solo el propietario del equipo puede elegir el grupo.
digest-here-taken = Este grupo ya recibe el resumen de otro equipo.
digest-here-off = 🔕 El resumen del equipo ya no se publica en el grupo.
digest-here-none = No hay grupo del equipo. Añádeme a un grupo y envía allí /digest here.
digest-group-members-only = Solo trabajo para los miembros del equipo { $team }.

## Avisos de inactividad
stale-title = 💤 Sin actividad { $days }+ días: { $count }
stale-deal-line = • { $title } ({ $client }), { $amount } — sin novedades desde { $since }
stale-client-line = • { $client } — sin novedades desde { $since }
stale-more = …y { $count } más la próxima vez
stale-btn-call = 📞 { $name }
stale-btn-remind = ⏰ Recordar
stale-btn-snooze = 💤 Una semana
stale-snoozed = 💤 { $name }: pospuesto hasta { $until }.
