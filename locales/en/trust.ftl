# A chat writing faster than it can be answered; the database out of reach.

flood-shed = ✋ That's a lot at once — I'm answering in order and skipping the rest. Send anything I missed again in a moment.
storage-down = ⏳ I can't reach my storage right now. I'll answer this as soon as it's back.
storage-gave-up = ⚠️ My storage is still out of reach, so this wasn't saved: please send it again in a few minutes.
