# teacher

## El escritorio docente (src/app/teacher/mod.rs, handling.rs, revision.rs, class.rs, heat_strip.rs).

# El encabezado del informe de problemas al abrir para editar una lección con problemas.
teacher-opened-for-editing-with-problems = «{ $title }» se abrió para editar con { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
teacher-tab-lesson = Lección
# La clave de respuestas: la pestaña, y a quién pertenece un elemento de la clave en el informe de revisión.
teacher-answer-key = Clave de respuestas
teacher-tab-review = Revisión

# Mensajes de estado.
# $kind es document, label-set, task o key-item; $id es su identificador.
teacher-removed = Se quitó { $kind ->
    [document] el documento
    [label-set] el conjunto de etiquetas
    [task] la tarea
   *[key-item] el elemento de la clave
} «{ $id }» (Ctrl+Z lo deshace)
teacher-change-not-applied = No se pudo aplicar el cambio: { $error }
# El título con el que empieza una lección nueva (el docente lo cambia).
teacher-new-lesson-title = Nueva lección
teacher-new-lesson-started = Nueva lección: importa documentos, añade conjuntos de etiquetas y tareas
# Una advertencia en cada calificación hecha con una lección con problemas; $first es el primero.
teacher-graded-against-broken-lesson = se calificó con una lección que tiene { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}, así que la calificación puede ser incorrecta: { $first }
teacher-autosave-restored = Se recuperaron los cambios guardados automáticamente (aún sin guardar)
teacher-autosave-not-restored = No hay cambios guardados automáticamente que recuperar: { $error }
teacher-opened-with-problems = Se abrió «{ $title }» para editar con { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
teacher-opened = Se abrió «{ $title }» para editar
teacher-lesson-not-opened = No se pudo abrir la lección para editarla
teacher-imported = Se importó «{ $id }»: revisa su título, medio, autor, fecha y dirección
teacher-not-imported = No se importó: { $error }
teacher-not-revised = No se revisó: { $error }
teacher-lesson-saved = Lección guardada en { $folder }
teacher-lesson-not-saved = La lección no se guardó: { $error }. Tus cambios siguen aquí.
teacher-exported = Edición del alumnado (sin clave) escrita en { $path }
teacher-not-exported = No se escribió la edición del alumnado: { $error }
teacher-class-not-opened = No se abrió la clase: { $error }
teacher-review-saved = Revisión guardada en { $path }
teacher-review-not-saved = La revisión no se guardó: { $error }. Sigue aquí.
teacher-grades-written = Libro de calificaciones e informes escritos: { $gradebook } y { $reports }
teacher-grades-not-written = No se escribieron las calificaciones: { $error }
# $menu y $command son el menú Docente y su entrada «Recuperar cambios guardados automáticamente».
teacher-autosave-found = Esta lección tiene cambios sin guardar de la última vez: { $menu } > { $command }

# Revisar un documento.
teacher-revision-no-document = la lección no tiene el documento «{ $document }»
teacher-revised = Se revisó «{ $document }»: { $count ->
    [one] { $count } resaltado reanclado
   *[other] { $count } resaltados reanclados
}, { $orphaned ->
    [one] { $orphaned } huérfano
   *[other] { $orphaned } huérfanos
} (se conservan; mira la lista)
teacher-revision-title = Revisado: { $document }
teacher-revision-counts = sin cambios { $unchanged } · movidos { $moved } · aproximados { $fuzzy } · huérfanos { $orphaned }
# El resaltado de un estudiante en el informe: "Sam · c3: movido 10..20 -> 40..50".
teacher-revision-row = { $who } · { $what }
teacher-revision-key-item = clave { $id }
teacher-revision-evidence = { $owner } evidencia { $evidence }
# $from, $to y $at son intervalos de caracteres ("10..20"); $score es un número como 0.87.
teacher-relocation-orphaned = { $what }: HUÉRFANO (estaba en { $from }; se conserva, necesita un lugar nuevo; mejor puntuación { $score })
teacher-relocation-unchanged = { $what }: sin cambios en { $at }
teacher-relocation-moved = { $what }: movido { $from } -> { $to }
teacher-relocation-fuzzy = { $what }: APROXIMADO { $from } -> { $to } (puntuación { $score }: compruébalo)

# La franja de calor junto a la clave; $claims es un número de afirmaciones ("3 afirmaciones").
teacher-heat-strip-summary = Párrafo { $paragraph }: { $students } de { $total ->
    [one] { $total } estudiante
   *[other] { $total } estudiantes
} { $students ->
    [one] lo marcó
   *[other] lo marcaron
} ({ $claims })
teacher-heat-strip-detail = { $summary }
    Etiquetas: { $labels }
    Posturas: { $stances }
teacher-none = ninguna

# La clase en revisión.
teacher-student-view-title = estudiante: { $title }
teacher-class-opened = Se abrió una clase de { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}
teacher-class-opened-with-unreadable = Se abrió una clase de { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}; { $unreadable ->
    [one] { $unreadable } archivo no se pudo leer
   *[other] { $unreadable } archivos no se pudieron leer
}
# Un elemento de la clave de los más omitidos: "k03 (Tarea 1): omitido por 2 de 5 — “las palabras citadas”".
teacher-most-missed-in-task = { $item } ({ $task }): omitido por { $count } de { $total } — “{ $quote }”
teacher-most-missed = { $item }: omitido por { $count } de { $total } — “{ $quote }”
teacher-task-missed = { $task }: { $count ->
    [one] { $count } elemento omitido
   *[other] { $count } elementos omitidos
} en toda la clase
# Un párrafo del documento para toda la clase: "¶3: 2 de 5 estudiantes, 4 afirmaciones", luego
# "; Opinión ×2" para las etiquetas y "; evidencia corrobora ×1" para las posturas.
teacher-paragraph-line = ¶{ $paragraph }: { $students } de { $total ->
    [one] { $total } estudiante
   *[other] { $total } estudiantes
}, { $claims }
teacher-paragraph-line-labels = ; { $labels }
teacher-paragraph-line-evidence = ; evidencia { $stances }
teacher-open-class-folder = Abrir la carpeta de una clase…
teacher-no-class = Abre una carpeta con los archivos *.session.ron de los estudiantes para revisarlos y calificarlos.
teacher-class-folder = Clase: { $folder }
teacher-write-grades = Escribir libro de calificaciones (CSV) e informes
teacher-write-grades-hint = { $gradebook } y { $reports }/ (Markdown y HTML imprimible por estudiante) en la carpeta de la clase, con tu revisión aplicada
teacher-grading = Calificando…
teacher-students = Estudiantes ({ $count })
teacher-student-row = { $name }: { $points } / { $max }
teacher-student-row-flagged = { $name }: { $points } / { $max } [!] con advertencias
teacher-not-read = No se leyó: { $file }
teacher-most-missed-heading = Más omitidos (elementos imprescindibles)
teacher-paragraphs-heading = Este documento, párrafo a párrafo
teacher-tasks-missed-heading = Tareas con más omisiones

## Un documento antes de añadirlo (de un archivo o del portapapeles).
import-preview-title-file = ¿Añadir «{ $file }» a la lección?
import-preview-title-clipboard = Nuevo documento desde el portapapeles
import-preview-read = Se leyó { $file }: revisa su título, medio, autor, fecha y dirección, y añádelo
import-preview-start = Cómo empieza el texto
import-preview-text = Texto
import-preview-paste-hint = Aquí se pone el texto del portapapeles; también puedes pegarlo (Ctrl+V) o escribirlo.
import-preview-counts = { $paragraphs ->
    [one] 1 párrafo
   *[other] { $paragraphs } párrafos
}, { $words ->
    [one] 1 palabra
   *[other] { $words } palabras
} en total
import-preview-duplicate = Ya está en la lección: { $duplicate }
import-preview-add = Añadir a la lección
import-preview-no-text = Todavía no hay texto que añadir.
import-preview-cancelled = No se añadió nada.

# Las columnas del rastro en la lista de la clase (issue 26): cada celda dice qué es.
teacher-col-student = Alumno
teacher-col-minutes = Activo
teacher-col-pastes = Pegado
teacher-col-trail = Rastro
teacher-col-handed-in = Entregado
teacher-cell-minutes = { $minutes } min activo
teacher-cell-pastes = { $count ->
    [0] nada pegado de fuera
    [one] 1 pegado de fuera
   *[other] { $count } pegados de fuera
}
teacher-cell-trail-intact = rastro intacto
teacher-cell-trail-broken = rastro roto
teacher-cell-trail-none = sin rastro
teacher-cell-copied = copiado con { $other }
teacher-cell-handed-in = entregado { $when }
teacher-cell-not-handed-in = no entregado
teacher-trail-copied-pair = { $file } { $copied }
review-trail-totals = { $minutes } min de trabajo registrados; { $pastes ->
    [0] nada pegado de fuera
    [one] 1 pegado de fuera
   *[other] { $pastes } pegados de fuera
}

# La vista Proceso de la pestaña Revisión: el rastro del alumno, reproducido.
process-view-work = Trabajo entregado
process-view-process = Proceso
process-no-trail = Este trabajo no tiene rastro registrado: no hay nada que reproducir.
process-building = Leyendo el rastro…
process-play = Reproducir
process-pause = Pausa
process-speed = Velocidad
process-next-paste = Siguiente pegado
process-next-verdict = Siguiente veredicto
process-slider = Momento del trabajo
process-moment = Entrada { $entry } de { $count }: { $time } { $what }
process-timeline = Cronología: sesiones de trabajo y lo que pasó en ellas
process-student-at = { $student } a las { $time }
process-inspector-moment = Tal como estaba en el momento que muestra la vista Proceso (las tareas se califican tal como se entregaron)
process-nothing = nada
process-began = el trabajo tal como estaba antes de empezar su rastro ({ $claims ->
    [one] 1 afirmación
   *[other] { $claims } afirmaciones
})
process-opened = trabajo abierto (Crosscheck { $version })
process-closed = trabajo cerrado
process-handed-in = entregado
process-undone = deshacer: { $what }
process-redone = rehacer: { $what }
process-claim-made = afirmación { $claim } hecha
process-claim-removed = afirmación { $claim } quitada
process-labels = etiquetas de la afirmación { $claim } cambiadas
process-note = nota de la afirmación { $claim } escrita
process-verdict = veredicto sobre la afirmación { $claim }: { $rating }
process-verdict-removed = veredicto sobre la afirmación { $claim } quitado
process-task = afirmación { $claim } pasada a otra tarea
process-evidence = prueba añadida a la afirmación { $claim }
process-evidence-note = nota sobre una prueba de la afirmación { $claim } escrita
process-evidence-removed = prueba quitada de la afirmación { $claim }
process-answer = respuesta a la tarea { $task } escrita
process-name = nombre escrito
process-batch = { $what } { $more ->
    [0] {""}
    [one] y 1 cambio más
   *[other] y { $more } cambios más
}
