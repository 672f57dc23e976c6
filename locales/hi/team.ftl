# टीमें: न्योते, /team, भूमिकाएँ, सदस्य हटाना, टीम बदलना, क्लाइंट सौंपना।
# $role हमेशा भूमिका का कोड है: owner, lead या manager (role-name उसे शब्दों में बदलता है)।

## कमांड मेनू और /help
cmd-invite = सहकर्मी को न्योता दें
cmd-invites = खुले न्योते
cmd-team = टीम के सदस्य और सेटिंग्स
cmd-teams = मेरी टीमें, टीम बदलें
cmd-assign = क्लाइंट सहकर्मी को सौंपें
help-invite = /invite — मैनेजर  ·  /invite lead — टीम लीड
help-invites = /invites — खुले लिंक, कोई लिंक वापस लें
help-team = /team  ·  /team name Acme Sales  ·  /team stale 14  ·  /team shared off
help-teams = /teams — दूसरी टीम में काम करें
help-assign = /assign — खुला हुआ क्लाइंट किसी और को सौंपें

## भूमिकाएँ शब्दों में
role-name = { $role ->
    [owner] मालिक
    [lead] टीम लीड
   *[manager] मैनेजर
}

## न्योते
invite-created = ✉️ { $team } में { role-name } के रूप में न्योता, { $until } तक मान्य।
invite-link = अपने सहकर्मी को यह लिंक भेजें: { $link }
invite-raw = या वे मुझे भेजें: /start { $code }
invite-once = लिंक सिर्फ़ एक बार काम करता है। वापस लेने के लिए: /invites
invites-title = ✉️ खुले न्योते: { $count }
invites-line = { $n }. { role-name } · { $until } तक · { $link }
invites-none = कोई खुला न्योता नहीं है। नया बनाएँ: /invite या /invite lead
invite-revoked = ✅ न्योता वापस लिया गया: वह लिंक अब काम नहीं करेगा।
btn-revoke = ✖️ वापस लें { $n }
err-invite-role = मैं मैनेजर या टीम लीड को न्योता दे सकता हूँ, “{ $input }” को नहीं। जैसे: /invite या /invite lead
err-invite-limit = आपके पास पहले से { $max } खुले न्योते हैं। पहले कुछ वापस लें: /invites
err-invite-gone = यह न्योता अब खुला नहीं है। देखें /invites

## टीम में शामिल होना
join-welcome = 🎉 { $team } में आपका स्वागत है! आपकी भूमिका: { role-name }।
join-what = { $role ->
    [lead] आप टीम के सभी क्लाइंट और डील देख और बदल सकते हैं, और आपको रोज़ का सारांश मिलता है।
   *[manager] { $shared ->
        [yes] आप अपने क्लाइंट और डील संभालते हैं, और टीम के क्लाइंट देख सकते हैं (सिर्फ़ पढ़ने के लिए)।
       *[no] आप अपने क्लाइंट और डील संभालते हैं।
    }
}
join-next = पहला क्लाइंट जोड़ें: /add राहुल शर्मा +91 98765 43210 · आपकी टीमें: /teams · सब कुछ: /help
join-settings = आपका टाइम ज़ोन: { $zone }। बदलने के लिए /tz, भाषा के लिए /lang।
join-unknown = यह न्योता लिंक काम नहीं कर रहा। देखें कि पूरा कॉपी हुआ है, या टीम के मालिक से नया लिंक माँगें।
join-expired = ⌛ इस न्योते की अवधि ख़त्म हो गई है। टीम के मालिक से नया लिंक माँगें।
join-used = यह न्योता पहले ही इस्तेमाल हो चुका है — हर लिंक एक ही बार काम करता है। टीम के मालिक से नया लिंक माँगें।
join-revoked = टीम के मालिक ने यह न्योता वापस ले लिया है। उनसे नया लिंक माँगें।
join-already = आप पहले से { $team } में हैं। वहाँ काम करने के लिए: /teams
join-owner = आप ऐसी टीम के मालिक हैं जिसमें दूसरे सदस्य भी हैं, इसलिए आप दूसरी टीम में नहीं जा सकते। पहले उन्हें हटाएँ (/team), या किसी दूसरे अकाउंट को न्योता देने को कहें।

## /team
team-title = 👥 { $team } — { $count ->
    [one] एक सदस्य
   *[other] { $count } सदस्य
}
team-line = • { $name }{ $you ->
    [yes] {" "}(आप)
   *[no] {""}
} — { role-name } · { $clients ->
    [0] कोई क्लाइंट नहीं
    [one] एक क्लाइंट
   *[other] { $clients } क्लाइंट
}
team-settings = ⚙️ साझा बेस: { $shared ->
    [yes] चालू (मैनेजर टीम के क्लाइंट देख सकते हैं, सिर्फ़ पढ़ने के लिए)
   *[no] बंद (मैनेजर सिर्फ़ अपने क्लाइंट देखते हैं)
} · { $days ->
    [one] एक दिन
   *[other] { $days } दिन
} बिना गतिविधि के बाद पुराना
team-owner-hint = बदलें: /team name Acme Sales · /team stale 14 · न्योता: /invite
btn-make-lead = ⬆️ { $name }: लीड बनाएँ
btn-make-manager = ⬇️ { $name }: मैनेजर बनाएँ
btn-remove = ✖️ { $name } को हटाएँ
btn-shared-on = 👁 साझा बेस चालू करें
btn-shared-off = 🔒 साझा बेस बंद करें
team-role-set = ✅ { $name } अब { role-name } हैं।
team-remove-ask = { $name } को टीम से हटाएँ? उनकी पहुँच तुरंत बंद हो जाएगी। उनके { $clients ->
    [0] डील
    [one] एक क्लाइंट और डील
   *[other] { $clients } क्लाइंट और डील
} कौन संभालेगा?
btn-heir = ➡️ { $name }
team-removed = ✅ { $name } अब टीम में नहीं हैं।
team-handed-over = { $heir } ने { $clients ->
    [one] एक क्लाइंट
   *[other] { $clients } क्लाइंट
} और { $deals ->
    [one] एक डील
   *[other] { $deals } डील
} संभाल लिए; इतिहास जैसा था वैसा ही है।
team-reminders-cancelled = { $count ->
    [0] {""}
    [one] उनका एक रिमाइंडर रद्द किया गया।
   *[other] उनके { $count } रिमाइंडर रद्द किए गए।
}
team-renamed = ✅ टीम का नया नाम: { $team }।
team-stale-set = ✅ { $days ->
    [one] एक दिन
   *[other] { $days } दिन
} तक कोई गतिविधि न हो तो डील या क्लाइंट पुराना माना जाएगा।
team-shared-set = { $on ->
    [yes] ✅ साझा बेस चालू: मैनेजर टीम के क्लाइंट देख सकते हैं (सिर्फ़ पढ़ने के लिए)।
   *[no] 🔒 साझा बेस बंद: मैनेजर सिर्फ़ अपने क्लाइंट देखते हैं।
}
err-member-gone = यह व्यक्ति (अब) आपकी टीम में नहीं है। देखें /team
err-owner-fixed = मालिक की भूमिका नहीं बदली जा सकती और मालिक को हटाया नहीं जा सकता।
err-heir-gone = किसी ऐसे व्यक्ति को चुनें जो अभी टीम में है: /team
err-team-args = मैं समझता हूँ: /team · /team name Acme Sales · /team stale 14 · /team shared on (या off)
err-team-name = नया नाम भेजें, जैसे /team name Acme Sales (ज़्यादा से ज़्यादा { $max } अक्षर)।
err-stale-days = 1 से 365 तक दिनों की संख्या भेजें, जैसे /team stale 14
err-team-shared = /team shared on या /team shared off भेजें — या /team के नीचे वाला बटन दबाएँ।

## /teams
teams-title = 👥 आपकी टीमें:
teams-line = { $current ->
    [yes] ▶️
   *[no] •
} { $team } — { role-name } · { $members ->
    [one] एक सदस्य
   *[other] { $members } सदस्य
}
teams-none = आप अभी किसी टीम में नहीं हैं। अपनी टीम बनाने के लिए /start भेजें, या किसी टीम के मालिक का न्योता लिंक खोलें।
btn-switch = ↪️ { $team } में काम करें
team-switched = ✅ अब आप { $team } में काम कर रहे हैं ({ role-name })।
err-team-gone = आप (अब) उस टीम में नहीं हैं। देखें /teams

## क्लाइंट सौंपना
btn-assign = 👥 सौंपें
btn-assign-to = ➡️ { $name }
assign-pick = अब से { $name } के साथ कौन काम करेगा? अभी: { $owner }।
assign-done = ✅ { $name } अब { $owner } के क्लाइंट हैं। इतिहास जैसा था वैसा ही है।
err-assign-focus = पहले क्लाइंट खोलें (/find राहुल), फिर /assign भेजें — या कार्ड पर 👥 सौंपें दबाएँ।
err-assign-alone = टीम में अभी कोई और नहीं है। सहकर्मी को न्योता दें: /invite

## Notices to other members
team-joined-notice = 👋 { $name } आपकी टीम में { role-name } के रूप में शामिल हुए।
team-removed-notice = अब आप टीम { $team } में नहीं हैं: इसके क्लाइंट और डील अब आपके लिए बंद हैं। { $others ->
    [0] अभी आप किसी टीम में नहीं हैं: अपनी टीम बनाने के लिए /start भेजें, या कोई न्योता लिंक खोलें।
   *[other] आपकी बाकी टीमें वैसी ही हैं — /teams.
}
