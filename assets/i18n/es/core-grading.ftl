# core-grading

## Cambios rechazados (src/core/edit). $id, $claim, $evidence y $task son identificadores.
edit-no-claim = no hay ninguna afirmación con el id «{ $id }»
edit-no-evidence = la afirmación «{ $claim }» no tiene ninguna evidencia con el id «{ $evidence }»
edit-duplicate-claim = ya hay una afirmación con el id «{ $id }»
edit-missing-document = no hay ningún documento «{ $id }»
edit-missing-label-set = no hay ningún conjunto de etiquetas «{ $id }»
edit-missing-task = no hay ninguna tarea «{ $id }»
edit-missing-document-text = no hay texto del documento «{ $id }»
# Otra cosa que falta en la lección; $what nombra el tipo de cosa (en inglés).
edit-missing = no existe: { $what } «{ $id }»
edit-duplicate-document = ya hay un documento «{ $id }»
edit-duplicate-label-set = ya hay un conjunto de etiquetas «{ $id }»
edit-duplicate-task = ya hay una tarea «{ $id }»
# Otra cosa que la lección ya tiene; $what nombra el tipo de cosa (en inglés).
edit-duplicate = ya existe: { $what } «{ $id }»
# Un ajuste manual que no es un número; $points es lo que se dio ("NaN", "inf").
edit-not-points = { $points } puntos para la tarea «{ $task }» no es un número de puntos
# Lo que quita un cambio.
edit-removal-document = el documento «{ $id }»
edit-removal-label-set = el conjunto de etiquetas «{ $id }»
edit-removal-task = la tarea «{ $id }»
edit-removal-key-item = el elemento de la clave «{ $id }»

## Avisos en una calificación: qué le pasa a la sesión calificada.
# Un aviso ya redactado, que se muestra tal cual.
grade-flag = { $text }
# $made_for es el id de la lección que nombra la sesión; $lesson, el de la lección con la que se calificó.
grade-other-lesson = hecha para la lección «{ $made_for }», no para «{ $lesson }»
grade-other-version = hecha sobre otra versión del documento { $document }

## Problemas con la revisión de un estudiante (niveles de la rúbrica y ajustes manuales).
review-c-no-rubric-level = tarea { $task }: no hay ningún nivel de la rúbrica «{ $level }»
review-c-no-task = no hay ninguna tarea «{ $id }» en esta lección

## El informe de revisión: qué pasó con cada resaltado al reemplazar el texto de un documento.
revise-no-document = la lección no tiene ningún documento «{ $document }»
revise-key-item = clave { $id }
revise-evidence = { $owner } evidencia { $evidence }
# $from, $to y $at son intervalos de caracteres ("10..20"); $score es un número como 0.87.
revise-orphaned = { $what }: HUÉRFANO (estaba en { $from }; se conserva, necesita un lugar nuevo; mejor puntuación { $score })
revise-unchanged = { $what }: sin cambios en { $at }
revise-moved = { $what }: movido { $from } -> { $to }
revise-fuzzy = { $what }: APROXIMADO { $from } -> { $to } (puntuación { $score }: compruébalo)
