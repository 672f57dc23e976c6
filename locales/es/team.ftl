# Equipos: invitaciones, /team, roles, quitar a un miembro, cambiar de equipo, reasignar un cliente.
# $role es siempre un código de rol: owner, lead o manager (role-name lo convierte en palabras).

## Menú de comandos y /help
cmd-invite = Invitar a un compañero
cmd-invites = Invitaciones abiertas
cmd-team = Miembros y ajustes del equipo
cmd-teams = Mis equipos, cambiar de equipo
cmd-assign = Pasar un cliente a un compañero
help-invite = /invite — un comercial  ·  /invite lead — un jefe de equipo
help-invites = /invites — enlaces abiertos, retirar uno
help-team = /team  ·  /team name Acme Sales  ·  /team stale 14  ·  /team shared off
help-teams = /teams — trabajar en otro equipo
help-assign = /assign — el cliente abierto pasa a otra persona

## Roles en palabras
role-name = { $role ->
    [owner] propietario
    [lead] jefe de equipo
   *[manager] comercial
}

## Invitaciones
invite-created = ✉️ Invitación a { $team } como { role-name }, válida hasta { $until }.
invite-link = Envía este enlace a tu compañero: { $link }
invite-raw = O que me envíe: /start { $code }
invite-once = El enlace funciona una sola vez. Para retirarlo: /invites
invites-title = ✉️ Invitaciones abiertas: { $count }
invites-line = { $n }. { role-name } · hasta { $until } · { $link }
invites-none = No hay invitaciones abiertas. Crea una: /invite o /invite lead
invite-revoked = ✅ Invitación retirada: ese enlace ya no funciona.
btn-revoke = ✖️ Retirar { $n }
err-invite-role = Puedo invitar a un comercial o a un jefe de equipo, no «{ $input }». Ej.: /invite o /invite lead
err-invite-limit = Ya tienes { $max } invitaciones abiertas. Retira alguna primero: /invites
err-invite-gone = Esa invitación ya no está abierta. Mira /invites

## Unirse a un equipo
join-welcome = 🎉 ¡Bienvenido a { $team }! Tu rol: { role-name }.
join-what = { $role ->
    [lead] Ves y editas todos los clientes y tratos del equipo, y recibes el resumen diario.
   *[manager] { $shared ->
        [yes] Llevas tus propios clientes y tratos, y puedes consultar los clientes del equipo (solo lectura).
       *[no] Llevas tus propios clientes y tratos.
    }
}
join-next = Añade tu primer cliente: /add Juan Pérez +34 612 345 678 · tus equipos: /teams · todo: /help
join-settings = Tu zona horaria: { $zone }. Cámbiala con /tz y el idioma con /lang.
join-unknown = Este enlace de invitación no funciona. Comprueba que se copió entero o pide uno nuevo al propietario del equipo.
join-expired = ⌛ Esta invitación ha caducado. Pide un enlace nuevo al propietario del equipo.
join-used = Esta invitación ya se usó: cada enlace funciona una sola vez. Pide uno nuevo al propietario del equipo.
join-revoked = El propietario del equipo retiró esta invitación. Pídele un enlace nuevo.
join-already = Ya estás en { $team }. Para trabajar allí: /teams
join-owner = Eres propietario de un equipo con otros miembros, así que no puedes pasarte a otro equipo. Quítalos antes (/team) o pide que inviten a otra cuenta.

## /team
team-title = 👥 { $team } — { $count ->
    [one] un miembro
   *[other] { $count } miembros
}
team-line = • { $name }{ $you ->
    [yes] {" "}(tú)
   *[no] {""}
} — { role-name } · { $clients ->
    [0] sin clientes
    [one] un cliente
   *[other] { $clients } clientes
}
team-settings = ⚙️ Base compartida: { $shared ->
    [yes] activada (los comerciales ven los clientes del equipo, solo lectura)
   *[no] desactivada (los comerciales solo ven sus clientes)
} · inactivo tras { $days ->
    [one] un día
   *[other] { $days } días
} sin actividad
team-owner-hint = Cambiar: /team name Acme Sales · /team stale 14 · invitar: /invite
btn-make-lead = ⬆️ { $name }: hacer jefe
btn-make-manager = ⬇️ { $name }: hacer comercial
btn-remove = ✖️ Quitar a { $name }
btn-shared-on = 👁 Activar la base compartida
btn-shared-off = 🔒 Desactivar la base compartida
team-role-set = ✅ { $name } ahora es { role-name }.
team-remove-ask = ¿Quitar a { $name } del equipo? Su acceso termina al instante. ¿Quién se queda con { $clients ->
    [0] sus tratos
    [one] su cliente y sus tratos
   *[other] sus { $clients } clientes y sus tratos
}?
btn-heir = ➡️ { $name }
team-removed = ✅ { $name } ya no está en el equipo.
team-handed-over = { $heir } se queda con { $clients ->
    [one] un cliente
   *[other] { $clients } clientes
} y { $deals ->
    [one] un trato
   *[other] { $deals } tratos
}; el historial queda como estaba.
team-reminders-cancelled = { $count ->
    [0] {""}
    [one] Se canceló uno de sus recordatorios.
   *[other] Se cancelaron { $count } de sus recordatorios.
}
team-renamed = ✅ El equipo ahora se llama { $team }.
team-stale-set = ✅ Un trato o cliente queda inactivo tras { $days ->
    [one] un día
   *[other] { $days } días
} sin actividad.
team-shared-set = { $on ->
    [yes] ✅ Base compartida activada: los comerciales ven los clientes del equipo (solo lectura).
   *[no] 🔒 Base compartida desactivada: los comerciales solo ven sus propios clientes.
}
err-member-gone = Esa persona ya no está en tu equipo. Mira /team
err-owner-fixed = El rol del propietario no se puede cambiar ni se le puede quitar del equipo.
err-heir-gone = Elige a alguien que siga en el equipo: /team
err-team-args = Entiendo: /team · /team name Acme Sales · /team stale 14 · /team shared on (u off)
err-team-name = Envía el nombre nuevo, p. ej. /team name Acme Sales (máximo { $max } caracteres).
err-stale-days = Envía un número de días entre 1 y 365, p. ej. /team stale 14
err-team-shared = Envía /team shared on o /team shared off, o usa el botón bajo /team.

## /teams
teams-title = 👥 Tus equipos:
teams-line = { $current ->
    [yes] ▶️
   *[no] •
} { $team } — { role-name } · { $members ->
    [one] un miembro
   *[other] { $members } miembros
}
teams-none = Aún no estás en ningún equipo. Envía /start para crear el tuyo o abre un enlace de invitación del propietario de un equipo.
btn-switch = ↪️ Trabajar en { $team }
team-switched = ✅ Ahora trabajas en { $team } ({ role-name }).
err-team-gone = Ya no estás en ese equipo. Mira /teams

## Reasignar un cliente
btn-assign = 👥 Reasignar
btn-assign-to = ➡️ { $name }
assign-pick = ¿Quién lleva a { $name } a partir de ahora? Ahora: { $owner }.
assign-done = ✅ { $name } ahora es cliente de { $owner }. El historial queda como estaba.
err-assign-focus = Abre primero el cliente (/find Juan) y luego envía /assign, o pulsa 👥 Reasignar en la ficha.
err-assign-alone = Todavía no hay nadie más en el equipo. Invita a un compañero: /invite

## Notices to other members
team-joined-notice = 👋 { $name } se ha unido a tu equipo como { role-name }.
team-removed-notice = Ya no estás en el equipo { $team }: sus clientes y tratos ya no están a tu alcance. { $others ->
    [0] Ahora no estás en ningún equipo: envía /start para crear el tuyo o abre un enlace de invitación.
   *[other] Tus otros equipos siguen ahí — /teams.
}
