# Teams: invites, /team, roles, removing a member, switching teams, reassigning a client.
# $role is always a role code: owner, lead or manager (role-name turns it into words).

## Command menu and /help
cmd-invite = Invite a colleague
cmd-invites = Open invitations
cmd-team = Team members and settings
cmd-teams = My teams, switch team
cmd-assign = Give a client to a colleague
help-invite = /invite — a manager  ·  /invite lead — a team lead
help-invites = /invites — open links, revoke one
help-team = /team  ·  /team name Acme Sales  ·  /team stale 14  ·  /team shared off
help-teams = /teams — switch to another team
help-assign = /assign — the client you have open goes to someone else

## Roles as words
role-name = { $role ->
    [owner] owner
    [lead] team lead
   *[manager] manager
}

## Invitations
invite-created = ✉️ Invitation to { $team } as { role-name }, valid until { $until }.
invite-link = Send your colleague this link: { $link }
invite-raw = Or they send me: /start { $code }
invite-once = The link works once. Withdraw it with /invites.
invites-title = ✉️ Open invitations: { $count }
invites-line = { $n }. { role-name } · until { $until } · { $link }
invites-none = No open invitations. Create one: /invite or /invite lead
invite-revoked = ✅ Invitation withdrawn: that link no longer works.
btn-revoke = ✖️ Withdraw { $n }
err-invite-role = I can invite a manager or a team lead, not “{ $input }”. E.g. /invite or /invite lead
err-invite-limit = You already have { $max } open invitations. Withdraw some first: /invites
err-invite-gone = That invitation isn't open any more. See /invites

## Joining a team
join-welcome = 🎉 Welcome to { $team }! Your role: { role-name }.
join-what = { $role ->
    [lead] You see and edit all the team's clients and deals, and you get the daily digest.
   *[manager] { $shared ->
        [yes] You work your own clients and deals, and you can look up the team's clients (read-only).
       *[no] You work your own clients and deals.
    }
}
join-next = Add your first client: /add Ivan Petrov +7 999 123-45-67 · your teams: /teams · everything: /help
join-settings = Your time zone: { $zone }. Change it with /tz, the language with /lang.
join-unknown = This invitation link doesn't work. Check that it was copied whole, or ask the team owner for a new link.
join-expired = ⌛ This invitation has expired. Ask the team owner for a new link.
join-used = This invitation has already been used — each link works once. Ask the team owner for a new link.
join-revoked = The team owner withdrew this invitation. Ask them for a new link.
join-already = You're already in { $team }. To work there: /teams
join-owner = You own a team with other members in it, so you can't move to another team. Remove them first (/team), or ask the other owner to invite a different account.

## /team
team-title = 👥 { $team } — { $count ->
    [one] one member
   *[other] { $count } members
}
team-line = • { $name }{ $you ->
    [yes] {" "}(you)
   *[no] {""}
} — { role-name } · { $clients ->
    [0] no clients
    [one] one client
   *[other] { $clients } clients
}
team-settings = ⚙️ Shared base: { $shared ->
    [yes] on (managers see the team's clients, read-only)
   *[no] off (managers see only their own clients)
} · stale after { $days ->
    [one] one day
   *[other] { $days } days
} without activity
team-owner-hint = Change: /team name Acme Sales · /team stale 14 · invite: /invite
btn-make-lead = ⬆️ { $name }: make lead
btn-make-manager = ⬇️ { $name }: make manager
btn-remove = ✖️ Remove { $name }
btn-shared-on = 👁 Turn the shared base on
btn-shared-off = 🔒 Turn the shared base off
team-role-set = ✅ { $name } is now { role-name }.
team-remove-ask = Remove { $name } from the team? Their access ends at once. Who takes over their { $clients ->
    [0] deals
    [one] client and deals
   *[other] { $clients } clients and deals
}?
btn-heir = ➡️ { $name }
team-removed = ✅ { $name } is no longer in the team.
team-handed-over = { $heir } took over { $clients ->
    [0] no clients
    [one] one client
   *[other] { $clients } clients
} and { $deals ->
    [0] no deals
    [one] one deal
   *[other] { $deals } deals
}; the history stays as it was.
team-reminders-cancelled = { $count ->
    [0] {""}
    [one] One of their reminders was cancelled.
   *[other] { $count } of their reminders were cancelled.
}
team-renamed = ✅ The team is now called { $team }.
team-stale-set = ✅ A deal or client is stale after { $days ->
    [one] one day
   *[other] { $days } days
} without activity.
team-shared-set = { $on ->
    [yes] ✅ Shared base on: managers see the team's clients (read-only).
   *[no] 🔒 Shared base off: managers see only their own clients.
}
err-member-gone = That person isn't in your team (any more). See /team
err-owner-fixed = The owner's role can't be changed and the owner can't be removed.
err-heir-gone = Pick someone who is still in the team: /team
err-team-args = I know: /team · /team name Acme Sales · /team stale 14 · /team shared on (or off)
err-team-name = Send the new name, e.g. /team name Acme Sales ({ $max } characters at most).
err-stale-days = Send the number of days from 1 to 365, e.g. /team stale 14
err-team-shared = Send /team shared on or /team shared off — or use the button under /team.

## /teams
teams-title = 👥 Your teams:
teams-line = { $current ->
    [yes] ▶️
   *[no] •
} { $team } — { role-name } · { $members ->
    [one] one member
   *[other] { $members } members
}
teams-none = You're not in a team yet. Send /start to create your own, or open an invitation link from a team owner.
btn-switch = ↪️ Work in { $team }
team-switched = ✅ You now work in { $team } ({ role-name }).
err-team-gone = You're not in that team (any more). See /teams

## Reassigning a client
btn-assign = 👥 Reassign
btn-assign-to = ➡️ { $name }
assign-pick = Who should work with { $name } from now on? Now: { $owner }.
assign-done = ✅ { $name } is now { $owner }'s client. The history stays as it was.
err-assign-focus = Open the client first (/find Ivan), then send /assign — or tap 👥 Reassign on the card.
err-assign-alone = There's nobody else in the team yet. Invite a colleague: /invite

## Notices to other members
team-joined-notice = 👋 { $name } joined your team as { role-name }.
team-removed-notice = You are no longer in the team { $team }: its clients and deals are closed to you now. { $others ->
    [0] You're not in any team now: send /start to set up your own, or open an invitation link.
   *[other] You still have your other teams — /teams.
}
