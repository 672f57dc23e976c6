# Registro de actividad: /audit (solo el dueño del equipo). Cada línea: «cuándo · quién: qué — sobre qué»; los
# nombres salen de los registros actuales, así que uno borrado aparece como «cliente eliminado #12».
# $role es un código de rol (owner, lead, manager): los mensajes de abajo lo convierten en palabras.

## Menú de comandos y /help
cmd-audit = Registro: quién cambió qué y cuándo
help-audit = /audit  ·  /audit @Ana  ·  /audit tratos semana  ·  /audit 01.11..30.11  ·  /audit keep 365

## La página
audit-title = 📜 Registro del equipo, lo más reciente primero
audit-group = { $group ->
    [clients] clientes
    [activities] notas, reuniones, llamadas, recordatorios
    [deals] tratos
    [team] equipo e invitaciones
    [settings] ajustes
    [campaigns] campañas
   *[customers] compradores
}
audit-empty = Aún no hay nada registrado. Aquí verás los cambios en clientes, tratos y el equipo.
audit-empty-filter = Nada coincide con este filtro.
audit-hint = Filtrar: /audit @Ana · /audit tratos · /audit semana · /audit 01.11..30.11 · Conservar: /audit keep
audit-btn-older = ◀ Anteriores
audit-btn-newer = Recientes ▶
audit-when = { $when }
audit-when-dated = { $date }, { $time }
audit-who-customer = Un comprador
audit-gone = { $kind ->
    [client] cliente eliminado
    [deal] trato eliminado
    [campaign] campaña eliminada
   *[member] exmiembro
} #{ $id }
audit-campaign-unnamed = campaña #{ $id }
audit-other = hizo un cambio

## Qué pasó
audit-client-added = añadió un cliente
audit-client-edited = cambió los datos de un cliente
audit-client-assigned = pasó un cliente a { $to }
audit-activity = { $kind ->
    [meeting] registró una reunión
    [call] registró una llamada
    [message] escribió al comprador
   *[note] añadió una nota
}
audit-outcome = anotó cómo fue
audit-reminder = { $change ->
    [set] puso un recordatorio
    [done] completó un recordatorio
   *[moved] movió un recordatorio
}
audit-deal-created = creó un trato, { $amount }
audit-deal-moved = movió un trato: { $from } → { $to }
audit-deal-won = 🏆 ganó un trato: { $from } → { $to }
audit-deal-lost = ❌ perdió un trato: { $from } → { $to }
audit-deal-edited = cambió { $field ->
    [amount] el importe de un trato
   *[close] la fecha de cierre de un trato
}
audit-deal-assigned = pasó un trato a { $to }
audit-member-joined = se unió al equipo como { $role ->
    [owner] propietario
    [lead] jefe de equipo
   *[manager] comercial
}
audit-member-removed = quitó a un miembro; su trabajo pasó a { $to }
audit-role-changed = cambió el rol de un miembro a { $role ->
    [owner] propietario
    [lead] jefe de equipo
   *[manager] comercial
}
audit-invite-created = invitó a alguien como { $role ->
    [owner] propietario
    [lead] jefe de equipo
   *[manager] comercial
}
audit-invite-withdrawn = retiró una invitación
audit-team-settings = cambió { $what ->
    [name] el nombre del equipo
    [shared] la base compartida
   *[stale] los días sin actividad
}
audit-stages = cambió las etapas del embudo
audit-target = cambió un objetivo de ventas
audit-source-cost = anotó el coste de un origen
audit-promo-settings = cambió los ajustes de promociones
audit-keep-changed = fijó el registro en { $days } días
audit-campaign = { $change ->
    [created] empezó un borrador de campaña
    [started] envió una campaña
    [scheduled] programó una campaña
    [paused] pausó una campaña
    [resumed] reanudó una campaña
    [cancelled] canceló una campaña
   *[deleted] borró un borrador de campaña
}
audit-segment = guardó un segmento
audit-code = canjeó un código promocional
audit-customer-erased = borró sus datos a petición propia
audit-consent = { $change ->
    [in] aceptó recibir promociones
    [stop] dejó de recibir promociones
   *[resume] volvió a suscribirse a las promociones
}

## Conservación y errores
audit-keep-now = El registro guarda los eventos { $days } días. Cambiar: /audit keep 90
audit-keep-set = ✅ Ahora el registro guarda los eventos { $days } días. Los más antiguos se borran en menos de una hora.
audit-err-keep = «{ $input }» no me sirve como número de días. Guarda el registro entre { $min } y { $max } días, p. ej. /audit keep 365
audit-err-filter = No sé filtrar por «{ $input }». Prueba: /audit @Ana · /audit clientes, tratos, notas, equipo, ajustes, campañas o compradores · /audit semana · /audit 01.11..30.11
audit-err-stale = Esa página del registro está desactualizada. Envía /audit otra vez.
