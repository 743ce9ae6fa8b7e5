# Feedback reports (Markdown, HTML) and the gradebook, written in the teacher's language.
# Markup (bold, headings) is added around these words by the report, not written here.
report-no-name = (sin nombre)
report-student = Alumno
report-score = Puntuación
report-score-explained = (tareas puntuadas con la clave)
report-precision = Precisión
report-precision-explained = (afirmaciones que coinciden con la clave; las que pasan de las gratuitas restan)
# $flag: why the grade may not mean what it seems ("made on another version of document …").
report-flag = Nota: esta sesión fue { $flag }.
report-teacher-comment = Comentario del profesor
report-tasks = Tareas
report-col-task = tarea
report-col-found = encontradas
report-col-partly = en parte
report-col-missed = no encontradas
report-col-extra = de más
report-col-precision = precisión
report-col-points = puntos
report-col-weighs = los puntos de un elemento de la clave van a
report-teachers-rubric = rúbrica del profesor
# $points and $max: already written with one decimal.
report-points-of = { $points } / { $max }
report-weighs = pasaje { $span } · etiquetas { $labels } · pruebas { $evidence } · veredicto { $verdict }
report-weighs-rubric = la rúbrica
report-your-claims = Tus afirmaciones
report-claim = Afirmación { $number }
report-not-placed-heading = Afirmaciones sin lugar en el texto
report-not-placed = Estas afirmaciones no tienen lugar en los documentos de la lección (se importaron y su pasaje no se encontró): se guardan tal como llegaron y no se califican.
report-not-placed-why = Sin lugar: { $reason }
report-orphan-no-quote = no cita nada (una nota sobre una página entera, o una respuesta)
report-orphan-unnamed-page = se hizo en una página que el archivo no nombra (no tiene dirección)
report-orphan-titled-page = se hizo en «{ $title }», una página de la que el archivo no da dirección
report-orphan-other-source = se hizo en { $source }, que no es un documento de esta lección
report-orphan-other-document = se hizo en «{ $title }» ({ $source }), que no es un documento de esta lección
report-orphan-not-found = su cita no se encontró en «{ $title }»
report-expected = Lo que esperaba la clave
report-found = encontrada
report-partly-found = encontrada en parte
report-missed = no encontrada
# $task: the task's id; $points, $max: already written with one decimal.
report-expected-points = { $task }, { $points } / { $max } puntos
report-labels = Etiquetas
report-no-labels = ninguna
report-note = Nota
report-verdict = Veredicto
report-evidence = Prueba ({ $symbol } { $stance })
report-stance-corroborates = corrobora
report-stance-contradicts = contradice
report-stance-adds-context = añade contexto
report-nudge = Aviso no atendido ({ $kind })
report-teacher = Profesor
report-document-missing = (documento que no está en esta lección)
# The gradebook's column names (a task's column is its id).
gradebook-student = alumno
gradebook-file = archivo
gradebook-total = total
gradebook-max = máximo
gradebook-precision = precisión
gradebook-flags = avisos
# The work trail (what the student and the teacher see of how the work was made).
session-no-trail-before = no hay rastro registrado antes de esta versión: el rastro del trabajo empieza ahora
trail-none = sin rastro registrado (hecho antes de esta versión, o fuera de la aplicación)
trail-intact = rastro intacto: el trabajo es lo que hicieron sus cambios registrados
trail-broken-start = rastro roto: no empieza en este archivo (tomado de otra sesión)
trail-broken-chain = rastro roto en la entrada { $entry }: una entrada se cambió, quitó o movió fuera de la aplicación
trail-broken-head = rastro roto al final: se quitaron entradas o se cambió la última fuera de la aplicación
trail-broken-replay = rastro roto en la entrada { $entry }: su cambio no puede seguir a los anteriores
trail-broken-work = el trabajo no coincide con su rastro: { $what } se { $count ->
    [one] añadió, quitó o cambió
   *[other] añadieron, quitaron o cambiaron
} fuera de la aplicación
trail-changed-after-hand-in = cambiado tras la entrega
trail-handed-in = entregado { $when }
trail-copied = parece copiado de { $other }: { $why }
trail-copied-start = los dos archivos empiezan el mismo rastro (uno se copió y se renombró)
trail-copied-words = { $count } notas o respuestas son idénticas palabra por palabra
trail-mon = lun
trail-tue = mar
trail-wed = mié
trail-thu = jue
trail-fri = vie
trail-sat = sáb
trail-sun = dom
trail-span-empty = nada registrado
trail-span = { $day } { $date } { $start }–{ $end }, { $minutes } min{ $pause ->
    [0] {""}
   *[other] {" "}(tras una pausa de { $pause } min)
}: { $claims ->
    [one] 1 afirmación
   *[other] { $claims } afirmaciones
}, { $evidence ->
    [one] 1 prueba
   *[other] { $evidence } pruebas
}, { $verdicts ->
    [one] 1 veredicto
   *[other] { $verdicts } veredictos
}{ $undone ->
    [0] {""}
    [one] , 1 cambio deshecho
   *[other] , { $undone } cambios deshechos
}{ $handed ->
    [yes] ; entregado
   *[other] {""}
}
trail-paste = pegó { $chars ->
    [one] 1 carácter
   *[other] { $chars } caracteres
} de { $from } en { $field }
trail-from-outside = fuera
trail-from-lesson = el documento { $document } de la lección
trail-field-note = la nota de la afirmación { $claim }
trail-field-reasoning = el razonamiento de la afirmación { $claim }
trail-field-evidence-note = una nota de una prueba de la afirmación { $claim }
trail-field-answer = la respuesta a la tarea { $task }
trail-field-name = el nombre
trail-records = Se registra: cada cambio del trabajo con su hora, cuándo se abrió y se cerró, y lo que se pegó (cuánto, de la lección o de fuera). Nada más: ni el ritmo de las teclas, ni la pantalla, ni otros programas, ni la red.
gradebook-active-minutes = minutos_activos
gradebook-pastes-outside = pegados_de_fuera
gradebook-trail = rastro
gradebook-handed-in = entregado
