# A chat writing faster than it can be answered; the database out of reach.

flood-shed = ✋ Son muchos mensajes a la vez: respondo en orden y me salto el resto. Reenvía en un momento lo que se me haya pasado.
storage-down = ⏳ Ahora mismo no llego a mi almacenamiento. Te respondo en cuanto vuelva.
storage-gave-up = ⚠️ Mi almacenamiento sigue sin responder, así que esto no se guardó: envíalo de nuevo en unos minutos.
