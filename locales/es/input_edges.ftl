# A moment in another year than now always shows its year.
fmt-datetime-year = %a %d %b %Y, %H:%M
err-date-range = «{ $input }» queda demasiado lejos: acepto fechas de { $from } a { $to }. Por ejemplo: 25.12 10:00, el viernes, en 3 semanas
err-stale-button = Ese botón es de un mensaje antiguo y ya no funciona. Envía el comando otra vez: /help los muestra todos.
