# The audit log: /audit (team owner only). Lines are "when · who: what — which record"; names come from the
# live records, so a deleted record shows as "deleted client #12".
# $role is a role code (owner, lead, manager): the messages below turn it into words.

## Command menu and /help
cmd-audit = Team log: who changed what, and when
help-audit = /audit  ·  /audit @Anna  ·  /audit deals week  ·  /audit 01.11..30.11  ·  /audit keep 365

## The page
audit-title = 📜 Team log, newest first
audit-group = { $group ->
    [clients] clients
    [activities] notes, meetings, calls, reminders
    [deals] deals
    [team] team and invitations
    [settings] settings
    [campaigns] campaigns
   *[customers] customers
}
audit-empty = Nothing recorded yet. Changes to clients, deals and the team will show here.
audit-empty-filter = Nothing matches this filter.
audit-hint = Filter: /audit @Anna · /audit deals · /audit week · /audit 01.11..30.11 · Keep: /audit keep
audit-btn-older = ◀ Older
audit-btn-newer = Newer ▶
audit-when = { $when }
audit-when-dated = { $date }, { $time }
audit-who-customer = A customer
audit-gone = { $kind ->
    [client] deleted client
    [deal] deleted deal
    [campaign] deleted campaign
   *[member] former member
} #{ $id }
audit-campaign-unnamed = campaign #{ $id }
audit-other = made a change

## What happened
audit-client-added = added a client
audit-client-edited = changed a client's details
audit-client-assigned = handed a client to { $to }
audit-activity = { $kind ->
    [meeting] logged a meeting
    [call] logged a call
    [message] wrote to the customer
   *[note] added a note
}
audit-outcome = recorded how it went
audit-reminder = { $change ->
    [set] set a reminder
    [done] finished a reminder
   *[moved] moved a reminder
}
audit-deal-created = created a deal, { $amount }
audit-deal-moved = moved a deal: { $from } → { $to }
audit-deal-won = 🏆 won a deal: { $from } → { $to }
audit-deal-lost = ❌ lost a deal: { $from } → { $to }
audit-deal-edited = changed a deal's { $field ->
    [amount] amount
   *[close] close date
}
audit-deal-assigned = handed a deal to { $to }
audit-member-joined = joined the team as { $role ->
    [owner] owner
    [lead] team lead
   *[manager] manager
}
audit-member-removed = removed a member; their work went to { $to }
audit-role-changed = made a member { $role ->
    [owner] owner
    [lead] team lead
   *[manager] manager
}
audit-invite-created = invited someone as { $role ->
    [owner] owner
    [lead] team lead
   *[manager] manager
}
audit-invite-withdrawn = withdrew an invitation
audit-team-settings = changed the team's { $what ->
    [name] name
    [shared] shared base
   *[stale] stale-after days
}
audit-stages = changed the pipeline stages
audit-target = changed a revenue target
audit-source-cost = recorded a lead source cost
audit-promo-settings = changed the promotion settings
audit-keep-changed = set the log to keep { $days } days
audit-campaign = { $change ->
    [created] started a campaign draft
    [started] sent a campaign
    [scheduled] scheduled a campaign
    [paused] paused a campaign
    [resumed] resumed a campaign
    [cancelled] cancelled a campaign
   *[deleted] deleted a campaign draft
}
audit-segment = saved a segment
audit-code = redeemed a promo code
audit-customer-erased = erased their data at their request
audit-consent = { $change ->
    [in] opted in to promotions
    [stop] stopped promotions
   *[resume] subscribed to promotions again
}

## Retention and errors
audit-keep-now = The log keeps events for { $days } days. Change: /audit keep 90
audit-keep-set = ✅ The log now keeps events for { $days } days. Older ones are removed within the hour.
audit-err-keep = “{ $input }” isn't a number of days I can use. Keep the log { $min }–{ $max } days, e.g. /audit keep 365
audit-err-filter = I can't filter by “{ $input }”. Try: /audit @Anna · /audit clients, deals, notes, team, settings, campaigns or customers · /audit week · /audit 01.11..30.11
audit-err-stale = That page of the log is out of date. Send /audit again.
