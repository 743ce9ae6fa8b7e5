# student
# El escritorio del estudiante (src/app/student): el panel de la lección, la barra de búsqueda y el inspector.

## El panel de la lección (src/app/student/lesson_panel.rs).

# El encabezado de la lista de afirmaciones: "Afirmaciones (3)".
student-claims-heading = Afirmaciones ({ $count })
student-name-label = Estudiante:
student-name-hint = tu nombre
student-name-field = Nombre del estudiante
student-introduction = Introducción
student-documents = Documentos
# Un documento de la lista, con cuántas afirmaciones tiene: "Título  (3 afirmaciones)"; $claims es
# claims-count.
student-document-claims = { $title }  ({ $claims })
student-tasks = Tareas
# El estado de una tarea, antes de su título.
student-task-done = {"[hecha]"}
student-task-started = {"[empezada]"}
student-task-not-started = {"[ ]"}
# El encabezado de una tarea: "[empezada] Encuentra las afirmaciones (3 afirmaciones, 10 pts)".
student-task-header = { $mark } { $title } ({ $claims }, { $points } pts)
student-answer-hint = Tu respuesta o tus notas
# El nombre accesible del campo de respuesta de una tarea.
student-answer-to = Respuesta a { $task }
student-task-done-check = Hecha

## Buscar en la lección (src/app/student/search.rs).

student-find-label = Buscar:
student-find-hint = buscar en todos los documentos
student-find-field = Buscar en la lección
student-find-hits = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
student-find-close = Cerrar

## El inspector (src/app/student/inspector.rs).

student-key-item-heading = Elemento de la clave
student-key-item-empty = Selecciona texto en el artículo y pulsa «Crear elemento de la clave», o haz clic en un resaltado para inspeccionarlo.
student-claim-heading = Afirmación
student-claim-empty = Selecciona texto en el artículo y pulsa «Crear afirmación», o haz clic en un resaltado para inspeccionarlo.
# "Elemento de la clave k3" (el id del elemento).
student-key-item-title = Elemento de la clave { $id }
# "Afirmación n.º 3" (su número en la lista).
student-claim-title = Afirmación n.º { $number }
student-delete-key-item = Eliminar elemento de la clave
student-delete-claim = Eliminar afirmación
student-deselect = Deseleccionar
student-explanation = Explicación
student-note = Anotación
student-note-hint = Por qué lo marcaste
student-note-field = Anotación de la afirmación
student-evidence = Evidencia
# "Credibilidad: Alta".
student-credibility-of = Credibilidad: { $credibility }
student-remove-evidence = Quitar
student-attach-passage = Adjuntar un pasaje…
student-attach-citation = Adjuntar una cita…
student-verdict = Veredicto
student-verdict-none = — ninguno —
student-verdict-rating = Valoración
student-reasoning-hint = Tu razonamiento
student-reasoning-field = Razonamiento del veredicto
student-cited-by = Citado como evidencia por
# Una afirmación que cita el pasaje, con su postura: "c2 ([+] corrobora)".
student-cited-by-claim = { $claim } ({ $stance })

# Cómo se relaciona una evidencia con una afirmación, tras su símbolo ($symbol: [+], [-] o [i]).

# Cuánto se puede confiar en una fuente.
student-credibility-unrated = Sin valorar
student-credibility-low = Baja
student-credibility-medium = Media
student-credibility-high = Alta

## El formulario de cita.

student-citation-title = Adjuntar una fuente externa
student-citation-field-title = Título
student-citation-field-outlet = Medio
student-citation-field-author = Autor
student-citation-field-date = Fecha
student-citation-field-url = URL
student-citation-date-hint = AAAA-MM-DD, o solo el año
student-citation-field-excerpt = Fragmento citado
student-citation-credibility = Credibilidad
student-citation-stance = Postura
student-citation-attach = Adjuntar
student-citation-cancel = Cancelar
