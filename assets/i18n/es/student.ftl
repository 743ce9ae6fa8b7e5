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
# El encabezado de una tarea: "[empezada] Encuentra las afirmaciones (3 afirmaciones, 2 etiquetadas,
# 10 pts)"; $claims es claims-count, o uno de los mensajes de progreso de abajo.
student-task-header = { $mark } { $title } ({ $claims }, { $points } pts)
# Una tarea escrita sin afirmaciones asignadas: "[ ] ¿Por qué difieren las cifras? (6 pts)".
student-task-header-points = { $mark } { $title } ({ $points } pts)
# El progreso de una tarea, para $claims en el encabezado: de las afirmaciones asignadas a ella
# ($claims es claims-count), cuántas ($count) tienen lo que pide la tarea: "3 afirmaciones, 2 etiquetadas".
student-task-labelled = { $claims }, { $count ->
    [one] { $count } etiquetada
   *[other] { $count } etiquetadas
}
# $stance: la postura que pide la tarea (corroborates, contradicts, context), o any.
student-task-with-evidence = { $claims }, { $count } con { $stance ->
    [corroborates] evidencia a favor
    [contradicts] evidencia en contra
    [context] evidencia de contexto
   *[any] evidencia
}
student-task-with-verdict = { $claims }, { $count } con veredicto
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
# La tarea a la que responde una afirmación, elegida bajo su cita.
student-task = Tarea
student-task-none = Sin tarea
student-task-hover = La tarea a la que responde esta afirmación: cuenta para esa tarea en la lista de tareas.
student-explanation = Explicación
student-note = Anotación
student-note-hint = Por qué lo marcaste
student-note-field = Anotación de la afirmación
student-evidence = Evidencia
# "Credibilidad: Alta".
student-credibility-of = Credibilidad: { $credibility }
# La anotación de una evidencia: qué muestra sobre la afirmación.
student-evidence-note = Anotación:
student-evidence-note-hint = Qué muestra sobre la afirmación
# El nombre accesible de la anotación de una evidencia: "Anotación de la evidencia e1" (su id).
student-evidence-note-field = Anotación de la evidencia { $evidence }
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

## The Numbers panel: the numbers of the lesson's documents, grouped by what they count.
numbers-tab = Cifras
numbers-heading = Las cifras de los documentos
numbers-about = Cada cifra que dan los documentos, agrupada por lo que cuenta, con el periodo que abarca. ≠ marca valores que no pueden ser ciertos a la vez para los periodos que abarcan; ? marca valores de los que el buscador no está seguro (compárelos usted); ≈ marca cuentas de cosas distintas en los mismos días. El buscador puede equivocarse: compruebe cada cifra en su artículo.
numbers-hidden-from-students = Los estudiantes no ven este panel en esta lección (se cambia en la pestaña Lección, Cifras y fuentes).
numbers-none = No se han encontrado cifras en los documentos de esta lección.
numbers-group-heading = { $thing }: { $count ->
        [one] un valor
       *[other] { $count } valores
    }{ $disagreements ->
        [0] {""}
        [one] , un desacuerdo
       *[other] , { $disagreements } desacuerdos
    }
numbers-show-value = Mostrar { $value } ({ $source }) en su artículo
numbers-show-hover = Mostrarla en su artículo, seleccionada
numbers-is-claim = Afirmación n.º { $number } (seleccionarla)
numbers-is-key-item = Elemento de la clave { $id } (seleccionarlo)
numbers-make-claim = Crear una afirmación
numbers-make-claim-of = Crear una afirmación de { $value } ({ $source })
numbers-make-key-item = Crear un elemento de la clave
numbers-make-key-item-of = Crear un elemento de la clave de { $value } ({ $source })
numbers-select-claim-to-attach = Seleccione una afirmación para adjuntarle una cifra como prueba.
numbers-attach-to = Adjuntar a la afirmación n.º { $number } como:
numbers-attach-as = Adjuntar { $value } ({ $source }) a la afirmación n.º { $number }: { $stance }
numbers-undated = sin fecha
numbers-as-of = a { $date }
numbers-up-to = hasta { $date }
numbers-from = desde { $date }
numbers-claim-made = Afirmación n.º { $number } creada desde el panel de cifras: etiquétela y dele pruebas en el inspector.
numbers-key-item-made = Elemento de la clave n.º { $number } creado desde el panel de cifras.
numbers-hidden-by-lesson = Esta lección no muestra el panel de cifras: encontrar las cifras es parte del ejercicio.

## A sourcing check's nudge on a piece of evidence: $symbol and $kind name the check, $reason says why.
sourcing-nudge = { $symbol } { $kind }: { $reason }
numbers-previous = Anteriores
numbers-next = Siguientes
numbers-page = Valores { $first }–{ $last } de { $count }
numbers-more-disagreements = { $count ->
        [one] … y otro valor con el que no coincide
       *[other] … y { $count } valores más con los que no coincide
    }
numbers-attached-to = Adjuntada a la afirmación n.º { $number }
numbers-claim-gone = Esa afirmación ya no está (¿se deshizo?): no se adjuntó nada.
numbers-finding = Buscando las cifras en los documentos…
student-find-hits-cut = { $count } resultados, se listan los primeros { $listed }
student-find-searching = Buscando…

## The Numbers panel's comparison table (the teacher's): one group's values side by side.
numbers-view = Mostrar:
numbers-view-list = Valores por grupo
numbers-view-table = Tabla comparativa
numbers-compare = Comparar en una tabla
numbers-compare-group = Comparar los valores de { $thing } en una tabla
numbers-table-group = Grupo
numbers-table-legend = Una fila por valor, por fecha. ≠ los valores no pueden ser ciertos a la vez; ? el buscador no está seguro: compárelos usted; ≈ cuentas de cosas distintas; ↗ un balance que subió entre dos informes, no es un conflicto; ⊂ una parte y el total, o dos lugares, no es un conflicto. Las líneas a la izquierda unen las filas de cada marca; discontinuas donde el buscador no está seguro.
numbers-table-number = #
numbers-table-row-name = Fila { $row }
numbers-table-source = Fuente
numbers-table-said = Dice
numbers-table-attribution = Atribuido a
numbers-table-place = Lugar
numbers-table-period = Periodo
numbers-table-none = —
numbers-table-no-attribution = La frase no lo atribuye a nadie
numbers-table-no-place = La frase no nombra ningún lugar
numbers-table-mark-name = Fila { $row }: { $mark }
numbers-table-mark-conflict = ≠ no concuerda con la fila { $row }
numbers-table-mark-unsure = ? comparar con la fila { $row } (no es seguro)
numbers-table-mark-different = ≈ cuenta otra cosa que la fila { $row }
numbers-table-mark-rose = ↗ subió, con la fila { $row }: no es un conflicto
numbers-table-mark-part = ⊂ una parte y el total, con la fila { $row }: no es un conflicto
numbers-table-mark-places = ⊂ dos lugares, con la fila { $row }: no es un conflicto
numbers-table-more-marks = { $count ->
        [one] … y una marca más (bajo la tabla)
       *[other] … y { $count } marcas más (bajo la tabla)
    }
numbers-table-marks-heading = Las marcas entre estas filas, con sus razones
numbers-table-no-marks = Nada marcado entre estas filas: no se encontraron dos valores de esta página que no concuerden.
numbers-table-conflict = ≠ Las filas { $first } y { $second } no concuerdan: { $reason }
numbers-table-unsure = ? Filas { $first } y { $second }, lado a lado: { $first_value } | { $second_value }. El buscador no está seguro de que no concuerden, compárelas usted: { $reason }
numbers-table-different = ≈ Las filas { $first } y { $second } cuentan cosas distintas: { $reason }
numbers-table-not-conflict = { $symbol } Filas { $first } y { $second }, no es un conflicto{ $sure ->
        [sure] {""}
       *[unsure] {" "}(el buscador no está seguro)
    }: { $reason }
numbers-table-more-in-words = { $count ->
        [one] … y una marca más, nombrada bajo su fila
       *[other] … y { $count } marcas más, nombradas bajo sus filas
    }
numbers-unsure = ? No es seguro, compárelos usted: { $reason }

# El rastro de trabajo del estudiante («Mi rastro de trabajo», Entregar).
trail-window-title = Mi rastro de trabajo
trail-window-close = Cerrar
# $opened: lo que se abrió; $notice: que el trabajo no tiene rastro antes de esta versión.
trail-opened-upgraded = { $opened }; { $notice }
trail-hand-in-needs-name = Escribe tu nombre antes de entregar: un trabajo sin nombre no es de nadie
# $time: la hora y el minuto; $path: el archivo.
trail-handed-in-status = Entregado a las { $time }: { $path }
