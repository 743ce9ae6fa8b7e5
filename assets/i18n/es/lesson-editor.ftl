# lesson-editor
# La pestaña Lección (src/app/teacher/lesson_editor.rs): los campos de la lección, los documentos,
# los conjuntos de etiquetas, las tareas con sus niveles de rúbrica y los problemas de la lección.

editor-save-and-export = Guardar y exportar
editor-lesson = Lección
editor-title = Título
editor-id = Identificador
editor-intro = Introducción (la ven los estudiantes)
editor-teacher-notes = Notas del docente (no van en la edición del alumnado)
editor-feedback = Comentarios para los estudiantes
editor-feedback-none = ninguno (el docente da los resultados)
editor-feedback-after-hand-in = después de entregar
editor-feedback-live = autocorrección en vivo

editor-documents = Documentos ({ $count })
editor-document-title = Título del documento
editor-outlet = Medio
editor-author = Autor
editor-published = Publicado
editor-url = Dirección (URL)
editor-direction = Se lee
editor-direction-auto = Cada párrafo según su primera letra
editor-direction-ltr = De izquierda a derecha
editor-direction-rtl = De derecha a izquierda
editor-show = Mostrar
editor-replace-document = Reemplazar por el texto revisado…
editor-remove-document = Quitar documento
editor-import-document = Importar documento (.txt, .md, .html, .mhtml, .pdf, .docx)…

editor-label-sets = Conjuntos de etiquetas ({ $count })
editor-set-name = Nombre del conjunto
editor-set-multiple = Una afirmación puede llevar varias de estas
# El botón bajo cada etiqueta de un conjunto; $name es el nombre de la etiqueta.
editor-remove-label = Quitar la etiqueta «{ $name }»
editor-label = Etiqueta
editor-meaning = Significado
editor-add-label = Añadir etiqueta
# El nombre que recibe una etiqueta nueva, para que el docente lo cambie.
editor-new-label = Etiqueta nueva
editor-remove-set = Quitar conjunto
editor-verdict-scale = Escala de veredictos
# La opción de la escala de veredictos cuando ningún conjunto de etiquetas es la escala.
editor-no-verdict-scale = ninguna
editor-preset = Conjunto predefinido
# Un conjunto predefinido de la lista: su nombre y cuántas etiquetas tiene.
editor-preset-option = { $name } ({ $count ->
    [one] { $count } etiqueta
   *[other] { $count } etiquetas
})
editor-add-preset = Añadir conjunto predefinido
# Mensajes de estado cuando no se puede añadir un conjunto predefinido.

editor-tasks = Tareas ({ $count })
editor-task-kind = Tipo de tarea
editor-add-task = Añadir tarea
editor-kind-mark-claims = Marcar afirmaciones
editor-kind-label-techniques = Etiquetar técnicas
editor-kind-attribution = Atribución
editor-kind-attach-evidence = Adjuntar evidencia
editor-kind-verdict = Veredicto
editor-kind-written = Respuesta escrita
# Sobre el formulario de cada tarea: "t1 · Marcar afirmaciones".
editor-task-heading = { $id } · { $kind }
editor-task-title = Título de la tarea
editor-instructions = Instrucciones
editor-points = Puntos
editor-about = Se refiere a
editor-whole-lesson = toda la lección
editor-rubric-levels = Niveles de la rúbrica
# El botón bajo cada nivel de la rúbrica; $name es el nombre del nivel.
editor-remove-level = Quitar el nivel «{ $name }»
editor-level = Nivel
editor-level-points = Puntos del nivel
editor-level-description = Qué hace un trabajo de este nivel
editor-level-example = Respuesta de ejemplo
editor-add-rubric-level = Añadir nivel de la rúbrica
# El nombre que recibe un nivel nuevo de la rúbrica, para que el docente lo cambie.
editor-new-level = Nivel nuevo
editor-remove-task = Quitar tarea
editor-label-set = Conjunto de etiquetas
editor-choose-label-set = elige…
editor-stance-asked = Postura pedida
editor-any-stance = cualquiera
# Posturas de la evidencia, junto a sus símbolos ([+], [-], [i]).

editor-problems = Problemas ({ $count })
editor-no-problems = Ninguno: la lección está en orden.
# $problem es la descripción del problema que da el verificador de la lección.
editor-problem = Problema: { $problem }

# La pestaña Clave de respuestas (src/app/teacher/key.rs).

key-intro = Crea elementos de la clave en el artículo igual que los estudiantes hacen afirmaciones: selecciona y luego «Crear elemento de la clave». En el inspector se fijan las etiquetas aceptadas, si es imprescindible o extra, la evidencia y la explicación.
# El encabezado de una tarea en la lista de la clave: su título y cuántos elementos de la clave tiene.
key-task-items = { $title } ({ $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
})
key-must-find = imprescindible
key-bonus = extra
# Un elemento de la clave en la lista: "k1 · imprescindible: “las palabras citadas”".
key-item-link = { $id } · { $kind }: “{ $quote }”
key-untasked = Sin tarea (van a la primera tarea de su documento): { $items }
key-required = Imprescindible (sin marcar: extra)
key-task = Tarea
key-no-task = ninguna
key-accepted-labels = Las etiquetas marcadas abajo son las etiquetas aceptadas (cualquiera de ellas obtiene el crédito completo). La anotación es la explicación que los estudiantes ven en su informe.
key-near-misses = Casi aciertos ({ $count })
key-near-misses-intro = Una etiqueta dada donde la clave acepta la otra de un par obtiene esta parte del crédito de la etiqueta.
key-first-label = Primera etiqueta
key-second-label = Segunda etiqueta
key-share = Parte
key-remove-pair = Quitar par
key-add-near-miss-pair = Añadir par de casi acierto
key-extra-claims = Afirmaciones de más
key-extra-claims-intro = Las afirmaciones que no coinciden con ningún elemento de la clave restan puntos a la tarea, para que resaltarlo todo no dé nada. Por tarea: precisión = elementos de la clave encontrados / (encontrados + afirmaciones de más aparte de las gratuitas); puntos × (1 − peso × (1 − precisión)).
key-free-per-item = Afirmaciones de más gratuitas por elemento de la clave
key-precision-weight = Peso de la precisión (0: las afirmaciones de más no cuestan nada)

# La pestaña Revisión (src/app/teacher/review.rs).

review-no-class = No hay ninguna clase abierta.
review-student-highlights = Resaltados de { $student }
review-key-heading = Clave de respuestas, con la franja de calor de la clase
review-open-class = Abre la carpeta de una clase para revisarla.
# "sam.crosscheck · 4.5 de 10 puntos · precisión 80 %"
review-grade = { $file } · { $points } de { $max } puntos · precisión { $precision } %
review-selected-claim = Afirmación seleccionada
review-waits-for-level = falta un nivel de la rúbrica
review-task-tally = encontrados { $found } · parciales { $partial } · no encontrados { $missed } · de más { $extra } · precisión { $precision } %
review-outcome-found = encontrado
review-outcome-partial = parcial
review-outcome-missed = no encontrado
review-credit-labels = etiquetas { $percent } %
review-credit-evidence = evidencia/postura { $percent } %
review-credit-verdict = veredicto { $percent } %
review-answer = Respuesta: { $text }
review-rubric-level = Nivel de la rúbrica
review-not-scored = sin calificar
# Un nivel de la rúbrica para elegir: su nombre y sus puntos.
review-rubric-option = { $name } ({ $points ->
    [one] { $points } punto
   *[other] { $points } puntos
})
review-override = Ajuste manual de puntos
review-points-given = Puntos dados
review-claims = Afirmaciones
review-general-comment = Comentario general para el estudiante
review-save-unsaved = Guardar revisión (cambios sin guardar)
review-save = Guardar revisión
review-saved-where = Se guarda en { $file } junto a las sesiones; las sesiones nunca se modifican.
review-labels = Etiquetas: { $labels }
review-note = Anotación: { $note }
review-verdict = Veredicto: { $rating } — { $reasoning }
# "Evidencia [+] corrobora: “el pasaje” (d1)"
review-evidence = Evidencia { $symbol } { $stance }: { $what }
review-teacher-comment = Comentario del docente

## Numbers and sourcing: the Numbers panel, synonyms, parties to the conflict.
editor-numbers-and-sourcing = Cifras y fuentes
editor-numbers-shown = Los estudiantes ven el panel de cifras
editor-numbers-shown-hover = Desactívelo cuando el ejercicio sea encontrar las cifras que no coinciden. Usted siempre ve el panel aquí y en la revisión.
editor-synonyms = Palabras que cuentan lo mismo
editor-synonyms-about = Una lista por campo, sus palabras separadas por comas; el panel de cifras agrupa las cifras de cada palabra de una lista bajo la primera.
editor-synonym-list = Palabras de la lista { $number }
editor-remove-empty-synonyms = Quitar esta lista vacía
editor-remove-synonyms = Quitar la lista «{ $first }»
editor-add-synonyms = Añadir una lista
editor-new-synonyms = palabra, otra palabra
editor-parties = Partes en el conflicto
editor-parties-about = Las pruebas de un medio cuyo nombre contenga una de estas reciben un aviso de que hablan por una de las partes. Describa el papel con palabras neutrales.
editor-party-name = Nombre
editor-party-role = Papel
editor-remove-party = Quitar la parte «{ $name }»
editor-add-party = Añadir una parte
key-independent = Pide corroboración independiente
key-independent-hover = Las pruebas de este elemento solo obtienen su crédito si superan las comprobaciones de fuentes: no circulares, no anteriores a la afirmación, no de una parte, no anónimas.
review-unsaved-where = Aún sin guardar: al guardar se escribe { $file } junto a las sesiones; las sesiones nunca se modifican.
editor-weights = Los puntos de cada elemento de la clave van a:
editor-weight-span = el pasaje
editor-weight-labels = etiquetas
editor-weight-evidence = evidencia
editor-weight-verdict = veredicto
review-task-weights = Los puntos de cada elemento de la clave van a: pasaje { $span } · etiquetas { $labels } · evidencia { $evidence } · veredicto { $verdict }
