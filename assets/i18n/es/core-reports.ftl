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
